using System;
using Microsoft.Xrm.Sdk;

namespace Contoso.Projects.Plugins
{
    /// <summary>Traces each qualified lead.</summary>
    public sealed class LeadQualification : IPlugin
    {
        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext));
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService));
            tracing.Trace("Lead {0} qualified.", context.PrimaryEntityId);
        }
    }
}
