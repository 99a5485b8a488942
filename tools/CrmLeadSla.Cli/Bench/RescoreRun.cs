using System.Diagnostics;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.WebApi;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Bench;

/// <summary>
/// A rescore of <c>leads</c> leads after a fit rule change that moves every lead's score, through <c>leadsla rescore</c>'s
/// code path (<see cref="LeadRescore"/>, Web API, pages of 1,000, UpdateMultiple) against the local Web API.
/// </summary>
public static class RescoreRun
{
    /// <summary>What the rescore cost: Web API requests (round trips), organization-service requests, time.</summary>
    public sealed record Cost(int Leads, int Changed, int HttpRequests, int ServiceRequests, TimeSpan Elapsed);

    /// <summary>Sets up the organization (not timed), changes the rule and times the rescore.</summary>
    public static async Task<Cost> MeasureAsync(int leads)
    {
        var bench = new BenchOrganization(10);
        CreateLeads(bench, leads);
        ChangeFirstFitRule(bench);
        await using var api = await LocalWebApi.StartAsync(bench.Organization, new WebApiOptions()).ConfigureAwait(false);
        using var client = new WebApiClient(api.BaseAddress, new NoToken());
        var settings = new RescoreSettings(1000, 2, null, bench.Organization.Clock.UtcNow);
        using var requests = bench.Organization.Requests.Measure();
        var clock = Stopwatch.StartNew();
        var tally = await new LeadRescore(client, settings, new Progress<RescoreReport>(), TextWriter.Null).RunAsync(CancellationToken.None).ConfigureAwait(false);
        clock.Stop();
        return new Cost(tally.Read, tally.Changed, client.Traffic.Requests, requests.TopLevel, clock.Elapsed);
    }

    private static void CreateLeads(BenchOrganization bench, int leads)
    {
        foreach (var chunk in Enumerable.Range(0, leads).Select(_ => BenchRules.Lead(Guid.Empty)).Chunk(1000))
        {
            bench.System.Execute(new OrganizationRequest("CreateMultiple")
            {
                Parameters = { ["Targets"] = new EntityCollection(chunk) { EntityName = LeadSchema.EntityName } },
            });
        }
    }

    // The plug-ins queue their own rescoring job for the change; it is left waiting, so the leads stay stale.
    private static void ChangeFirstFitRule(BenchOrganization bench)
    {
        var query = new QueryExpression(ScoringRuleSchema.EntityName) { ColumnSet = new ColumnSet(ScoringRuleSchema.Points), TopCount = 1 };
        query.Criteria.AddCondition(ScoringRuleSchema.Name, ConditionOperator.Equal, "Fit rule 0");
        var rule = bench.System.RetrieveMultiple(query).Entities.Single();
        bench.System.Update(new Entity(ScoringRuleSchema.EntityName, rule.Id) { [ScoringRuleSchema.Points] = 33 });
    }
}
