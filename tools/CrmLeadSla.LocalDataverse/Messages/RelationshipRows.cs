using CrmLeadSla.LocalDataverse.Query;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>The rows of a one-to-many relationship's referencing table whose lookup points at one row: what a cascade acts on.</summary>
internal static class RelationshipRows
{
    /// <summary>The rows whose <see cref="OneToManyRelationship.ReferencingAttribute"/> holds <paramref name="id"/>, found through the lookup's index.</summary>
    public static List<Entity> Referencing(IRowReader rows, OneToManyRelationship relationship, Guid id) =>
        rows.RowsReferencing(relationship.ReferencingEntity, relationship.ReferencingAttribute, id)
            .Where(r => r.GetAttributeValue<EntityReference>(relationship.ReferencingAttribute)?.Id == id)
            .ToList();
}
