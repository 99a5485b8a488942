namespace System.Activities
{
    public abstract class OutArgument : Argument
    {
        internal OutArgument(Type argumentType)
            : base(argumentType, ArgumentDirection.Out)
        {
        }
    }
}
