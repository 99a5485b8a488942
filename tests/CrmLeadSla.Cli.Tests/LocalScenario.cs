using CrmLeadSla.Cli;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Funnel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Tests;

/// <summary>The solution on the local Dataverse with a marketing user, who configures scoring and records leads.</summary>
internal sealed class LocalScenario
{
    public LocalScenario(DateTime start)
    {
        var installed = SolutionOrganization.Load(null, SolutionAssemblies.Loaded, start);
        Organization = installed.Organization;
        Marketing = Organization.ServiceFor(installed.CreateUser("Mara Marketing", LeadSlaRoles.Marketing));
    }

    public LocalOrganization Organization { get; }

    public IOrganizationService Marketing { get; }
}
