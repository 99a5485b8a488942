using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline.TestPlugins;

/// <summary>What a scripted step sees when it runs.</summary>
public sealed record StepRun(IPluginExecutionContext Context, IOrganizationServiceFactory Factory, ITracingService Tracing)
{
    /// <summary>A service as the step's user.</summary>
    public IOrganizationService Service => Factory.CreateOrganizationService(Context.UserId);

    /// <summary>The Target entity of the request.</summary>
    public Entity Target => (Entity)Context.InputParameters["Target"];
}

/// <summary>
/// A plug-in whose behaviour a test writes inline: the step's unsecure configuration names the script,
/// so a test reads as the scenario it checks while the pipeline still resolves and constructs a real class.
/// </summary>
public sealed class ScriptedPlugin : IPlugin
{
    private static readonly ConcurrentDictionary<string, Action<StepRun>> Scripts = new();
    private readonly Action<StepRun> script;

    public ScriptedPlugin(string unsecureConfiguration) => script = Scripts[unsecureConfiguration];

    /// <summary>Stores a script and returns the key a step's unsecure configuration names it by.</summary>
    public static string Register(Action<StepRun> script)
    {
        var key = Guid.NewGuid().ToString();
        Scripts[key] = script;
        return key;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        script(new StepRun(
            (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!,
            (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!,
            (ITracingService)serviceProvider.GetService(typeof(ITracingService))!));
    }
}
