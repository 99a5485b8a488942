using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// The report on one run of the agreement, computed from the export tables alone, so an export of a real
/// environment and a simulation give their figures the same way.
/// </summary>
public sealed class FunnelReport
{
    private FunnelReport(string title, IReadOnlyList<ReportTable> tables, ReportTable headline, TimeZoneInfo zone)
    {
        Zone = zone;
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

    /// <summary>The zone the report counts its days, weeks and months in (<see cref="ReportZone"/>).</summary>
    public TimeZoneInfo Zone { get; }

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
            AgreementFigures.Reps(tables),
            AgreementFigures.ClocksByWeek(tables, counted),
            rejections,
            AgreementFigures.Commitment(tables, counted),
            FunnelFigures.GradeByBehaviour(tables, journeys),
        };

        var headline = new ReportTable("headline", ReportWords.KeyFigures, [ReportWords.Figure, title], [FigureKind.Text, FigureKind.Number], [
            Figure(ReportWords.Leads, Statistics.Count(tables.Leads.Count)),
            Figure(ReportWords.HandedOverMql, neverWorked.Rows[0].Cells[0]),
            Figure(ReportWords.NeverWorked, neverWorked.Rows[0].Cells[1]),
            Figure(ReportWords.NeverWorkedPercent, neverWorked.Rows[0].Cells[2]),
            Figure(ReportWords.AcceptedSal, Reached(funnel, Stages.Sal)),
            Figure(ReportWords.QualifiedSql, Reached(funnel, Stages.Sql)),
            Figure(ReportWords.Won, Reached(funnel, Stages.Won)),
            Figure(ReportWords.Rejections, Statistics.Count(rejections.Rows.Sum(r => int.Parse(r.Cells[1], System.Globalization.CultureInfo.InvariantCulture)))),
            Figure(ReportWords.ClocksMet, Statistics.Count(tables.Clocks.Count(c => c.Status == "Met"))),
            Figure(ReportWords.ClocksBreached, Statistics.Count(tables.Clocks.Count(c => c.Status == "Breached"))),
        ]);
        return new FunnelReport(title, [headline, .. reports], headline, counted);
    }

    /// <summary>The key figures of two reports side by side, e.g. with and without the SLA.</summary>
    public static ReportTable Comparison(FunnelReport first, FunnelReport second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new(
            "comparison",
            ReportWords.SideBySide(first.Title, second.Title),
            [ReportWords.Figure, first.Title, second.Title],
            [FigureKind.Text, FigureKind.Number, FigureKind.Number],
            first.Headline.Rows.Zip(second.Headline.Rows, (a, b) => new ReportRow([a.Cells[0], a.Cells[1], b.Cells[1]], [])).ToList());
    }

    /// <summary>The tables a summary shows: the key figures, or with a <paramref name="baseline"/> both runs' key figures side by side, then the rest.</summary>
    public IReadOnlyList<ReportTable> Shown(FunnelReport? baseline) => baseline == null ? Tables : [Comparison(this, baseline), .. Tables.Skip(1)];

    private static ReportRow Figure(string name, string value) => new([name, value], []);

    private static string Reached(ReportTable funnel, string stage) => funnel.Rows.Single(r => r.Cells[0] == stage).Cells[2];
}
