namespace System.Activities
{
    public abstract class Activity<TResult> : ActivityWithResult
    {
        private OutArgument<TResult> result;

        protected Activity()
        {
        }

        public new OutArgument<TResult> Result
        {
            get => result ??= new OutArgument<TResult>();
            set => result = value;
        }

        internal override OutArgument ResultArgument
        {
            get => Result;
            set => result = (OutArgument<TResult>)value;
        }
    }
}
