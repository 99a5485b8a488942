using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins.Funnel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// The local Dataverse with the real solution (its tables, roles, plug-in steps and shipped workflows, from
/// <c>Solution/</c> or from the packed zip), the teams' users with their security roles, and the agreed configuration
/// the admin created.
/// </summary>
internal sealed class SimulatedOrganization
{
    // The starter agreement is marketing's and sales' in the DACH region: its people read Dynamics in German
    // (usersettings.uilanguageid), so the refusals and escalations they get are German.
    private const int German = 1031;

    private SimulatedOrganization(LocalOrganization organization, IReadOnlyList<SalesRep> reps, IReadOnlyList<Guid> marketers, IReadOnlyList<AgreedReason> reasons)
    {
        Organization = organization;
        Reps = reps;
        Marketers = marketers;
        Reasons = reasons;
        Admin = organization.ServiceFor(organization.AdminUserId);
    }

    public LocalOrganization Organization { get; }

    public IReadOnlyList<SalesRep> Reps { get; }

    public IReadOnlyList<Guid> Marketers { get; }

    public IReadOnlyList<AgreedReason> Reasons { get; }

    public IOrganizationService Admin { get; }

    /// <summary>Sets up the market's users and configuration in <paramref name="installed"/> (from <see cref="SimulationRun.Install"/>).</summary>
    public static SimulatedOrganization Create(SolutionOrganization installed, SimulationSettings settings, Random random)
    {
        var organization = installed.Organization;
        var marketers = Enumerable.Range(1, settings.Marketers)
            .Select(i => installed.CreateUser(SeededId.From(random), i == 1 ? "Mara Marketing" : $"Marketer {i}", LeadSlaRoles.Marketing, German))
            .ToList();
        var reps = SalesRep.Team(settings.SalesReps, random, name => installed.CreateUser(SeededId.From(random), name, LeadSlaRoles.Sales, German));
        var admin = organization.ServiceFor(organization.AdminUserId);

        // With the SLA the hand-over assigns the team's members in turn; without it, leads wait with a pool owner nobody works as.
        var salesOwner = settings.WithSla
            ? new EntityReference("team", organization.CreateTeam("Inside sales", null, reps.Select(r => r.UserId).ToArray()))
            : new EntityReference("systemuser", installed.CreateUser(SeededId.From(random), "Lead pool", LeadSlaRoles.Sales));
        // The shipped starter configuration; the agreement's creation starts its daily job (reactivation, marketing's
        // commitment), the model's its daily score refresh: shipped workflows.
        var reasons = MarketConfiguration.Create(admin, installed.SampleConfiguration, settings, marketers[0], salesOwner);
        return new SimulatedOrganization(organization, reps, marketers, reasons);
    }

    public IOrganizationService ServiceFor(Guid userId) => Organization.ServiceFor(userId);

    public AgreedReason Reason(string code) => Reasons.Single(r => r.Code == code);
}
