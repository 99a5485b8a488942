using System.Reflection;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// Compares what the code assumes about the solution with what Solution/ declares. Each method lists the mismatches,
/// so a test shows them all at once and a broken copy can show that each kind is found.
/// </summary>
internal static class SourceOfTruth
{
    /// <summary>
    /// Schema classes (a static class with <c>const string EntityName</c>): every other string constant must be a column of that table.
    /// </summary>
    public static IEnumerable<string> SchemaColumnsTheSolutionLacks(IEnumerable<Type> schemaClasses, MetadataModel metadata)
    {
        foreach (var schema in schemaClasses)
        {
            var constants = schema.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
            var table = metadata.FindTable(constants["EntityName"]);
            if (table is null)
            {
                yield return $"{schema.Name}.EntityName: the solution has no table '{constants["EntityName"]}'";
                continue;
            }

            foreach (var (name, column) in constants.Where(c => c.Key != "EntityName" && table.Column(c.Value) is null))
            {
                yield return $"{schema.Name}.{name}: '{table.LogicalName}' has no column '{column}'";
            }
        }
    }

    /// <summary>The schema classes of an assembly: static classes that declare <c>const string EntityName</c>.</summary>
    public static IEnumerable<Type> SchemaClassesOf(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.IsAbstract && t.IsSealed && t.GetField("EntityName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true });

    /// <summary>
    /// Every constant of the code, of any class and visibility, that carries the publisher prefix must name a table, a column of some
    /// table, a relationship or a global option set: this finds column names kept outside the schema classes too.
    /// </summary>
    public static IEnumerable<string> PrefixedNamesTheSolutionLacks(IEnumerable<Type> types, MetadataModel metadata, string prefix) =>
        types
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Field: $"{t.Name}.{f.Name}", Value: (string)f.GetRawConstantValue()!)))
            .Where(c => IsLogicalName(c.Value, prefix) && !Names(metadata).Contains(c.Value))
            .Select(c => $"{c.Field}: '{c.Value}' is no table, column, relationship or option set of the solution")
            .Distinct();

    // Shared-variable keys carry the prefix too but are no logical names: they end in "_" or hold "|{0}".
    private static bool IsLogicalName(string value, string prefix) =>
        value.StartsWith(prefix + "_", StringComparison.Ordinal) && value[^1] != '_' && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    private static HashSet<string> Names(MetadataModel metadata) =>
        metadata.Tables.Select(t => t.LogicalName)
            .Concat(metadata.Tables.SelectMany(t => t.Columns.Keys))
            .Concat(metadata.OneToMany.Select(r => r.SchemaName))
            .Concat(metadata.ManyToMany.Select(r => r.SchemaName))
            .Concat(metadata.GlobalOptionSets.Keys)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>An enum that mirrors a choice column must name exactly the column's options.</summary>
    public static IEnumerable<string> OptionMismatches(Type mirror, string table, string column, MetadataModel metadata)
    {
        var options = metadata.FindTable(table)?.Column(column)?.OptionSet;
        if (options is null)
        {
            yield return $"{mirror.Name}: '{table}.{column}' is not a choice column of the solution";
            yield break;
        }

        foreach (var value in Enum.GetValues(mirror).Cast<object>().Select(Convert.ToInt32).Where(v => !options.Allows(v)))
        {
            yield return $"{mirror.Name}.{Enum.GetName(mirror, value)} = {value}: not an option of {table}.{column}";
        }

        foreach (var option in options.Options.Where(o => !Enum.IsDefined(mirror, o.Value)))
        {
            yield return $"{table}.{column} option {option.Value} ({option.Label.In(1033)}): {mirror.Name} has no member for it";
        }
    }

    /// <summary>Every plug-in type the solution registers must be a class of the assembly of that name: an IPlugin, or a workflow activity for a type with a group.</summary>
    public static IEnumerable<string> RegisteredClassesTheCodeLacks(SolutionDefinition solution, IEnumerable<Assembly> assemblies)
    {
        var byName = assemblies.ToDictionary(a => a.GetName().Name!, StringComparer.Ordinal);
        foreach (var registered in solution.PluginAssemblies)
        {
            if (!byName.TryGetValue(registered.Name, out var assembly))
            {
                yield return $"{registered.Name}: no such assembly is built";
                continue;
            }

            foreach (var type in registered.Types)
            {
                var expected = type.WorkflowActivityGroupName is null ? typeof(Microsoft.Xrm.Sdk.IPlugin) : typeof(System.Activities.CodeActivity);
                if (assembly.GetType(type.TypeName) is not { IsAbstract: false } found || !expected.IsAssignableFrom(found))
                {
                    yield return $"{registered.Name}: {type.TypeName} is not a {expected.Name} class of the assembly";
                }
            }
        }
    }
}
