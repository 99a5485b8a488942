namespace CrmLeadSla.Solution.Metadata;

/// <summary>All tables, option sets and relationships the local Dataverse knows.</summary>
public sealed class MetadataModel
{
    private readonly Dictionary<string, TableDefinition> tables;

    /// <summary>Creates the model.</summary>
    public MetadataModel(
        IEnumerable<TableDefinition> tables,
        IEnumerable<OptionSetDefinition> globalOptionSets,
        IEnumerable<OneToManyRelationship> oneToMany,
        IEnumerable<ManyToManyRelationship> manyToMany)
    {
        this.tables = tables.ToDictionary(t => t.LogicalName, StringComparer.OrdinalIgnoreCase);
        GlobalOptionSets = globalOptionSets.ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
        OneToMany = oneToMany.ToList();
        ManyToMany = manyToMany.ToList();
    }

    /// <summary>Every table.</summary>
    public IReadOnlyCollection<TableDefinition> Tables => tables.Values;

    /// <summary>Global option sets by name.</summary>
    public IReadOnlyDictionary<string, OptionSetDefinition> GlobalOptionSets { get; }

    /// <summary>One-to-many relationships (lookups).</summary>
    public IReadOnlyList<OneToManyRelationship> OneToMany { get; }

    /// <summary>Many-to-many relationships.</summary>
    public IReadOnlyList<ManyToManyRelationship> ManyToMany { get; }

    /// <summary>The table with exactly this logical name (lower case, as Dataverse matches it), or null.</summary>
    public TableDefinition? FindTable(string logicalName) =>
        tables.TryGetValue(logicalName, out var table) && string.Equals(table.LogicalName, logicalName, StringComparison.Ordinal) ? table : null;

    /// <summary>The relationship with this schema name (one-to-many or many-to-many), or null.</summary>
    public object? FindRelationship(string schemaName) =>
        (object?)OneToMany.FirstOrDefault(r => string.Equals(r.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase))
        ?? ManyToMany.FirstOrDefault(r => string.Equals(r.SchemaName, schemaName, StringComparison.OrdinalIgnoreCase));
}
