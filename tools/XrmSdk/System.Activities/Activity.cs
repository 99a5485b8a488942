namespace System.Activities
{
    public abstract class Activity
    {
        private string displayName;

        protected Activity()
        {
        }

        public string DisplayName
        {
            get => displayName ?? GetType().Name;
            set => displayName = value;
        }

        /// <summary>Runs the activity's own work; only code activities have any in this subset.</summary>
        internal virtual void Run(CodeActivityContext context) =>
            throw new NotSupportedException($"The activity '{DisplayName}' is not a code activity; only code activities run here.");
    }
}
