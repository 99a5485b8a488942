namespace System.Activities
{
    public class ActivityContext
    {
        private readonly ActivityEnvironment environment;

        internal ActivityContext(ActivityEnvironment environment)
        {
            this.environment = environment;
        }

        public Guid WorkflowInstanceId => environment.WorkflowInstanceId;

        public T GetExtension<T>()
            where T : class => environment.Extension<T>();

        public T GetValue<T>(InArgument<T> argument) => ArgumentGiven(argument).Get(this);

        public T GetValue<T>(OutArgument<T> argument) => ArgumentGiven(argument).Get(this);

        public object GetValue(Argument argument) => ArgumentGiven(argument).Get(this);

        public void SetValue<T>(InArgument<T> argument, T value) => ArgumentGiven(argument).Set(this, value);

        public void SetValue<T>(OutArgument<T> argument, T value) => ArgumentGiven(argument).Set(this, value);

        public void SetValue(Argument argument, object value) => ArgumentGiven(argument).Set(this, value);

        internal object ValueOf(Argument argument) => environment.ValueOf(argument);

        internal void Store(Argument argument, object value) => environment.Store(argument, value);

        private static TArgument ArgumentGiven<TArgument>(TArgument argument)
            where TArgument : Argument =>
            argument ?? throw new ArgumentNullException(nameof(argument));
    }
}
