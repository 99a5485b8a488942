extern alias workflows;

using CrmLeadSla.LocalDataverse;
using CrmLeadSla.OrganizationSetup;
using workflows::CrmLeadSla.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests;

/// <summary>The solution as an import installs it, on the local Dataverse (English unless another base language is given), with a marketing and a sales user.</summary>
internal sealed class SolutionScenario
{
    public static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public SolutionScenario(int languageCode = 1033)
    {
        Installed = SolutionOrganization.Load(null, [typeof(FunnelTransitionPlugin).Assembly, typeof(SlaActivity).Assembly], Start, languageCode: languageCode);
        var team = new TeamMembers(Installed);
        MarketingUserId = team.Marketer();
        SalesUserId = team.SalesRep();
        Marketing = Organization.ServiceFor(MarketingUserId);
        Sales = Organization.ServiceFor(SalesUserId);
    }

    /// <summary>The organization with the solution, and its users by role.</summary>
    public SolutionOrganization Installed { get; }

    public LocalOrganization Organization => Installed.Organization;

    public Guid MarketingUserId { get; }

    public Guid SalesUserId { get; }

    public IOrganizationService Marketing { get; }

    public IOrganizationService Sales { get; }

    public IOrganizationService System => Organization.ServiceFor(Organization.SystemUserId);
}
