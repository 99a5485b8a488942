using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline.TestPlugins;

/// <summary>Writes the configuration strings it was constructed with to the lead's subject.</summary>
public sealed class ConfiguredPlugin : IPlugin
{
    private readonly string configuration;

    public ConfiguredPlugin(string unsecureConfiguration, string secureConfiguration) =>
        configuration = unsecureConfiguration + "|" + secureConfiguration;

    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((Entity)context.InputParameters["Target"])["subject"] = configuration;
    }
}
