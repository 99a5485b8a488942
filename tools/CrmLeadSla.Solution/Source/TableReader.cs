using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>A table file as read: the table (or, for an extension, only the added columns) and the relationships its lookups declare.</summary>
internal sealed record TableSource(
    SourceFile File,
    TableDefinition Table,
    bool IsExtension,
    IReadOnlyList<DeclaredRelationship> Relationships,
    IReadOnlyList<DeclaredManyToMany> ManyToMany);

/// <summary>A many-to-many relationship with the element that declares it, checked once every table is known.</summary>
internal sealed record DeclaredManyToMany(ManyToManyRelationship Relationship, SourceFile File, System.Xml.Linq.XElement Element);

/// <summary>Reads a table file (Tables/&lt;name&gt;.xml, or a shipped standard table).</summary>
internal static class TableReader
{
    public static TableSource Read(SourceFile file, SourceContext context)
    {
        file.ExpectRoot("table");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "name", "existing", "ownership", "isactivity", "intersect", "primaryidattribute", "primarynameattribute", "entitysetname");
        Vocabulary.AllowChildren(file, root, "label", "column", "manytomany");
        var name = file.RequiredFileName(root, "table");

        var isExtension = file.Flag(root, "existing", false);
        if (isExtension && !context.IsSolution)
        {
            throw file.Error(root, "a standard table cannot extend another table.", "Remove existing=\"true\".");
        }

        if (!isExtension)
        {
            context.RequirePrefix(file, root, name, "table");
        }

        var isActivity = file.Flag(root, "isactivity", false);
        var ownership = file.Choice(root, "ownership", TableOwnership.UserOwned);
        if (isActivity && ownership != TableOwnership.UserOwned)
        {
            throw file.Error(root, "an activity table is user-owned.", "Remove ownership, or set ownership=\"UserOwned\".");
        }

        var displayName = file.Labels(root);
        var collectionName = file.Labels(root, "collection");
        var description = file.Labels(root, "description");
        if (!isExtension)
        {
            context.RequireLabels(file, root, displayName, "display name");
            context.RequireLabels(file, root, collectionName, "plural display name (collection)");
            context.RequireLabels(file, root, description, "description");
        }

        var isCustom = context.IsSolution && !isExtension;
        var primaryId = PrimaryIdOf(file, root, name, isActivity, context);
        var reserved = isExtension ? new HashSet<string>() : PlatformColumns.ReservedNames(primaryId, isActivity, ownership, isCustom);
        var columns = new Dictionary<string, ColumnDefinition>(StringComparer.OrdinalIgnoreCase);
        var relationships = new List<DeclaredRelationship>();
        foreach (var element in root.Elements("column"))
        {
            if (reserved.Contains(SourceFile.Optional(element, "name") ?? string.Empty))
            {
                throw file.Error(element, $"the column '{SourceFile.Optional(element, "name")}' is added by the platform.", "Remove it from the file.");
            }

            var (column, declared) = ColumnReader.Read(file, element, name, context);

            if (column.LogicalName == "regardingobjectid" && !isActivity)
            {
                throw file.Error(element, "only an activity table has regardingobjectid.", "Add isactivity=\"true\" to the table, or rename the column with the publisher prefix.");
            }

            if (!columns.TryAdd(column.LogicalName, column))
            {
                throw file.Error(element, $"the column '{column.LogicalName}' is declared twice.", "Keep one declaration.");
            }

            relationships.AddRange(declared);
        }

        if (!isExtension)
        {
            var platform = PlatformColumns.For(name, primaryId, isActivity, ownership, isCustom);
            foreach (var column in platform.Columns)
            {
                columns.TryAdd(column.LogicalName, column);
            }

            relationships.AddRange(platform.Relationships.Select(r => new DeclaredRelationship(r, file, null)));
        }

        // An intersect table of a many-to-many relationship (systemuserroles, teammembership) has no name column, nor
        // has a standard table that declares primarynameattribute="" (usersettings).
        var isIntersect = !context.IsSolution && file.Flag(root, "intersect", false);
        var isNameless = isIntersect || (!context.IsSolution && (string?)root.Attribute("primarynameattribute") == string.Empty);
        var primaryName = isExtension || isNameless ? string.Empty : SourceFile.Optional(root, "primarynameattribute") ?? (isActivity ? "subject" : null)
            ?? throw file.Error(root, "the table names no primary name column.", "Add primarynameattribute=\"…\" naming its String column, e.g. lsla_name.");
        if (!isExtension && !isNameless && columns.GetValueOrDefault(primaryName)?.Kind != ColumnKind.String)
        {
            throw file.Error(root, $"the primary name column '{primaryName}' is not a String column of the table.", $"Declare <column name=\"{primaryName}\" type=\"String\"> or name another column.");
        }

        if (!isExtension)
        {
            StatusReasons.Check(file, root, columns);
        }

        var table = new TableDefinition
        {
            LogicalName = name,
            EntitySetName = SourceFile.Optional(root, "entitysetname") ?? name + "s",
            PrimaryIdAttribute = primaryId,
            PrimaryNameAttribute = primaryName,
            Ownership = ownership,
            IsActivity = isActivity,
            IsCustom = isCustom,
            DisplayName = displayName,
            DisplayCollectionName = collectionName,
            Description = description,
            Columns = columns,
        };
        var manyToMany = root.Elements("manytomany").Select(e => ReadManyToMany(file, e, name, context)).ToList();
        return new TableSource(file, table, isExtension, relationships, manyToMany);
    }

    // The key is <table>id (activityid for activities); a standard table keyed otherwise names it (usersettings: systemuserid).
    private static string PrimaryIdOf(SourceFile file, System.Xml.Linq.XElement root, string table, bool isActivity, SourceContext context)
    {
        var declared = SourceFile.Optional(root, "primaryidattribute");
        if (declared != null && context.IsSolution)
        {
            throw file.Error(root, "a solution table is keyed by <name>id.", "Remove primaryidattribute.");
        }

        return declared ?? (isActivity ? "activityid" : table + "id");
    }

    private static DeclaredManyToMany ReadManyToMany(SourceFile file, System.Xml.Linq.XElement element, string table, SourceContext context)
    {
        Vocabulary.AllowOnly(file, element, "name", "intersect", "entity1attribute", "entity2", "entity2attribute");
        var name = file.Required(element, "name");
        context.RequirePrefix(file, element, name, "relationship");
        var relationship = new ManyToManyRelationship(
            name,
            file.Required(element, "intersect"),
            table,
            file.Required(element, "entity1attribute"),
            file.Required(element, "entity2"),
            file.Required(element, "entity2attribute"));
        return new DeclaredManyToMany(relationship, file, element);
    }
}
