namespace CrmLeadSla.Solution.Registration;

/// <summary>Where a plug-in assembly runs (pluginassembly.isolationmode).</summary>
public enum IsolationMode
{
    /// <summary>Full trust; on-premises only.</summary>
    None = 1,
    /// <summary>The sandbox, as every online plug-in runs.</summary>
    Sandbox = 2,
}

/// <summary>A class of a plug-in assembly that the platform instantiates (plugintype).</summary>
/// <param name="TypeName">Full class name, e.g. <c>CrmLeadSla.Plugins.LeadScoringPlugin</c>.</param>
/// <param name="FriendlyName">Name shown to admins.</param>
public sealed record PluginTypeDefinition(string TypeName, string FriendlyName)
{
    /// <summary>For a custom workflow activity (CodeActivity): the group it is listed under in the workflow designer; null for an IPlugin.</summary>
    public string? WorkflowActivityGroupName { get; init; }
}

/// <summary>A plug-in assembly as the solution registers it (pluginassembly), with its types and their steps.</summary>
/// <param name="Name">Assembly name without extension, e.g. <c>CrmLeadSla.Plugins</c>.</param>
/// <param name="IsolationMode">Sandbox or none.</param>
/// <param name="Types">The plug-in and workflow activity classes it registers.</param>
/// <param name="Steps">The steps registered on its plug-in types.</param>
public sealed record PluginAssemblyDefinition(
    string Name,
    IsolationMode IsolationMode,
    IReadOnlyList<PluginTypeDefinition> Types,
    IReadOnlyList<StepRegistration> Steps);
