using CrmLeadSla.Cli;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Tests;

/// <summary>The solution on the local Dataverse with a marketing user, who configures scoring and records leads.</summary>
internal sealed class LocalScenario
{
    public LocalScenario(DateTime start)
    {
        Installed = SolutionOrganization.Load(null, SolutionAssemblies.Loaded, start);
        Organization = Installed.Organization;
        Marketing = Organization.ServiceFor(new TeamMembers(Installed).Marketer());
    }

    /// <summary>The solution as installed, to create further users in its roles.</summary>
    public SolutionOrganization Installed { get; }

    public LocalOrganization Organization { get; }

    public IOrganizationService Marketing { get; }
}
