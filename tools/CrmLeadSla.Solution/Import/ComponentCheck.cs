using System.Globalization;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// The manifest's lists checked against what the import has: every root component is of a type the local Dataverse
/// honours and is in customizations.xml, and every missing dependency the zip declares is present in the zip or the
/// organization.
/// </summary>
internal static class ComponentCheck
{
    // solutioncomponent.componenttype values the import installs, stores or knowingly leaves out (apps and site maps).
    private static readonly Dictionary<int, string> Honoured = new()
    {
        [1] = "table", [2] = "column", [9] = "global option set", [10] = "relationship", [20] = "security role", [26] = "view",
        [29] = "workflow", [60] = "form", [62] = "site map", [70] = "field security profile", [80] = "app", [91] = "plug-in assembly", [92] = "plug-in step",
    };

    private static readonly Dictionary<int, string> Named = new()
    {
        [31] = "report", [36] = "e-mail template", [59] = "chart", [61] = "web resource", [63] = "connection role", [66] = "custom control",
        [95] = "service endpoint", [152] = "SLA", [300] = "canvas app", [371] = "connector", [380] = "environment variable definition", [381] = "environment variable value",
    };

    /// <summary>The kinds of component by type, as <see cref="Components"/> names them.</summary>
    public sealed record Components(
        IReadOnlyCollection<string> Tables,
        IReadOnlyCollection<string> OptionSets,
        IReadOnlyCollection<Guid> Roles,
        IReadOnlyCollection<Guid> Views,
        IReadOnlyCollection<Guid> Forms,
        IReadOnlyCollection<Guid> Workflows,
        IReadOnlyCollection<Guid> Profiles,
        IReadOnlyCollection<string> Assemblies,
        IReadOnlyCollection<Guid> Steps);

    public static void RootComponents(ZipPart manifest, IReadOnlyList<RootComponent> roots, Components zip)
    {
        foreach (var root in roots)
        {
            if (!Honoured.ContainsKey(root.Type))
            {
                var kind = Named.TryGetValue(root.Type, out var name) ? $"{name} (type {root.Type.ToString(CultureInfo.InvariantCulture)})" : $"component type {root.Type.ToString(CultureInfo.InvariantCulture)}";
                throw manifest.Error($"root component {root.Describe()}", $"the solution holds a {kind}, which the local Dataverse cannot honour.", "Leave the component out of the solution, or move it into a solution of its own that is not imported here.");
            }

            var present = root.Type switch
            {
                1 => root.SchemaName is { } table && zip.Tables.Contains(table.ToLowerInvariant()),
                9 => root.SchemaName is { } optionSet && zip.OptionSets.Contains(optionSet.ToLowerInvariant()),
                20 => root.Id is { } role && zip.Roles.Contains(role),
                26 => root.Id is { } view && zip.Views.Contains(view),
                29 => root.Id is { } workflow && zip.Workflows.Contains(workflow),
                60 => root.Id is { } form && zip.Forms.Contains(form),
                70 => root.Id is { } profile && zip.Profiles.Contains(profile),
                91 => root.SchemaName is { } assembly && zip.Assemblies.Contains(assembly.Split(',')[0].Trim()),
                92 => root.Id is { } step && zip.Steps.Contains(step),
                _ => true,
            };
            if (!present)
            {
                throw manifest.Error($"root component {root.Describe()}", $"solution.xml lists the {Honoured[root.Type]}, but customizations.xml does not hold it.", "Export the solution again: the manifest and the components must agree.");
            }
        }
    }

    public static void MissingDependencies(ZipPart manifest, IReadOnlyList<RootComponent> required, MetadataModel metadata)
    {
        foreach (var dependency in required)
        {
            var name = dependency.SchemaName?.ToLowerInvariant();
            var present = dependency.Type switch
            {
                1 => name is not null && metadata.FindTable(name) is not null,
                2 => name?.Split('.') is [var table, var column] && metadata.FindTable(table)?.Column(column) is not null,
                9 => name is not null && metadata.GlobalOptionSets.ContainsKey(name),
                10 => name is not null && metadata.FindRelationship(name) is not null,
                _ => false,
            };
            if (!present)
            {
                throw manifest.Error($"missing dependency {dependency.Describe()}", "the solution depends on a component that neither the zip nor the organization has.", "Import the solution that provides it first, or export the solution again without the dependency.");
            }
        }
    }
}
