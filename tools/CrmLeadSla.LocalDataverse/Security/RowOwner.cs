using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>Who owns a user-owned row: its <c>ownerid</c> (user or team) and its <c>owningbusinessunit</c>.</summary>
/// <param name="OwnerId">The owning user or team.</param>
/// <param name="BusinessUnitId">The owning business unit, or null when neither the row nor the organization knows it.</param>
internal readonly record struct RowOwner(Guid OwnerId, Guid? BusinessUnitId)
{
    /// <summary>
    /// Reads the ownership of <paramref name="row"/>. A row without <c>ownerid</c> is one about to be created:
    /// Dataverse makes the caller its owner. A row without <c>owningbusinessunit</c> lies in its owner's unit.
    /// </summary>
    public static RowOwner Of(Entity row, Guid callerId, OrganizationStructure organization)
    {
        var ownerId = row.GetAttributeValue<EntityReference>("ownerid")?.Id ?? callerId;
        var businessUnitId = row.GetAttributeValue<EntityReference>("owningbusinessunit")?.Id
            ?? organization.BusinessUnitOf(ownerId);
        return new RowOwner(ownerId, businessUnitId);
    }
}
