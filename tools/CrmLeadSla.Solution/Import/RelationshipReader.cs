using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// &lt;EntityRelationships&gt;: each lookup's one-to-many relationship with its cascade behaviour. The referenced and
/// referencing tables and the lookup column must be in the zip or the organization: a relationship to anything else is a
/// missing dependency.
/// </summary>
internal static class RelationshipReader
{
    private static readonly HashSet<string> Known =
    [
        "EntityRelationshipType", "IsCustomizable", "IntroducedVersion", "IsHierarchical", "ReferencingEntityName", "ReferencedEntityName",
        "CascadeAssign", "CascadeDelete", "CascadeArchive", "CascadeReparent", "CascadeShare", "CascadeUnshare", "CascadeRollupView",
        "IsValidForAdvancedFind", "ReferencingAttributeName", "RelationshipDescription", "EntityRelationshipRoles", "ReferencingAttributeRequiredLevel",
    ];

    public static OneToManyRelationship Read(ZipPart part, XElement element, Func<string, TableDefinition?> findTable, ImportNotes notes)
    {
        var name = part.RequiredAttribute(element, "Name", "<EntityRelationship>");
        var component = $"relationship '{name}'";
        notes.Unknown(part.Name, element, Known);
        var type = ZipPart.Text(element, "EntityRelationshipType");
        if (type != "OneToMany")
        {
            throw part.Error(component, $"a {type ?? "typeless"} relationship cannot be imported; the importer reads one-to-many relationships (lookups).", "Leave many-to-many relationships out of the solution.");
        }

        var referencing = Table(part, element, "ReferencingEntityName", findTable, component);
        var referenced = Table(part, element, "ReferencedEntityName", findTable, component);
        var column = part.Required(element, "ReferencingAttributeName", component).ToLowerInvariant();
        var lookup = referencing.Column(column);
        if (lookup?.Kind is not (ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner))
        {
            throw part.Error(component, $"the relationship's lookup '{referencing.LogicalName}.{column}' is {(lookup is null ? "not a column of the table" : $"a {lookup.Kind} column")}.", "Add the lookup column to the table, or correct ReferencingAttributeName.");
        }

        return new OneToManyRelationship(name, referenced.LogicalName, referenced.PrimaryIdAttribute, referencing.LogicalName, column, Delete(part, element, component))
        {
            Cascade = new CascadeConfiguration(
                Link(part, element, "CascadeAssign", component),
                Link(part, element, "CascadeShare", component),
                Link(part, element, "CascadeUnshare", component),
                Link(part, element, "CascadeReparent", component)),
            IsCustom = true,
        };
    }

    private static TableDefinition Table(ZipPart part, XElement element, string child, Func<string, TableDefinition?> findTable, string component)
    {
        var name = part.Required(element, child, component).ToLowerInvariant();
        return findTable(name) ?? throw part.Error(component, $"the relationship needs the table '{name}', which neither the zip nor the organization has.", $"Add the table '{name}' to the solution, or import the solution that has it first.");
    }

    private static CascadeDelete Delete(ZipPart part, XElement element, string component) => ZipPart.Text(element, "CascadeDelete") switch
    {
        null or "" or "RemoveLink" => CascadeDelete.RemoveLink,
        "Cascade" => CascadeDelete.Cascade,
        "Restrict" => CascadeDelete.Restrict,
        var other => throw part.Error(component, $"CascadeDelete is '{other}'.", "Use Cascade, RemoveLink or Restrict."),
    };

    private static CascadeLink Link(ZipPart part, XElement element, string child, string component) => ZipPart.Text(element, child) switch
    {
        null or "" or "NoCascade" => CascadeLink.NoCascade,
        "Cascade" => CascadeLink.Cascade,
        "Active" or "ActiveOnly" => CascadeLink.ActiveOnly,
        "UserOwned" => CascadeLink.UserOwned,
        var other => throw part.Error(component, $"{child} is '{other}'.", "Use NoCascade, Cascade, Active or UserOwned."),
    };
}
