namespace System.Activities
{
    public abstract class CodeActivity<TResult> : Activity<TResult>
    {
        protected CodeActivity()
        {
        }

        protected abstract TResult Execute(CodeActivityContext context);

        /// <summary>What Execute returns is the activity's Result.</summary>
        internal override void Run(CodeActivityContext context) => Result.Set(context, Execute(context));
    }
}
