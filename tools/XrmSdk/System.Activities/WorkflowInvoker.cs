using System.Activities.Hosting;
using System.Collections.Generic;
using System.Diagnostics;

namespace System.Activities
{
    /// <summary>Runs an activity synchronously on the calling thread, as a unit test or a host does.</summary>
    public sealed class WorkflowInvoker
    {
        private readonly Activity workflow;

        public WorkflowInvoker(Activity workflow)
        {
            this.workflow = workflow ?? throw new ArgumentNullException(nameof(workflow));
            Extensions = new WorkflowInstanceExtensionManager();
        }

        public WorkflowInstanceExtensionManager Extensions { get; }

        public static IDictionary<string, object> Invoke(Activity workflow) => new WorkflowInvoker(workflow).Invoke();

        public static IDictionary<string, object> Invoke(Activity workflow, TimeSpan timeout) => new WorkflowInvoker(workflow).Invoke(timeout);

        public static IDictionary<string, object> Invoke(Activity workflow, IDictionary<string, object> inputs) => new WorkflowInvoker(workflow).Invoke(inputs);

        public static IDictionary<string, object> Invoke(Activity workflow, IDictionary<string, object> inputs, TimeSpan timeout) =>
            new WorkflowInvoker(workflow).Invoke(inputs, timeout);

        public static TResult Invoke<TResult>(Activity<TResult> workflow) => Invoke(workflow, null, out _, TimeSpan.MaxValue);

        public static TResult Invoke<TResult>(Activity<TResult> workflow, IDictionary<string, object> inputs) =>
            Invoke(workflow, inputs, out _, TimeSpan.MaxValue);

        public static TResult Invoke<TResult>(Activity<TResult> workflow, IDictionary<string, object> inputs, TimeSpan timeout) =>
            Invoke(workflow, inputs, out _, timeout);

        public static TResult Invoke<TResult>(Activity<TResult> workflow, IDictionary<string, object> inputs, out IDictionary<string, object> additionalOutputs, TimeSpan timeout)
        {
            var outputs = new WorkflowInvoker(workflow).Run(inputs, timeout);
            var result = (TResult)outputs[Argument.ResultValue];
            outputs.Remove(Argument.ResultValue);
            additionalOutputs = outputs;
            return result;
        }

        public IDictionary<string, object> Invoke() => Run(null, TimeSpan.MaxValue);

        public IDictionary<string, object> Invoke(TimeSpan timeout) => Run(null, timeout);

        public IDictionary<string, object> Invoke(IDictionary<string, object> inputs) => Invoke(inputs, TimeSpan.MaxValue);

        public IDictionary<string, object> Invoke(IDictionary<string, object> inputs, TimeSpan timeout)
        {
            ArgumentNullException.ThrowIfNull(inputs);
            return Run(inputs, timeout);
        }

        /// <summary>
        /// Binds the inputs to the activity's arguments, executes it and returns its out arguments by
        /// name. An exception from Execute reaches the caller unchanged. A code activity cannot be
        /// interrupted, so an exceeded timeout is reported once it returns.
        /// </summary>
        private Dictionary<string, object> Run(IDictionary<string, object> inputs, TimeSpan timeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
            var clock = Stopwatch.StartNew();
            var arguments = new RootArguments(workflow);
            var values = arguments.InitialValues(inputs);
            var environment = new ActivityEnvironment(workflow, values, Extensions.ExtensionsForNewInstance());
            try
            {
                workflow.Run(new CodeActivityContext(environment));
            }
            finally
            {
                environment.Close();
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The workflow did not complete within the allotted timeout of {timeout}.");
            }

            return arguments.Outputs(values);
        }
    }
}
