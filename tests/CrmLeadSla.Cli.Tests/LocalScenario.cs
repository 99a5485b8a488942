using CrmLeadSla.Cli;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Tests;

/// <summary>The solution on the local Dataverse with a marketing user, who configures scoring and records leads.</summary>
internal sealed class LocalScenario
{
    private static readonly Lazy<SolutionDefinition> Solution = new(SolutionFolder.Load);

    public LocalScenario(DateTime start)
    {
        Organization = LocalOrganization.FromSolution(Solution.Value, SolutionAssemblies.Loaded, start);
        Marketing = Organization.ServiceFor(Organization.CreateUser("Mara Marketing", null, Solution.Value.Roles.Single(r => r.Name == "Lead SLA Marketing").Id));
    }

    public LocalOrganization Organization { get; }

    public IOrganizationService Marketing { get; }
}
