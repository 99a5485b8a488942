using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>The execution context one step receives, as Dataverse fills it in.</summary>
public sealed class PluginExecutionContext : PlatformExecutionContext, IPluginExecutionContext
{
    /// <inheritdoc />
    public int Stage { get; init; }

    /// <inheritdoc />
    public IPluginExecutionContext? ParentContext { get; init; }
}
