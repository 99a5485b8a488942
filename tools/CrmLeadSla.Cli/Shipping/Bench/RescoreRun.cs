using System.Diagnostics;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.WebApi;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>
/// Rescoring a lead base through <c>leadsla rescore</c>'s code path (<see cref="LeadRescore"/>: Web API, pages of
/// 1,000, UpdateMultiple) against the local Web API, after a fit rule change that moves every lead's score.
/// </summary>
public sealed class RescoreRun : IAsyncDisposable
{
    private readonly BenchOrganization bench;
    private readonly LocalWebApi api;
    private readonly Guid ruleId;
    private int points = 5;

    private RescoreRun(BenchOrganization bench, LocalWebApi api, Guid ruleId)
    {
        this.bench = bench;
        this.api = api;
        this.ruleId = ruleId;
    }

    /// <summary>What a rescore cost: Web API requests (round trips), organization-service requests, time.</summary>
    public sealed record Cost(int Leads, int Changed, int HttpRequests, int ServiceRequests, TimeSpan Elapsed);

    /// <summary>An organization with <paramref name="leads"/> scored leads, served on the local Web API.</summary>
    public static async Task<RescoreRun> StartAsync(int leads)
    {
        var bench = new BenchOrganization(10);
        foreach (var chunk in Enumerable.Range(0, leads).Select(_ => BenchRules.Lead(Guid.Empty)).Chunk(1000))
        {
            bench.System.Execute(new OrganizationRequest("CreateMultiple")
            {
                Parameters = { ["Targets"] = new EntityCollection(chunk) { EntityName = LeadSchema.EntityName } },
            });
        }

        var query = new QueryExpression(ScoringRuleSchema.EntityName) { ColumnSet = new ColumnSet(ScoringRuleSchema.Points), TopCount = 1 };
        query.Criteria.AddCondition(ScoringRuleSchema.Name, ConditionOperator.Equal, "Fit rule 0");
        var ruleId = bench.System.RetrieveMultiple(query).Entities.Single().Id;
        return new RescoreRun(bench, await LocalWebApi.StartAsync(bench.Organization, new WebApiOptions()).ConfigureAwait(false), ruleId);
    }

    /// <summary>
    /// Changes the points of the rule every lead matches, so every lead's score is stale. The plug-ins queue their own
    /// rescoring job for the change; it is left waiting.
    /// </summary>
    public void MakeEveryLeadStale()
    {
        points = points == 5 ? 33 : 5;
        bench.System.Update(new Entity(ScoringRuleSchema.EntityName, ruleId) { [ScoringRuleSchema.Points] = points });
    }

    /// <summary>Rescores every open lead and counts what it took.</summary>
    public async Task<Cost> RescoreAsync()
    {
        using var client = new WebApiClient(api.BaseAddress, new NoToken());
        var settings = new RescoreSettings(1000, 2, null, bench.Organization.Clock.UtcNow);
        using var requests = bench.Organization.Requests.Measure();
        var clock = Stopwatch.StartNew();
        var tally = await new LeadRescore(client, settings, new Progress<RescoreReport>(), TextWriter.Null).RunAsync(CancellationToken.None).ConfigureAwait(false);
        clock.Stop();
        return new Cost(tally.Read, tally.Changed, client.Traffic.Requests, requests.TopLevel, clock.Elapsed);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => api.DisposeAsync();
}
