namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>What every execution context names of the organization: its id and name, and each user's business unit.</summary>
/// <param name="Id">OrganizationId.</param>
/// <param name="Name">OrganizationName.</param>
/// <param name="BusinessUnitOf">The business unit of a user (BusinessUnitId).</param>
internal sealed record OrganizationIdentity(Guid Id, string Name, Func<Guid, Guid> BusinessUnitOf);
