using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Source;

/// <summary>The publisher of the solution: its prefix goes before every custom name, its option value prefix before every custom option value.</summary>
/// <param name="UniqueName">Publisher unique name.</param>
/// <param name="Prefix">Customization prefix, e.g. <c>lsla</c>.</param>
/// <param name="OptionValuePrefix">Option value prefix, e.g. 27180 (custom option values are 271800000…271809999).</param>
/// <param name="DisplayName">Display name per language.</param>
/// <param name="Description">Description per language.</param>
public sealed record PublisherDefinition(string UniqueName, string Prefix, int OptionValuePrefix, LocalizedText DisplayName, LocalizedText Description)
{
    /// <summary>The smallest custom option value: the prefix times 10,000.</summary>
    public int FirstOptionValue => OptionValuePrefix * 10_000;

    /// <summary>True when <paramref name="value"/> lies in the publisher's option value range.</summary>
    public bool OwnsOptionValue(int value) => value >= FirstOptionValue && value < FirstOptionValue + 10_000;

    /// <summary>True when <paramref name="logicalName"/> carries the publisher's prefix.</summary>
    public bool OwnsName(string logicalName) => logicalName.StartsWith(Prefix + "_", StringComparison.Ordinal);
}

/// <summary>The solution as its source declares it: metadata merged with the standard tables, roles, plug-in registrations and the shipped workflows.</summary>
public sealed record SolutionDefinition
{
    /// <summary>Solution unique name, e.g. <c>CrmLeadSla</c>.</summary>
    public required string UniqueName { get; init; }

    /// <summary>Display name per language.</summary>
    public required LocalizedText DisplayName { get; init; }

    /// <summary>Description per language.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>Solution version (four parts).</summary>
    public required Version Version { get; init; }

    /// <summary>The publisher.</summary>
    public required PublisherDefinition Publisher { get; init; }

    /// <summary>Language codes every label is given in; the first is the base language.</summary>
    public required IReadOnlyList<int> Languages { get; init; }

    /// <summary>The solution's tables and columns merged with the shipped standard tables.</summary>
    public required MetadataModel Metadata { get; init; }

    /// <summary>Tables the solution adds or extends, by logical name (the components a packer writes).</summary>
    public required IReadOnlyList<string> SolutionTables { get; init; }

    /// <summary>Security roles.</summary>
    public required IReadOnlyList<SecurityRoleDefinition> Roles { get; init; }

    /// <summary>
    /// Field security profiles: who may read, set and change the secured columns. Each is named after the role whose
    /// holders it is meant for, so an admin gives both to the same users and teams.
    /// </summary>
    public IReadOnlyList<FieldSecurityProfileDefinition> FieldSecurityProfiles { get; init; } = [];

    /// <summary>Plug-in assemblies with their types and steps.</summary>
    public required IReadOnlyList<PluginAssemblyDefinition> PluginAssemblies { get; init; }

    /// <summary>System views (savedquery), in file order.</summary>
    public IReadOnlyList<ViewDefinition> Views { get; init; } = [];

    /// <summary>Main forms (systemform), in file order.</summary>
    public IReadOnlyList<FormDefinition> Forms { get; init; } = [];

    /// <summary>Model-driven apps with their site maps.</summary>
    public IReadOnlyList<AppModuleDefinition> AppModules { get; init; } = [];

    /// <summary>The shipped classic workflows (Workflows/), in file name order.</summary>
    public IReadOnlyList<ShippedWorkflow> Workflows { get; init; } = [];

    /// <summary>The sample configuration an admin may load after the import (not a solution component).</summary>
    public SampleConfiguration SampleConfiguration { get; init; } = SampleConfiguration.None;

    /// <summary>Every step of every plug-in assembly.</summary>
    public IEnumerable<StepRegistration> Steps => PluginAssemblies.SelectMany(a => a.Steps);
}
