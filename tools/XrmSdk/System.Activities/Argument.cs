namespace System.Activities
{
    public abstract class Argument
    {
        public const string ResultValue = "Result";

        internal Argument(Type argumentType, ArgumentDirection direction)
        {
            ArgumentType = argumentType;
            Direction = direction;
        }

        public Type ArgumentType { get; }

        public ArgumentDirection Direction { get; }

        public object Get(ActivityContext context) => Get<object>(context);

        public T Get<T>(ActivityContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            return (T)context.ValueOf(this);
        }

        public void Set(ActivityContext context, object value)
        {
            ArgumentNullException.ThrowIfNull(context);
            context.Store(this, value);
        }

        /// <summary>The value an argument holds until it is given one: its own constant, else the type's default.</summary>
        internal virtual object InitialValue => ArgumentType.IsValueType ? Activator.CreateInstance(ArgumentType) : null;

        internal bool Accepts(object value) =>
            value is null ? !ArgumentType.IsValueType || Nullable.GetUnderlyingType(ArgumentType) is not null : ArgumentType.IsInstanceOfType(value);

        /// <summary>True when the argument carries a value of its own (e.g. a constant), so a required one is satisfied.</summary>
        internal virtual bool IsBound => false;
    }
}
