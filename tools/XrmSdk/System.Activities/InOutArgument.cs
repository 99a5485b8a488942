namespace System.Activities
{
    public abstract class InOutArgument : Argument
    {
        internal InOutArgument(Type argumentType)
            : base(argumentType, ArgumentDirection.InOut)
        {
        }
    }
}
