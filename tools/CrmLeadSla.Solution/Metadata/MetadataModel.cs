namespace CrmLeadSla.Solution.Metadata;

/// <summary>
/// All tables, option sets and relationships the local Dataverse knows. An organization's model takes on more when a
/// solution is imported (<see cref="Adopt"/>); readers on other threads see the model before or after, never a mix.
/// </summary>
public sealed class MetadataModel
{
    private Content content;

    /// <summary>Creates the model.</summary>
    public MetadataModel(
        IEnumerable<TableDefinition> tables,
        IEnumerable<OptionSetDefinition> globalOptionSets,
        IEnumerable<OneToManyRelationship> oneToMany,
        IEnumerable<ManyToManyRelationship> manyToMany)
    {
        content = new Content(
            tables.ToDictionary(t => t.LogicalName, StringComparer.OrdinalIgnoreCase),
            globalOptionSets.ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase),
            oneToMany.ToList(),
            manyToMany.ToList());
    }

    /// <summary>Every table.</summary>
    public IReadOnlyCollection<TableDefinition> Tables => Current.Tables.Values;

    /// <summary>Global option sets by name.</summary>
    public IReadOnlyDictionary<string, OptionSetDefinition> GlobalOptionSets => Current.GlobalOptionSets;

    /// <summary>One-to-many relationships (lookups).</summary>
    public IReadOnlyList<OneToManyRelationship> OneToMany => Current.OneToMany;

    /// <summary>Many-to-many relationships.</summary>
    public IReadOnlyList<ManyToManyRelationship> ManyToMany => Current.ManyToMany;

    private Content Current => Volatile.Read(ref content);

    /// <summary>A model of its own with the same tables, option sets and relationships (an organization's, which imports change).</summary>
    public MetadataModel Copy() => new(Tables, GlobalOptionSets.Values, OneToMany, ManyToMany);

    /// <summary>Takes on the tables, option sets and relationships of <paramref name="newer"/> at once, as a solution import changes an organization's metadata.</summary>
    public void Adopt(MetadataModel newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        Volatile.Write(ref content, newer.Current);
    }

    /// <summary>The table with exactly this logical name (lower case, as Dataverse matches it), or null.</summary>
    public TableDefinition? FindTable(string logicalName) =>
        Current.Tables.TryGetValue(logicalName, out var table) && string.Equals(table.LogicalName, logicalName, StringComparison.Ordinal) ? table : null;

    /// <summary>The relationship with this schema name (one-to-many or many-to-many), or null.</summary>
    public object? FindRelationship(string schemaName) =>
        (object?)Current.OneToMany.FirstOrDefault(r => string.Equals(r.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase))
        ?? Current.ManyToMany.FirstOrDefault(r => string.Equals(r.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase));

    private sealed record Content(
        Dictionary<string, TableDefinition> Tables,
        Dictionary<string, OptionSetDefinition> GlobalOptionSets,
        List<OneToManyRelationship> OneToMany,
        List<ManyToManyRelationship> ManyToMany);
}
