using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>The IServiceProvider a plug-in's Execute receives: its context, tracing and the organization service factory.</summary>
internal sealed class PluginServices(PluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) ? context
        : serviceType == typeof(ITracingService) ? tracing
        : serviceType == typeof(IOrganizationServiceFactory) ? factory
        : null;
}
