using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// The simulated leads as a lead history (docs/history-csv.md) for <c>leadsla calibrate</c>: what each prospect
/// told us, its touches up to the hand-over, and how far it went.
/// </summary>
public static class LeadHistory
{
    /// <summary>The history file's name in the output folder.</summary>
    public const string FileName = "history.csv";

    /// <summary>One history row per simulated lead, in the export's order.</summary>
    public static IReadOnlyList<HistoryLead> Of(SimulationSettings settings, ReportTables tables)
    {
        var prospects = Market.Prospects(settings).ToDictionary(p => p.LeadId.ToString("D"), StringComparer.Ordinal);
        var moves = tables.Transitions.ToLookup(t => t.LeadId, StringComparer.Ordinal);
        return tables.Leads.Where(l => prospects.ContainsKey(l.LeadId)).Select(lead =>
        {
            var prospect = prospects[lead.LeadId];
            var reached = moves[lead.LeadId].Select(t => t.ToStage).ToHashSet(StringComparer.Ordinal);
            // Judged at the hand-over: later touches follow from sales' work, they do not explain it.
            DateTime? handedOver = moves[lead.LeadId].FirstOrDefault(t => t.ToStage == Stages.Mql)?.ChangedOn;
            var touches = BehaviourStream.Of(prospect, settings)
                .Where(t => handedOver == null || t.OccurredOn <= handedOver)
                .Select(Interaction)
                .ToList();
            return new HistoryLead(lead.LeadId, lead.CreatedOn, Columns(prospect), touches, OutcomeOf(reached, lead.Stage)) { AsOf = handedOver };
        }).ToList();
    }

    /// <summary>Writes the history of a simulation into a folder, in <paramref name="style"/>.</summary>
    public static void Write(string folder, SimulationSettings settings, ReportTables tables, CsvStyle style) =>
        HistoryFile.Write(Path.Combine(folder, FileName), style, Of(settings, tables));

    private static LeadOutcome OutcomeOf(HashSet<string> reached, string stage) =>
        reached.Contains(Stages.Won) ? LeadOutcome.Won
        : reached.Contains(Stages.Sql) ? LeadOutcome.Sql
        : Stages.Aside.Contains(stage, StringComparer.Ordinal) ? LeadOutcome.None
        : LeadOutcome.Open;

    private static ColumnValues Columns(Prospect prospect) => ColumnValues.None
        .With("jobtitle", ColumnValue.Text(prospect.JobTitle))
        .With("companyname", ColumnValue.Text(prospect.Company))
        .With("numberofemployees", ColumnValue.Number(prospect.Employees))
        .With("industrycode", ColumnValue.Option(prospect.Industry))
        .With("emailaddress1", ColumnValue.Text(prospect.Email))
        .With("budgetstatus", ColumnValue.Option(prospect.BudgetStatus))
        .With("decisionmaker", ColumnValue.Boolean(prospect.DecisionMaker))
        .With("need", ColumnValue.Option(prospect.Need))
        .With("purchasetimeframe", ColumnValue.Option(prospect.PurchaseTimeframe))
        .With("leadsourcecode", ColumnValue.Option(prospect.LeadSource));

    private static Interaction Interaction(Touch touch) => new(touch.Type, touch.OccurredOn)
    {
        Columns = touch.Url == null ? ColumnValues.None : ColumnValues.None.With(InteractionSchema.Url, ColumnValue.Text(MarketingDesk.PageUrl(touch.Url))),
    };
}
