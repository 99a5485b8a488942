using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>
/// A test organization: root → Sales → Sales North, and Marketing beside Sales; a user-owned lead, a custom
/// user-owned activity, a standard activity, an organization-owned scoring model and the business-owned
/// systemuser, team and businessunit tables. Users and teams get roles
/// built in the test, so each test reads as its scenario. The custom tables carry the default publisher's prefix
/// (new_): they exercise the security model and are not the solution's.
/// </summary>
internal sealed class SecuredOrganization
{
    /// <summary>The custom user-owned activity.</summary>
    public const string Interaction = "new_interaction";

    /// <summary>The custom organization-owned table.</summary>
    public const string ScoringModel = "new_scoringmodel";

    public static readonly Guid Root = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid Sales = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid SalesNorth = new("10000000-0000-0000-0000-000000000003");
    public static readonly Guid Marketing = new("10000000-0000-0000-0000-000000000004");

    private readonly HashSet<Guid> teamIds = [];

    public SecuredOrganization()
    {
        Model = new SecurityModel(Root, "CrmLeadSla");
        Model.AddBusinessUnit(Sales, "Sales", Root);
        Model.AddBusinessUnit(SalesNorth, "Sales North", Sales);
        Model.AddBusinessUnit(Marketing, "Marketing", Root);
        Check = new AccessCheck(Model, Metadata);
    }

    public static MetadataModel Metadata { get; } = new(
        [
            Table("lead", TableOwnership.UserOwned, displayName: "Lead"),
            Table(Interaction, TableOwnership.UserOwned, isActivity: true, isCustom: true),
            Table("task", TableOwnership.UserOwned, isActivity: true),
            Table(ScoringModel, TableOwnership.OrganizationOwned, isCustom: true),
            Table("systemuser", TableOwnership.BusinessOwned),
            Table("team", TableOwnership.BusinessOwned),
            Table("businessunit", TableOwnership.BusinessOwned),
        ],
        [],
        [],
        []);

    public SecurityModel Model { get; }

    public AccessCheck Check { get; }

    public static RolePrivilege Privilege(string name, PrivilegeDepth depth) => new(name, depth);

    /// <summary>A user in <paramref name="businessUnit"/> holding one role with <paramref name="privileges"/> (no role when none).</summary>
    public Guid User(Guid businessUnit, params RolePrivilege[] privileges)
    {
        var id = Guid.NewGuid();
        Model.AddUser(id, "User " + id, businessUnit);
        GiveRole(id, privileges);
        return id;
    }

    /// <summary>An owner team in <paramref name="businessUnit"/> holding one role with <paramref name="privileges"/>.</summary>
    public Guid Team(Guid businessUnit, params RolePrivilege[] privileges)
    {
        var id = Guid.NewGuid();
        Model.AddTeam(id, "Team " + id, businessUnit);
        teamIds.Add(id);
        GiveRole(id, privileges);
        return id;
    }

    /// <summary>A stored row of <paramref name="table"/> owned by <paramref name="ownerId"/> (user or team) in the owner's unit.</summary>
    public Entity Row(string table, Guid ownerId) => new(table, Guid.NewGuid())
    {
        ["ownerid"] = OwnerReference(ownerId),
        ["owningbusinessunit"] = new EntityReference("businessunit", Model.BusinessUnitOf(ownerId)),
    };

    /// <summary>The stored systemuser (or team) row of a principal: no owner, in its business unit.</summary>
    public Entity PrincipalRow(Guid principalId) => new(teamIds.Contains(principalId) ? "team" : "systemuser", principalId)
    {
        ["businessunitid"] = new EntityReference("businessunit", Model.BusinessUnitOf(principalId)),
    };

    /// <summary>A row of <paramref name="table"/> about to be created for <paramref name="ownerId"/> (user or team).</summary>
    public Entity NewRowFor(string table, Guid ownerId) => new(table) { ["ownerid"] = OwnerReference(ownerId) };

    /// <summary>The fault <see cref="AccessCheck.Demand"/> throws, or null when the call passes.</summary>
    public static OrganizationServiceFault? FaultOf(Action demand)
    {
        try
        {
            demand();
            return null;
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
        {
            return fault.Detail;
        }
    }

    private EntityReference OwnerReference(Guid ownerId) => new(teamIds.Contains(ownerId) ? "team" : "systemuser", ownerId);

    private void GiveRole(Guid principalId, RolePrivilege[] privileges)
    {
        if (privileges.Length == 0)
        {
            return;
        }

        var role = new SecurityRoleDefinition(Guid.NewGuid(), "Role of " + principalId, privileges);
        Model.AddRole(role);
        Model.AssignRole(principalId, role.Id);
    }

    private static TableDefinition Table(
        string logicalName, TableOwnership ownership, bool isActivity = false, bool isCustom = false, string? displayName = null) => new()
    {
        LogicalName = logicalName,
        PrimaryIdAttribute = (isActivity ? "activity" : logicalName) + "id",
        PrimaryNameAttribute = isActivity ? "subject" : "name",
        Ownership = ownership,
        IsActivity = isActivity,
        IsCustom = isCustom,
        DisplayName = displayName is null ? LocalizedText.Empty : new LocalizedText(new Dictionary<int, string> { [1033] = displayName }),
        Columns = new Dictionary<string, ColumnDefinition>(),
    };
}
