using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// A lookup's one-to-many relationship as an &lt;EntityRelationship&gt;: the referencing column, the referenced
/// table and what assign, share, unshare, reparent and delete do to the referencing rows.
/// </summary>
internal sealed class RelationshipXml(Labels labels, string introducedVersion)
{
    public XElement For(OneToManyRelationship relationship, ColumnDefinition lookup) =>
        new("EntityRelationship",
            new XAttribute("Name", relationship.SchemaName),
            new XElement("EntityRelationshipType", "OneToMany"),
            new XElement("IsCustomizable", "1"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsHierarchical", "0"),
            new XElement("ReferencingEntityName", relationship.ReferencingEntity),
            new XElement("ReferencedEntityName", relationship.ReferencedEntity),
            new XElement("CascadeAssign", relationship.Cascade.Assign.ToString()),
            new XElement("CascadeDelete", relationship.CascadeDelete.ToString()),
            new XElement("CascadeReparent", relationship.Cascade.Reparent.ToString()),
            new XElement("CascadeShare", relationship.Cascade.Share.ToString()),
            new XElement("CascadeUnshare", relationship.Cascade.Unshare.ToString()),
            new XElement("CascadeRollupView", "NoCascade"),
            new XElement("IsValidForAdvancedFind", "1"),
            new XElement("ReferencingAttributeName", relationship.ReferencingAttribute),
            new XElement("RelationshipDescription", labels.List("Descriptions", "Description", lookup.Description)),
            new XElement("EntityRelationshipRoles",
                // The referenced side lists the referencing rows in its navigation ("Details" area).
                new XElement("EntityRelationshipRole",
                    new XElement("NavPaneDisplayOption", "UseCollectionName"),
                    new XElement("NavPaneArea", "Details"),
                    new XElement("NavPaneOrder", "10000"),
                    new XElement("NavigationPropertyName", relationship.ReferencingAttribute),
                    new XElement("RelationshipRoleType", "1")),
                new XElement("EntityRelationshipRole",
                    new XElement("NavigationPropertyName", relationship.SchemaName),
                    new XElement("RelationshipRoleType", "0"))));
}
