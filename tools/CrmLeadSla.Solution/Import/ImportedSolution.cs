using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Import;

/// <summary>A solution zip as read against an organization: what an import installs, and what it leaves out.</summary>
public sealed record ImportedSolution
{
    /// <summary>
    /// The solution in the model: name, version, publisher and languages; its <see cref="SolutionDefinition.Metadata"/> is
    /// the organization's metadata with the zip's tables, columns, option sets and relationships added; its roles, field
    /// security profiles, plug-in assemblies with their steps, views and forms are the zip's. Workflows are in <see cref="Workflows"/>.
    /// </summary>
    public required SolutionDefinition Solution { get; init; }

    /// <summary>True for a managed solution.</summary>
    public required bool IsManaged { get; init; }

    /// <summary>The plug-in and workflow activity assemblies, with their bytes as the zip carries them.</summary>
    public required IReadOnlyList<DeployableAssembly> Assemblies { get; init; }

    /// <summary>The classic workflows, each with its XAML.</summary>
    public required IReadOnlyList<WorkflowRegistration> Workflows { get; init; }

    /// <summary>What the import leaves out or does not act on, each said once: elements it does not know, settings it does not enforce.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
