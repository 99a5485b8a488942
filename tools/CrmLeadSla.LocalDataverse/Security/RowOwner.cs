using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>
/// Whose a row is, for the access check: for a user-owned row its <c>ownerid</c> (user or team) and its
/// <c>owningbusinessunit</c>; for a business-owned row (systemuser, team, businessunit) the principal or unit the
/// row stands for, and the business unit it lies in.
/// </summary>
/// <param name="OwnerId">The owning user or team; for a business-owned row the user, team or unit the row is.</param>
/// <param name="BusinessUnitId">The business unit the row lies in, or null when neither the row nor the organization knows it.</param>
internal readonly record struct RowOwner(Guid OwnerId, Guid? BusinessUnitId)
{
    /// <summary>
    /// Reads the ownership of a user-owned <paramref name="row"/>. A row without <c>ownerid</c> is one about to be
    /// created: Dataverse makes the caller its owner. A row without <c>owningbusinessunit</c> lies in its owner's unit.
    /// </summary>
    public static RowOwner Of(Entity row, Guid callerId, OrganizationStructure organization)
    {
        var ownerId = row.GetAttributeValue<EntityReference>("ownerid")?.Id ?? callerId;
        var businessUnitId = row.GetAttributeValue<EntityReference>("owningbusinessunit")?.Id
            ?? organization.BusinessUnitOf(ownerId);
        return new RowOwner(ownerId, businessUnitId);
    }

    /// <summary>
    /// Reads a business-owned row: it has no owner; a user or team row lies in its <c>businessunitid</c> (else the
    /// principal's unit in the organization), a businessunit row is its own unit.
    /// </summary>
    public static RowOwner OfBusinessOwned(Entity row, OrganizationStructure organization)
    {
        var businessUnitId = string.Equals(row.LogicalName, "businessunit", StringComparison.OrdinalIgnoreCase)
            ? row.Id
            : row.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? organization.BusinessUnitOf(row.Id);
        return new RowOwner(row.Id, businessUnitId);
    }
}
