namespace System.Activities
{
    public class CodeActivityContext : ActivityContext
    {
        internal CodeActivityContext(ActivityEnvironment environment)
            : base(environment)
        {
        }
    }
}
