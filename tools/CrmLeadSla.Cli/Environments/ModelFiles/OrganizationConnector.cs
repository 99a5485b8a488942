using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using Microsoft.Xrm.Sdk;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments.ModelFiles;

/// <summary>Opens the organization an <c>--org</c> value names; throws <see cref="ArgumentException"/> for one it does not know.</summary>
/// <param name="target">The <c>--org</c> value.</param>
public delegate IOrganizationService OrganizationConnector(string target);

/// <summary>
/// The connector the CLI ships with: <c>local</c>, a local Dataverse loaded from the repository's Solution/ for the
/// length of the command, called as its administrator. A connector for real environments wraps this one.
/// </summary>
public static class LocalConnector
{
    /// <summary>The <c>--org</c> value of the local Dataverse.</summary>
    public const string Local = "local";

    /// <summary>A fresh local organization with the solution's tables, plug-ins and steps, as its administrator.</summary>
    public static IOrganizationService Connect(string target)
    {
        if (!string.Equals(target, Local, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{target}' is not an organization this build can reach. Use --org {Local} (a local Dataverse loaded from Solution/ for this run).");
        }

        var organization = SolutionOrganization.Load(null, SolutionAssemblies.Loaded).Organization;
        return organization.ServiceFor(organization.AdminUserId);
    }
}
