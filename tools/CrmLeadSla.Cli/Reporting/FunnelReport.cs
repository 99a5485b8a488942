using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>
/// The report on one run of the agreement, computed from the export tables alone, so an export of a real
/// environment and a simulation give their figures the same way.
/// </summary>
public sealed class FunnelReport
{
    private FunnelReport(string title, IReadOnlyList<ReportTable> tables, ReportTable headline)
    {
        Title = title;
        Tables = tables;
        Headline = headline;
    }

    /// <summary>What the report is about, e.g. "with the SLA".</summary>
    public string Title { get; }

    /// <summary>Every table, in the order the summary and the dashboard show them.</summary>
    public IReadOnlyList<ReportTable> Tables { get; }

    /// <summary>The key figures, one per row: the ones a comparison puts side by side.</summary>
    public ReportTable Headline { get; }

    /// <summary>A table by its name.</summary>
    public ReportTable Table(string name) => Tables.Single(t => t.Name == name);

    /// <summary>
    /// Computes the report of a set of export tables; months and weeks count in the agreements' zone, or in
    /// <paramref name="zone"/> when given (<see cref="ReportZone"/>).
    /// </summary>
    /// <exception cref="CsvFileException">The agreements name several zones and none is given, or the zone is unknown.</exception>
    public static FunnelReport Of(ReportTables tables, string title, TimeZoneInfo? zone = null)
    {
        var counted = ReportZone.Of(tables, zone);
        var journeys = new LeadJourneys(tables.Transitions);
        var funnel = FunnelFigures.Funnel(tables, journeys);
        var neverWorked = FunnelFigures.NeverWorked(tables, journeys);
        var clocks = AgreementFigures.Clocks(tables);
        var rejections = AgreementFigures.Rejections(tables);
        var reports = new[]
        {
            funnel,
            FunnelFigures.TimeInStage(journeys),
            neverWorked,
            clocks,
            AgreementFigures.ClocksByWeek(tables, counted),
            rejections,
            AgreementFigures.Commitment(tables, counted),
            FunnelFigures.GradeByBehaviour(tables, journeys),
        };

        var headline = new ReportTable("headline", "Key figures", ["figure", title], [
            Figure("leads", Statistics.Count(tables.Leads.Count)),
            Figure("handed over (MQL)", neverWorked.Rows[0].Cells[0]),
            Figure("never worked", neverWorked.Rows[0].Cells[1]),
            Figure("never worked %", neverWorked.Rows[0].Cells[2]),
            Figure("accepted (SAL)", Reached(funnel, Stages.Sal)),
            Figure("qualified (SQL)", Reached(funnel, Stages.Sql)),
            Figure("won", Reached(funnel, Stages.Won)),
            Figure("rejections", Statistics.Count(rejections.Rows.Sum(r => int.Parse(r.Cells[1], System.Globalization.CultureInfo.InvariantCulture)))),
            Figure("clocks met", Statistics.Count(tables.Clocks.Count(c => c.Status == "Met"))),
            Figure("clocks breached", Statistics.Count(tables.Clocks.Count(c => c.Status == "Breached"))),
        ]);
        return new FunnelReport(title, [headline, .. reports], headline);
    }

    /// <summary>The key figures of two reports side by side, e.g. with and without the SLA.</summary>
    public static ReportTable Comparison(FunnelReport first, FunnelReport second) =>
        new("comparison", $"Side by side: {first.Title} and {second.Title}", ["figure", first.Title, second.Title],
            first.Headline.Rows.Zip(second.Headline.Rows, (a, b) => new ReportRow([a.Cells[0], a.Cells[1], b.Cells[1]], [])).ToList());

    private static ReportRow Figure(string name, string value) => new([name, value], []);

    private static string Reached(ReportTable funnel, string stage) => funnel.Rows.Single(r => r.Cells[0] == stage).Cells[2];
}
