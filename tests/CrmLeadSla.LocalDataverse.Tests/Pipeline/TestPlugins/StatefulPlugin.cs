using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline.TestPlugins;

/// <summary>A plug-in that wrongly keeps state in a field: it writes how many times this instance ran.</summary>
public sealed class StatefulPlugin : IPlugin
{
    private int runs;

    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        runs++;
        ((Entity)context.InputParameters["Target"])["numberofemployees"] = runs;
    }
}
