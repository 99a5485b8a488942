using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using CrmLeadSla.Plugins.Funnel;

namespace CrmLeadSla.LocalDataverse.Tests.Views;

/// <summary>
/// The solution's tables and roles on the local Dataverse, without plug-in steps: rows are written as the funnel and the SLA clocks
/// leave them, so a test states exactly the rows a view must find or leave out.
/// </summary>
internal sealed class ViewScenario
{
    public static readonly DateTime Now = new(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc);

    public static readonly SolutionDefinition Solution = SolutionFolder.Load();

    public ViewScenario()
    {
        Organization = new LocalOrganization(Solution.Metadata, new LocalOrganizationOptions { StartsAt = Now, Roles = Solution.Roles, FieldSecurityProfiles = Solution.FieldSecurityProfiles });
        System = Organization.ServiceFor(Organization.SystemUserId);
        MarketingUserId = User("Mara Marketing", LeadSlaRoles.Marketing);
        SalesUserId = User("Sam Sales", LeadSlaRoles.Sales);
        OtherSalesUserId = User("Sid Sales", LeadSlaRoles.Sales);
        AdminUserId = User("Ada Admin", LeadSlaRoles.Administrator);
    }

    public LocalOrganization Organization { get; }

    public IOrganizationService System { get; }

    public Guid MarketingUserId { get; }

    public Guid SalesUserId { get; }

    public Guid OtherSalesUserId { get; }

    public Guid AdminUserId { get; }

    // A user in the role and in the solution's field security profile of the same name, as the solution's setup makes them.
    private Guid User(string fullName, string roleName)
    {
        var userId = Organization.CreateUser(fullName, null, RoleId(roleName));
        Organization.Security.AddFieldSecurityProfileMember(Solution.FieldSecurityProfiles.Single(p => p.Name == roleName).Id, userId);
        return userId;
    }

    /// <summary>Runs the view named <paramref name="name"/> (English) as the user, as a grid would.</summary>
    public IReadOnlyList<Entity> Run(string name, Guid userId)
    {
        var view = Solution.Views.Single(v => v.Name.In(1033) == name);
        return Organization.ServiceFor(userId).RetrieveMultiple(new FetchExpression(view.FetchXml)).Entities.ToList();
    }

    /// <summary>Creates a row as the system user, owned by <paramref name="ownerId"/> when given.</summary>
    public Guid Create(string table, Guid? ownerId, params (string Column, object Value)[] values)
    {
        var row = new Entity(table);
        foreach (var (column, value) in values)
        {
            row[column] = value;
        }

        if (ownerId is { } owner)
        {
            row["ownerid"] = new EntityReference("systemuser", owner);
        }

        return System.Create(row);
    }

    public Guid Lead(string lastName, Guid? ownerId, params (string Column, object Value)[] values) =>
        Create("lead", ownerId, [("lastname", lastName), .. values]);

    public Guid Reason(string name, RejectionOutcome outcome) =>
        Create(RejectionReasonSchema.EntityName, null, (RejectionReasonSchema.Name, name), (RejectionReasonSchema.Code, name.ToUpperInvariant()), (RejectionReasonSchema.Outcome, new OptionSetValue((int)outcome)));

    public static OptionSetValue Stage(FunnelStage stage) => new((int)stage);

    public static EntityReference Ref(string table, Guid id) => new(table, id);

    private static Guid RoleId(string name) => Solution.Roles.Single(r => r.Name == name).Id;
}
