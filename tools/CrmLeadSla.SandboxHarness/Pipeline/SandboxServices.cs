using System;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.SandboxHarness.Pipeline
{
    /// <summary>The service provider the platform passes to IPlugin.Execute: the context, the trace and the organization services.</summary>
    internal sealed class SandboxServices : IServiceProvider
    {
        private readonly IPluginExecutionContext context;
        private readonly ITracingService trace;
        private readonly IOrganizationServiceFactory factory;

        public SandboxServices(IPluginExecutionContext context, ITracingService trace, IOrganizationServiceFactory factory)
        {
            this.context = context;
            this.trace = trace;
            this.factory = factory;
        }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) ? context
            : serviceType == typeof(ITracingService) ? trace
            : serviceType == typeof(IOrganizationServiceFactory) ? factory
            : (object?)null;
    }
}
