namespace CrmLeadSla.Solution.Metadata;

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

/// <summary>What assigning, sharing, unsharing or reparenting the referenced row does to the referencing rows.</summary>
public enum CascadeLink
{
    /// <summary>Nothing happens to the referencing rows.</summary>
    NoCascade,
    /// <summary>Every referencing row follows.</summary>
    Cascade,
    /// <summary>Only active referencing rows follow (Dataverse's "ActiveOnly").</summary>
    ActiveOnly,
    /// <summary>Only referencing rows owned by the referenced row's owner follow.</summary>
    UserOwned,
}

/// <summary>The cascade behaviour of a relationship besides delete.</summary>
/// <param name="Assign">On assign of the referenced row.</param>
/// <param name="Share">On share.</param>
/// <param name="Unshare">On unshare.</param>
/// <param name="Reparent">On change of the referenced row's parent.</param>
public sealed record CascadeConfiguration(
    CascadeLink Assign = CascadeLink.NoCascade,
    CascadeLink Share = CascadeLink.NoCascade,
    CascadeLink Unshare = CascadeLink.NoCascade,
    CascadeLink Reparent = CascadeLink.NoCascade)
{
    /// <summary>Dataverse's "referential" behaviour: nothing cascades.</summary>
    public static readonly CascadeConfiguration Referential = new();

    /// <summary>Dataverse's "parental" behaviour: everything cascades.</summary>
    public static readonly CascadeConfiguration Parental = new(CascadeLink.Cascade, CascadeLink.Cascade, CascadeLink.Cascade, CascadeLink.Cascade);
}

/// <summary>A one-to-many relationship: a lookup column on the referencing table.</summary>
public sealed record OneToManyRelationship(
    string SchemaName,
    string ReferencedEntity,
    string ReferencedAttribute,
    string ReferencingEntity,
    string ReferencingAttribute,
    CascadeDelete CascadeDelete = CascadeDelete.RemoveLink)
{
    /// <summary>Cascade behaviour on assign, share, unshare and reparent.</summary>
    public CascadeConfiguration Cascade { get; init; } = CascadeConfiguration.Referential;

    /// <summary>True for relationships the solution adds (publisher prefix).</summary>
    public bool IsCustom { get; init; }
}

/// <summary>A many-to-many relationship stored in an intersect table.</summary>
public sealed record ManyToManyRelationship(
    string SchemaName,
    string IntersectEntity,
    string Entity1LogicalName,
    string Entity1IntersectAttribute,
    string Entity2LogicalName,
    string Entity2IntersectAttribute);
