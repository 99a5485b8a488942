namespace System.Activities
{
    public abstract class InArgument : Argument
    {
        internal InArgument(Type argumentType)
            : base(argumentType, ArgumentDirection.In)
        {
        }
    }
}
