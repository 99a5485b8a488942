using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Packing;

/// <summary>A declared plug-in assembly together with the build that goes into the zip.</summary>
internal sealed record PackedAssembly(PluginAssemblyDefinition Definition, EmbeddedAssembly Embedded);

/// <summary>
/// Everything one pack writes, in a fixed order (by name or id), so that the same source always gives the same bytes.
/// </summary>
internal sealed class SolutionContent
{
    private SolutionContent(SolutionDefinition solution, IReadOnlyList<PackedAssembly> assemblies)
    {
        Solution = solution;
        Workflows = [.. solution.Workflows.OrderBy(w => w.Id)];
        Assemblies = [.. assemblies.OrderBy(a => a.Definition.Name, StringComparer.Ordinal)];
        // A view or form of a standard table the solution does not extend still travels inside that table's entry.
        Tables = [.. solution.SolutionTables.Concat(solution.Views.Select(v => v.Table)).Concat(solution.Forms.Select(f => f.Table))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => solution.Metadata.FindTable(t)!)];
        GlobalOptionSets = [.. solution.Metadata.GlobalOptionSets.Values.Where(o => o.IsCustom).OrderBy(o => o.Name, StringComparer.Ordinal)];
        Relationships = [.. solution.Metadata.OneToMany.Where(r => r.IsCustom).OrderBy(r => r.SchemaName, StringComparer.Ordinal)];
        Steps = [.. Assemblies.SelectMany(a => a.Definition.Steps).OrderBy(s => s.Id)];
    }

    public SolutionDefinition Solution { get; }

    public IReadOnlyList<TableDefinition> Tables { get; }

    public IReadOnlyList<OptionSetDefinition> GlobalOptionSets { get; }

    public IReadOnlyList<OneToManyRelationship> Relationships { get; }

    public IReadOnlyList<ShippedWorkflow> Workflows { get; }

    public IReadOnlyList<PackedAssembly> Assemblies { get; }

    public IReadOnlyList<StepRegistration> Steps { get; }

    /// <summary>The embedded assembly that holds a plug-in or workflow activity class.</summary>
    public EmbeddedAssembly AssemblyOf(string typeName) =>
        Assemblies.First(a => a.Definition.Types.Any(t => t.TypeName == typeName)).Embedded;

    /// <summary>Pairs each declared plug-in assembly with its build (found by <paramref name="findAssembly"/>).</summary>
    public static SolutionContent Assemble(SolutionDefinition solution, Func<string, DeployableAssembly> findAssembly)
    {
        var assemblies = solution.PluginAssemblies
            .Select(a => new PackedAssembly(a, EmbeddedAssembly.For(a, findAssembly(a.Name))))
            .ToList();
        return new SolutionContent(solution, assemblies);
    }
}
