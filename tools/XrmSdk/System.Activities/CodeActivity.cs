namespace System.Activities
{
    public abstract class CodeActivity : Activity
    {
        protected CodeActivity()
        {
        }

        protected abstract void Execute(CodeActivityContext context);

        internal override void Run(CodeActivityContext context) => Execute(context);
    }
}
