extern alias workflows;

using CrmLeadSla.LocalDataverse;
using workflows::CrmLeadSla.Workflows;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests;

/// <summary>The solution as an import installs it, on the local Dataverse, with a marketing and a sales user.</summary>
internal sealed class SolutionScenario
{
    public static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<SolutionDefinition> Solution = new(SolutionFolder.Load);

    public SolutionScenario()
    {
        Organization = LocalOrganization.FromSolution(Solution.Value, [typeof(FunnelTransitionPlugin).Assembly, typeof(SlaActivity).Assembly], Start);
        MarketingUserId = Organization.CreateUser("Mara Marketing", null, RoleId("Lead SLA Marketing"));
        SalesUserId = Organization.CreateUser("Sam Sales", null, RoleId("Lead SLA Sales"));
        Marketing = Organization.ServiceFor(MarketingUserId);
        Sales = Organization.ServiceFor(SalesUserId);
    }

    public LocalOrganization Organization { get; }

    public Guid MarketingUserId { get; }

    public Guid SalesUserId { get; }

    public IOrganizationService Marketing { get; }

    public IOrganizationService Sales { get; }

    public IOrganizationService System => Organization.ServiceFor(Organization.SystemUserId);

    private static Guid RoleId(string name) => Solution.Value.Roles.Single(r => r.Name == name).Id;
}
