namespace System.Activities
{
    public sealed class InArgument<T> : InArgument
    {
        private readonly bool hasConstant;
        private readonly T constant = default;

        public InArgument()
            : base(typeof(T))
        {
        }

        public InArgument(T constValue)
            : base(typeof(T))
        {
            hasConstant = true;
            constant = constValue;
        }

        public static implicit operator InArgument<T>(T constValue) => new InArgument<T>(constValue);

        public static InArgument<T> FromValue(T constValue) => new InArgument<T>(constValue);

        public new T Get(ActivityContext context) => Get<T>(context);

        public void Set(ActivityContext context, T value) => base.Set(context, value);

        internal override object InitialValue => hasConstant ? constant : base.InitialValue;

        internal override bool IsBound => hasConstant;
    }
}
