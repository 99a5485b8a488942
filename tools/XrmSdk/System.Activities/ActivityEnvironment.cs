using System.Collections.Generic;

namespace System.Activities
{
    /// <summary>
    /// The state of one run of an activity: its arguments' values and the host's extensions. A
    /// context is only valid while the activity executes, as in Windows Workflow Foundation.
    /// </summary>
    internal sealed class ActivityEnvironment
    {
        private readonly Activity activity;
        private readonly Dictionary<Argument, object> values;
        private readonly IReadOnlyList<object> extensions;
        private bool closed;

        public ActivityEnvironment(Activity activity, Dictionary<Argument, object> values, IReadOnlyList<object> extensions)
        {
            this.activity = activity;
            this.values = values;
            this.extensions = extensions;
        }

        public Guid WorkflowInstanceId { get; } = Guid.NewGuid();

        public T Extension<T>()
            where T : class
        {
            ThrowIfClosed();
            foreach (var extension in extensions)
            {
                if (extension is T match)
                {
                    return match;
                }
            }

            return null;
        }

        public object ValueOf(Argument argument)
        {
            ThrowIfClosed();
            return values.TryGetValue(argument, out var value) ? value : throw NotInScope();
        }

        public void Store(Argument argument, object value)
        {
            ThrowIfClosed();
            if (!values.ContainsKey(argument))
            {
                throw NotInScope();
            }

            if (!argument.Accepts(value))
            {
                throw new InvalidCastException($"A value of type '{value?.GetType().FullName ?? "null"}' cannot be stored in an argument of type '{argument.ArgumentType.FullName}'.");
            }

            values[argument] = value;
        }

        public void Close() => closed = true;

        private void ThrowIfClosed()
        {
            if (closed)
            {
                throw new ObjectDisposedException(nameof(ActivityContext), "An ActivityContext can only be used while the activity it was given to executes.");
            }
        }

        private InvalidOperationException NotInScope() =>
            new InvalidOperationException($"The argument is not an argument of activity '{activity.DisplayName}', the activity this context runs.");
    }
}
