namespace CrmLeadSla.Plugins.Pipeline
{
    /// <summary>Event pipeline stage numbers (IPluginExecutionContext.Stage).</summary>
    public static class PipelineStages
    {
        /// <summary>Before the main operation, outside the transaction.</summary>
        public const int PreValidation = 10;
        /// <summary>Before the main operation, inside the transaction: changes to Target are saved with it.</summary>
        public const int PreOperation = 20;
        /// <summary>After the main operation.</summary>
        public const int PostOperation = 40;
    }
}
