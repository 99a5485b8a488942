namespace CrmLeadSla.LocalDataverse.Metadata;

/// <summary>What deleting the referenced row does to the referencing rows.</summary>
public enum CascadeDelete
{
    /// <summary>Referencing rows are deleted too.</summary>
    Cascade,
    /// <summary>The lookup on referencing rows is cleared.</summary>
    RemoveLink,
    /// <summary>The delete is refused while referencing rows exist.</summary>
    Restrict,
}

/// <summary>A one-to-many relationship: a lookup column on the referencing table.</summary>
public sealed record OneToManyRelationship(
    string SchemaName,
    string ReferencedEntity,
    string ReferencedAttribute,
    string ReferencingEntity,
    string ReferencingAttribute,
    CascadeDelete CascadeDelete = CascadeDelete.RemoveLink);

/// <summary>A many-to-many relationship stored in an intersect table.</summary>
public sealed record ManyToManyRelationship(
    string SchemaName,
    string IntersectEntity,
    string Entity1LogicalName,
    string Entity1IntersectAttribute,
    string Entity2LogicalName,
    string Entity2IntersectAttribute);
