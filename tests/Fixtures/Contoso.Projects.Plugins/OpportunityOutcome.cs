using System;
using Microsoft.Xrm.Sdk;

namespace Contoso.Projects.Plugins
{
    /// <summary>Traces each won or lost opportunity.</summary>
    public sealed class OpportunityOutcome : IPlugin
    {
        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext));
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService));
            tracing.Trace("Opportunity closed: {0}.", context.MessageName);
        }
    }
}
