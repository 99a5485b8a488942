using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>How two rows are tied by one relationship of the metadata: a lookup or an intersect row.</summary>
internal abstract class RelationshipLink
{
    /// <summary>Ties <paramref name="related"/> to <paramref name="target"/>.</summary>
    public abstract void Link(OperationContext context, Entity target, Entity related);

    /// <summary>Removes the tie between <paramref name="related"/> and <paramref name="target"/>; no tie, no change.</summary>
    public abstract void Unlink(OperationContext context, Entity target, Entity related);

    /// <summary>The link for the relationship named in the request, read from the metadata.</summary>
    public static RelationshipLink For(MetadataModel metadata, Relationship relationship) =>
        metadata.FindRelationship(relationship.SchemaName) switch
        {
            ManyToManyRelationship manyToMany => new ManyToManyLink(manyToMany),
            OneToManyRelationship oneToMany => new OneToManyLink(oneToMany, relationship.PrimaryEntityRole),
            _ => throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"Could not find a relationship with SchemaName = '{relationship.SchemaName}'."),
        };

    /// <summary>True when the row belongs to the table.</summary>
    protected static bool Is(Entity row, string table) =>
        string.Equals(row.LogicalName, table, StringComparison.OrdinalIgnoreCase);

    /// <summary>The fault for a pair of rows the relationship (joining <paramref name="tableA"/> and <paramref name="tableB"/>) cannot tie.</summary>
    protected static FaultException<OrganizationServiceFault> NotInRelationship(
        string schemaName, Entity target, Entity related, string tableA, string tableB)
    {
        var outsider = Is(target, tableA) || Is(target, tableB) ? related.LogicalName : target.LogicalName;
        return Fault.Of(ErrorCodes.InvalidArgument, $"The entity '{outsider}' is not part of the relationship '{schemaName}'.");
    }
}
