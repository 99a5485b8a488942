using CrmLeadSla.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>The step's trace log as an <see cref="ITracingService"/>, for code that takes the SDK's interface.</summary>
    internal sealed class StepTracing : ITracingService
    {
        private readonly PluginStepContext step;

        public StepTracing(PluginStepContext step) => this.step = step;

        public void Trace(string format, params object[] args) => step.Trace(format, args);
    }
}
