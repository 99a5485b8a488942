using System.Reflection;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.OrganizationSetup;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Pipeline;

/// <summary>
/// A plug-in the platform gives no trace log (a misregistered step) refuses to run in the caller's language; without the
/// execution context or the organization service factory nothing can read the caller's language, so it refuses in English.
/// </summary>
public class MissingServiceTests
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void A_step_without_a_trace_log_is_refused_in_the_German_callers_language()
    {
        var germanUserId = new TeamMembers(scenario.Installed).GermanSalesRep();

        var refused = Assert.Throws<InvalidPluginExecutionException>(() =>
            new LeadScoringPlugin().Execute(new Services(ContextOf(germanUserId), new Factory(scenario.Organization))));

        Assert.Equal("Die Plattform hat dem Plug-in ITracingService nicht bereitgestellt.", refused.Message);
    }

    [Fact]
    public void A_step_without_a_trace_log_is_refused_in_the_English_callers_language()
    {
        var refused = Assert.Throws<InvalidPluginExecutionException>(() =>
            new LeadScoringPlugin().Execute(new Services(ContextOf(scenario.SalesUserId), new Factory(scenario.Organization))));

        Assert.Equal("The platform did not provide ITracingService to the plug-in.", refused.Message);
    }

    [Fact]
    public void A_step_without_its_execution_context_is_refused_in_English()
    {
        var refused = Assert.Throws<InvalidPluginExecutionException>(() => new LeadScoringPlugin().Execute(new Services(null, new Factory(scenario.Organization))));

        Assert.Equal("The platform did not provide IPluginExecutionContext to the plug-in.", refused.Message);
    }

    private static IPluginExecutionContext ContextOf(Guid initiatingUserId)
    {
        var context = DispatchProxy.Create<IPluginExecutionContext, ExecutionContext>();
        ((ExecutionContext)(object)context).InitiatingUserId = initiatingUserId;
        return context;
    }

    /// <summary>The platform's services, without a trace log.</summary>
    private sealed class Services(IPluginExecutionContext? context, IOrganizationServiceFactory factory) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IPluginExecutionContext) ? context
            : serviceType == typeof(IOrganizationServiceFactory) ? factory
            : null;
    }

    private sealed class Factory(LocalOrganization organization) : IOrganizationServiceFactory
    {
        public IOrganizationService CreateOrganizationService(Guid? userId) => organization.ServiceFor(userId ?? organization.SystemUserId);
    }

    /// <summary>An execution context that knows only its initiating user: nothing else is read before the refusal.</summary>
    public class ExecutionContext : DispatchProxy
    {
        public Guid InitiatingUserId { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == "get_InitiatingUserId" ? InitiatingUserId
            : targetMethod?.ReturnType is { IsValueType: true } type && type != typeof(void) ? Activator.CreateInstance(type)
            : null;
    }
}
