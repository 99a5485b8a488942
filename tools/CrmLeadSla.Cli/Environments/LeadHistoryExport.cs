using CrmLeadSla.Cli.History;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// The leads of an organization as the history CSV (docs/history-csv.md) holds them: fit columns, interactions, and
/// the outcome from the funnel stage — Won is won, SQL is sql, Disqualified is none, any other stage still open. A
/// decided lead is measured as of its last stage change, and lists only the interactions up to then.
/// </summary>
public static class LeadHistoryExport
{
    private const string CreatedOn = "createdon";

    /// <summary>Every lead with its interactions, read page by page through <paramref name="service"/>.</summary>
    public static IReadOnlyList<HistoryLead> Leads(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var interactions = Rows(service, InteractionSchema.EntityName, [.. InteractionRows.ImageColumns], InteractionSchema.Id)
            .Select(row => (Lead: InteractionRows.RegardingLeadOf(row), Interaction: InteractionRows.InteractionOf(row)))
            .Where(found => found.Lead is not null && found.Interaction is not null)
            .ToLookup(found => found.Lead!.Value, found => found.Interaction!);
        return Rows(service, LeadSchema.EntityName, [CreatedOn, LeadSchema.FunnelStage, LeadSchema.StageChangedOn, .. ScorableColumns.LeadColumnNames], LeadSchema.Id)
            .Select(lead =>
            {
                var outcome = OutcomeOf(LeadScoreColumns.StageOf(lead));
                var asOf = outcome == LeadOutcome.Open ? null : lead.GetAttributeValue<DateTime?>(LeadSchema.StageChangedOn);
                return new HistoryLead(
                    lead.Id.ToString("D"),
                    lead.GetAttributeValue<DateTime>(CreatedOn),
                    RecordColumns.Of(lead, ScorableColumns.LeadColumnNames),
                    interactions[lead.Id].Where(i => asOf is null || i.OccurredOn <= asOf).OrderBy(i => i.OccurredOn).ToList(),
                    outcome) { AsOf = asOf };
            })
            .ToList();
    }

    private static LeadOutcome OutcomeOf(FunnelStage? stage) => stage switch
    {
        FunnelStage.Won => LeadOutcome.Won,
        FunnelStage.Sql => LeadOutcome.Sql,
        FunnelStage.Disqualified => LeadOutcome.None,
        _ => LeadOutcome.Open,
    };

    // Ordered by the key, so the paging cookie resumes after the last row of each page.
    private static IEnumerable<Entity> Rows(IOrganizationService service, string table, string[] columns, string key)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
        query.AddOrder(key, OrderType.Ascending);
        EntityCollection page;
        do
        {
            page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
        while (page.MoreRecords);
    }
}
