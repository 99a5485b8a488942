namespace System.Activities
{
    public sealed class OutArgument<T> : OutArgument
    {
        public OutArgument()
            : base(typeof(T))
        {
        }

        public new T Get(ActivityContext context) => Get<T>(context);

        public void Set(ActivityContext context, T value) => base.Set(context, value);
    }
}
