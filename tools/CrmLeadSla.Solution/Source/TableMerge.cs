using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>Merges the solution's tables with the standard tables: extensions add columns to a standard table, lookups must reach a known table, relationship names are unique.</summary>
internal static class TableMerge
{
    public static (IReadOnlyList<TableDefinition> Tables, IReadOnlyList<OneToManyRelationship> OneToMany, IReadOnlyList<ManyToManyRelationship> ManyToMany) Merge(
        IReadOnlyList<TableSource> standard, IReadOnlyList<TableSource> solution)
    {
        var tables = standard.ToDictionary(t => t.Table.LogicalName, t => t.Table, StringComparer.OrdinalIgnoreCase);
        foreach (var source in solution)
        {
            var table = source.Table;
            var root = source.File.Root;
            if (!source.IsExtension)
            {
                if (!tables.TryAdd(table.LogicalName, table))
                {
                    throw source.File.Error(root, $"the table '{table.LogicalName}' already exists.", "Add existing=\"true\" to add columns to it, or choose another name.");
                }

                continue;
            }

            var existing = tables.GetValueOrDefault(table.LogicalName)
                ?? throw source.File.Error(root, $"existing=\"true\" extends the table '{table.LogicalName}', which is not a shipped standard table.", "Remove existing=\"true\" to create the table, or correct the name.");
            var columns = new Dictionary<string, ColumnDefinition>(existing.Columns, StringComparer.OrdinalIgnoreCase);
            foreach (var column in table.Columns.Values)
            {
                if (!columns.TryAdd(column.LogicalName, column))
                {
                    var element = root.Elements("column").First(c => (string?)c.Attribute("name") == column.LogicalName);
                    throw source.File.Error(element, $"the column '{column.LogicalName}' already exists on '{table.LogicalName}'.", "Remove it, or choose another name.");
                }
            }

            tables[table.LogicalName] = existing with { Columns = columns };
        }

        var sources = standard.Concat(solution).ToList();
        var oneToMany = OneToMany(sources, tables);
        return (tables.Values.ToList(), oneToMany, ManyToMany(sources, tables, oneToMany));
    }

    private static List<ManyToManyRelationship> ManyToMany(IEnumerable<TableSource> sources, Dictionary<string, TableDefinition> tables, List<OneToManyRelationship> oneToMany)
    {
        var relationships = new List<ManyToManyRelationship>();
        foreach (var declared in sources.SelectMany(s => s.ManyToMany))
        {
            var relationship = declared.Relationship;
            if (!tables.ContainsKey(relationship.Entity2LogicalName))
            {
                throw declared.File.Error(declared.Element, $"the relationship points at the table '{relationship.Entity2LogicalName}', which does not exist.", "Correct entity2=\"…\", or add the table to Tables/.");
            }

            if (oneToMany.Any(r => string.Equals(r.SchemaName, relationship.SchemaName, StringComparison.OrdinalIgnoreCase))
                || relationships.Any(r => string.Equals(r.SchemaName, relationship.SchemaName, StringComparison.OrdinalIgnoreCase)))
            {
                throw declared.File.Error(declared.Element, $"the relationship name '{relationship.SchemaName}' is used twice.", "Give every relationship its own name.");
            }

            relationships.Add(relationship);
        }

        return relationships;
    }

    private static List<OneToManyRelationship> OneToMany(IEnumerable<TableSource> sources, Dictionary<string, TableDefinition> tables)
    {
        var relationships = new Dictionary<string, OneToManyRelationship>(StringComparer.OrdinalIgnoreCase);
        foreach (var declared in sources.SelectMany(s => s.Relationships))
        {
            var relationship = declared.Relationship;
            var at = declared.Element ?? declared.File.Root;
            var referenced = tables.GetValueOrDefault(relationship.ReferencedEntity)
                ?? throw declared.File.Error(at, $"the lookup '{relationship.ReferencingAttribute}' points at the table '{relationship.ReferencedEntity}', which does not exist.", "Correct referenced=\"…\", or add the table to Tables/.");
            if (!relationships.TryAdd(relationship.SchemaName, relationship with { ReferencedAttribute = referenced.PrimaryIdAttribute }))
            {
                throw declared.File.Error(at, $"the relationship name '{relationship.SchemaName}' is used twice.", "Give every relationship its own name.");
            }
        }

        return relationships.Values.ToList();
    }
}
