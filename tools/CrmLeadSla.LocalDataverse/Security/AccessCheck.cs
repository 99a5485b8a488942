using System.ServiceModel;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Security;

/// <summary>
/// Checks a call against the caller's privileges as Dataverse does: first the privilege check (does any role of
/// the user or of the user's teams hold the privilege at all?), then for user- and business-owned rows the access
/// check (does a depth of it reach the row?). Stateless over the model's current state: safe to use from several threads.
/// </summary>
public sealed class AccessCheck
{
    private readonly SecurityModel model;
    private readonly MetadataModel metadata;
    private readonly ObjectTypeCodes objectTypeCodes;

    /// <summary>Creates the check over an organization and the tables it knows.</summary>
    public AccessCheck(SecurityModel model, MetadataModel metadata)
    {
        this.model = model;
        this.metadata = metadata;
        objectTypeCodes = new ObjectTypeCodes(metadata);
    }

    private enum Outcome
    {
        Granted,
        MissingPrivilege,
        OutOfReach,
    }

    /// <summary>
    /// Throws <see cref="FaultException{OrganizationServiceFault}"/> with Dataverse's error when the user may not
    /// exercise <paramref name="right"/> on <paramref name="row"/> of <paramref name="table"/>: error
    /// <see cref="SecurityErrorCodes.PrivilegeDenied"/> when no role holds the privilege,
    /// <see cref="SecurityErrorCodes.AccessDenied"/> when no depth of it reaches the row,
    /// <see cref="SecurityErrorCodes.UserNotEnabled"/> for a disabled user. SYSTEM passes every check.
    /// </summary>
    /// <param name="userId">The calling user.</param>
    /// <param name="right">What the call does.</param>
    /// <param name="table">The table's logical name.</param>
    /// <param name="row">
    /// The row with its ownership columns as stored (<c>ownerid</c>, <c>owningbusinessunit</c>); for a Create the row
    /// about to be created (no <c>ownerid</c>: owned by the caller). Null checks the privilege only (e.g. before a query).
    /// A Create also needs Read when the caller will own the row, and Assign when another user or team will.
    /// </param>
    public void Demand(Guid userId, AccessRight right, string table, Entity? row)
    {
        if (userId == model.SystemUserId)
        {
            return;
        }

        var organization = model.Current;
        var caller = Caller.Of(organization, userId);
        DemandOf(caller, right, table, row);

        if (right == AccessRight.Create && row is not null && OwnershipOf(table) == TableOwnership.UserOwned)
        {
            // Dataverse: creating a row and owning it needs Read too; creating it for another owner assigns it,
            // which needs Assign on the row while it is still the caller's (so any depth will do).
            var owner = RowOwner.Of(row, userId, organization);
            DemandOf(caller, owner.OwnerId == userId ? AccessRight.Read : AccessRight.Assign, table, row: null);
        }
    }

    /// <summary>
    /// Fails with Dataverse's fault unless the user is an enabled user of the organization: a user acted for through
    /// impersonation must be one that could call itself. SYSTEM cannot be acted for.
    /// </summary>
    public void DemandCaller(Guid userId)
    {
        if (userId == model.SystemUserId)
        {
            throw SecurityFaults.SystemNotImpersonable();
        }

        _ = Caller.Of(model.Current, userId);
    }

    /// <summary>Demands a privilege that belongs to no table (e.g. prvBypassCustomPlugins): held at any depth by a role of the user.</summary>
    public void DemandPrivilege(Guid userId, string privilegeName)
    {
        if (userId == model.SystemUserId)
        {
            return;
        }

        var caller = Caller.Of(model.Current, userId);
        if (!caller.GrantsOf(privilegeName).Any())
        {
            throw SecurityFaults.PrivilegeDenied(caller, privilegeName, table: null, definition: null, objectTypeCode: 0);
        }
    }

    /// <summary>
    /// Demands what setting a lookup needs: Append on the row being written and AppendTo on the row the lookup points at.
    /// </summary>
    /// <param name="userId">The calling user.</param>
    /// <param name="table">The table of the row being written.</param>
    /// <param name="row">The row being written, as for <see cref="Demand"/>.</param>
    /// <param name="target">The row the lookup points at, as stored (its <see cref="Entity.LogicalName"/> names its table).</param>
    public void DemandAppend(Guid userId, string table, Entity? row, Entity target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Demand(userId, AccessRight.Append, table, row);
        Demand(userId, AccessRight.AppendTo, target.LogicalName, target);
    }

    /// <summary>
    /// Demands what associating or disassociating two rows through a many-to-many relationship needs:
    /// Append on both rows (Dataverse's rule for many-to-many relationships).
    /// </summary>
    public void DemandAssociate(Guid userId, Entity first, Entity second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        Demand(userId, AccessRight.Append, first.LogicalName, first);
        Demand(userId, AccessRight.Append, second.LogicalName, second);
    }

    /// <summary>
    /// True when the user may read the row (what a query keeps). False, not a fault, for a disabled or unknown user.
    /// </summary>
    public bool CanRead(Guid userId, string table, Entity row)
    {
        if (userId == model.SystemUserId)
        {
            return true;
        }

        var organization = model.Current;
        return organization.Users.TryGetValue(userId, out var user)
            && !user.IsDisabled
            && Decide(new Caller(user, organization), AccessRight.Read, table, row, out _) == Outcome.Granted;
    }

    private void DemandOf(Caller caller, AccessRight right, string table, Entity? row)
    {
        switch (Decide(caller, right, table, row, out var privilegeName))
        {
            case Outcome.MissingPrivilege:
                throw SecurityFaults.PrivilegeDenied(caller, privilegeName, table, metadata.FindTable(table), objectTypeCodes.Of(table));
            case Outcome.OutOfReach:
                throw SecurityFaults.AccessDenied(caller, right, table, row!.Id);
        }
    }

    private Outcome Decide(Caller caller, AccessRight right, string table, Entity? row, out string privilegeName)
    {
        privilegeName = PrivilegeNames.For(right, table);
        var grants = caller.GrantsOf(privilegeName).ToList();
        if (grants.Count == 0)
        {
            return Outcome.MissingPrivilege;
        }

        var ownership = OwnershipOf(table);

        // Organization-owned rows have no owner: holding the privilege at any depth is enough.
        if (row is null || ownership == TableOwnership.OrganizationOwned)
        {
            return Outcome.Granted;
        }

        // Business-owned rows (systemuser, team, businessunit) are judged from their business unit.
        var owner = ownership == TableOwnership.BusinessOwned
            ? RowOwner.OfBusinessOwned(row, caller.Organization)
            : RowOwner.Of(row, caller.User.Id, caller.Organization);
        return grants.Exists(grant => caller.Reaches(grant, owner)) ? Outcome.Granted : Outcome.OutOfReach;
    }

    // A table the metadata does not know is treated as user-owned: the strictest.
    private TableOwnership OwnershipOf(string table) =>
        metadata.FindTable(table)?.Ownership ?? TableOwnership.UserOwned;
}
