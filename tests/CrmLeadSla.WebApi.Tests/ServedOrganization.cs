using CrmLeadSla.Cli;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.WebApi;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// The solution on a local organization, served by <c>leadsla serve</c> on 127.0.0.1 (a free port), with a
/// scoring model marketing set up: a CTO is worth 40 fit points, a webinar attended 10 behaviour points.
/// </summary>
internal sealed class ServedOrganization : IAsyncDisposable
{
    public static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private ServedOrganization(LocalOrganization organization, LocalWebApi api)
    {
        Organization = organization;
        Api = api;
    }

    public LocalOrganization Organization { get; }

    public LocalWebApi Api { get; }

    public IOrganizationService System => Organization.ServiceFor(Organization.SystemUserId);

    public Guid FitRuleId { get; private set; }

    public static async Task<ServedOrganization> StartAsync(WebApiOptions? options = null, Action<SolutionOrganization>? arrange = null)
    {
        var installed = SolutionOrganization.Load(null, SolutionAssemblies.Loaded, Start);
        arrange?.Invoke(installed);
        var api = await LocalWebApi.StartAsync(installed.Organization, options ?? new WebApiOptions());
        return new ServedOrganization(installed.Organization, api);
    }

    /// <summary>An organization with the standard tables only, as <c>leadsla serve --empty</c> serves it: nothing installed.</summary>
    public static async Task<ServedOrganization> StartEmptyAsync()
    {
        var organization = LocalOrganization.WithStandardTables(new LocalOrganizationOptions { StartsAt = Start });
        return new ServedOrganization(organization, await LocalWebApi.StartAsync(organization, new WebApiOptions()));
    }

    public WebApiClient Client() => new(Api.BaseAddress, new NoToken());

    /// <summary>The organization's installed solutions, as its solution rows say: unique name and version.</summary>
    public IReadOnlyList<(string UniqueName, string Version)> InstalledSolutions =>
        System.RetrieveMultiple(new QueryExpression(InstallationRows.SolutionTable) { ColumnSet = new ColumnSet("uniquename", "version") })
            .Entities.Select(s => (s.GetAttributeValue<string>("uniquename"), s.GetAttributeValue<string>("version"))).ToList();

    /// <summary>Creates the active model with its two rules; leads created from now on are scored by the plug-ins.</summary>
    public ServedOrganization WithScoringModel()
    {
        var modelId = System.Create(new Entity(ScoringModelSchema.EntityName)
        {
            [ScoringModelSchema.Name] = "Lead scoring",
            [ScoringModelSchema.IsActive] = true,
            [ScoringModelSchema.GradeAThreshold] = 60,
            [ScoringModelSchema.GradeBThreshold] = 40,
            [ScoringModelSchema.GradeCThreshold] = 20,
            [ScoringModelSchema.MqlThreshold] = 50,
            [ScoringModelSchema.Version] = 1,
        });
        FitRuleId = System.Create(new Entity(ScoringRuleSchema.EntityName)
        {
            [ScoringRuleSchema.Name] = "Chief technology officer",
            [ScoringRuleSchema.Category] = new OptionSetValue((int)RuleCategory.Fit),
            [ScoringRuleSchema.Attribute] = "jobtitle",
            [ScoringRuleSchema.Operator] = new OptionSetValue((int)RuleOperator.ContainsAnyKeyword),
            [ScoringRuleSchema.Value] = "CTO",
            [ScoringRuleSchema.Points] = 40,
            [ScoringRuleSchema.IsActive] = true,
            [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
        });
        System.Create(new Entity(ScoringRuleSchema.EntityName)
        {
            [ScoringRuleSchema.Name] = "Webinar",
            [ScoringRuleSchema.Category] = new OptionSetValue((int)RuleCategory.Behaviour),
            [ScoringRuleSchema.InteractionType] = new OptionSetValue((int)InteractionType.WebinarAttendance),
            [ScoringRuleSchema.Points] = 10,
            [ScoringRuleSchema.IsActive] = true,
            [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
        });
        Organization.RunPendingAsyncJobs();
        return this;
    }

    /// <summary>
    /// Changes the fit rule's points as marketing would, but leaves the plug-ins' own rescoring job waiting, so every
    /// CTO lead shows a stale score until a rescore.
    /// </summary>
    public void ChangeFitPointsWithoutRescoring(int points) =>
        System.Update(new Entity(ScoringRuleSchema.EntityName, FitRuleId) { [ScoringRuleSchema.Points] = points });

    /// <summary>Creates leads with the job title, a thousand per CreateMultiple; returns their ids.</summary>
    public IReadOnlyList<Guid> CreateLeads(int count, string jobTitle)
    {
        var ids = new List<Guid>();
        foreach (var chunk in Enumerable.Range(0, count).Chunk(1000))
        {
            var targets = new EntityCollection(chunk.Select(i => new Entity(LeadSchema.EntityName)
            {
                ["subject"] = "Interested in CrmLeadSla",
                ["lastname"] = $"Prospect {i}",
                ["jobtitle"] = jobTitle,
            }).ToList()) { EntityName = LeadSchema.EntityName };
            var response = System.Execute(new OrganizationRequest("CreateMultiple") { Parameters = { ["Targets"] = targets } });
            ids.AddRange((Guid[])response.Results["Ids"]);
        }

        return ids;
    }

    public Entity Lead(Guid id) => System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.FitScore, LeadSchema.LeadIndex, LeadSchema.Grade));

    public Entity Lead(Guid id, params string[] columns) => System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(columns));

    /// <summary>An agreement of a sales team of the administrator: 8 working hours (Berlin, 8–17) to accept a lead.</summary>
    public Guid Agreement()
    {
        var team = Organization.CreateTeam("Inside sales", null, Organization.AdminUserId);
        return AgreementBuilder.SpringCampaign().MarketingOwner(Organization.AdminUserId).SalesOwner(Organization.AdminUserId).SalesTeam(team).CreateIn(System);
    }

    /// <summary>Lead updates the callers asked for (each row of an UpdateMultiple is one), not those the plug-ins made.</summary>
    public int LeadWritesByCallers => Organization.Requests.Requests.Count(r => r.Message == "Update" && r.Table == LeadSchema.EntityName && !r.FromPlugin);

    public ValueTask DisposeAsync() => Api.DisposeAsync();
}
