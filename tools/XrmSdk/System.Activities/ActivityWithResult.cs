namespace System.Activities
{
    public abstract class ActivityWithResult : Activity
    {
        internal ActivityWithResult()
        {
        }

        public Type ResultType => ResultArgument.ArgumentType;

        public OutArgument Result
        {
            get => ResultArgument;
            set => ResultArgument = value;
        }

        internal abstract OutArgument ResultArgument { get; set; }
    }
}
