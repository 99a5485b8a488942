namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>One entry of a chart's legend: a series' name and colour (a <see cref="Gradient"/> for a shading from 0 to 100 %).</summary>
/// <param name="Name">What the colour stands for.</param>
/// <param name="Colour">A CSS colour, or <see cref="Gradient"/>.</param>
internal sealed record LegendEntry(string Name, string Colour)
{
    /// <summary>The colour of a legend entry that stands for the grid's shading.</summary>
    public const string Gradient = "gradient";
}

/// <summary>A chart of the dashboard: its title (shown above it), legend, drawing, and notes on what a run lacks.</summary>
/// <param name="Name">Its id (<c>data-chart</c>).</param>
/// <param name="Title">What it shows, in the reader's language.</param>
/// <param name="Legend">What each colour stands for.</param>
/// <param name="Svg">The drawing.</param>
/// <param name="Notes">Plain sentences about a run the chart cannot show, e.g. one without hand-over clocks.</param>
internal sealed record DashboardChart(string Name, string Title, IReadOnlyList<LegendEntry> Legend, string Svg, IReadOnlyList<string> Notes);

/// <summary>
/// Which charts the dashboard draws from which tables: marketing's scorecard (hand-over clocks, hand-overs per month
/// against the promise), sales' scorecard (accept, first contact, qualify; per rep), the clocks over time and the
/// funnel. With a baseline every chart that compares draws both runs: paired bars, or the grids side by side.
/// </summary>
internal sealed class DashboardCharts
{
    private static readonly string[] RunColours = ["#2b6cb0", "#a0aec0"];
    private static readonly string[] MetColours = ["#38a169", "#9ae6b4"];
    private static readonly string[] BreachedColours = ["#e53e3e", "#feb2b2"];
    private const string PromisedColour = "#d69e2e";

    private readonly IReadOnlyList<FunnelReport> runs;

    public DashboardCharts(FunnelReport report, FunnelReport? baseline)
    {
        runs = baseline == null ? [report] : [report, baseline];
    }

    private bool Compared => runs.Count > 1;

    public DashboardChart HandOverClocks()
    {
        var timed = runs.Where(run => HasClocks(run, AgreementFigures.HandOver)).ToList();
        var notes = runs.Except(timed).Select(run => ReportWords.NoHandOverClocks(run.Title)).ToList();
        if (timed.Count == 0)
        {
            return new DashboardChart("hand-over-clocks", ReportWords.HandOverChart, [], string.Empty, notes);
        }

        var clocks = timed.Select(run => Clocks(run, kind => kind == AgreementFigures.HandOver)).ToList();
        var categories = Compared ? timed.Select(r => r.Title).ToList() : [ReportWords.ClockKind(AgreementFigures.HandOver)];
        var series = new List<ChartSeries>
        {
            new(ReportWords.Met, MetColours[0], clocks.Select(c => c.Met).ToList()),
            new(ReportWords.Breached, BreachedColours[0], clocks.Select(c => c.Breached).ToList()),
        };
        return Chart("hand-over-clocks", ReportWords.HandOverChart, series, SvgCharts.HorizontalBars("hand-over-clocks", categories, series, Compared ? ReportWords.Run : ReportWords.Promise, ReportWords.Clocks, Count), notes);
    }

    public DashboardChart Commitment()
    {
        var byRun = runs.Select(run => run.Table("commitment").Rows.ToDictionary(r => r.Cells[0], StringComparer.Ordinal)).ToList();
        var months = byRun.SelectMany(rows => rows.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var series = runs.Select((run, i) => new ChartSeries(Named(ReportWords.HandedOver, i), RunColours[i], months.Select(m => Value(byRun[i], m, 1)).ToList(), i)).ToList();
        var promised = months.Select(m => Value(byRun[0], m, 2)).ToList();
        if (promised.Any(p => p > 0))
        {
            series.Add(new ChartSeries(ReportWords.Promised, PromisedColour, promised, runs.Count));
        }

        var labels = months.Select(m => ReportFormat.Shown(m, FigureKind.Month)).ToList();
        return Chart("commitment", ReportWords.CommitmentChart, series, SvgCharts.Columns("commitment", labels, series, ReportWords.Month, ReportWords.Leads), []);
    }

    public DashboardChart SalesClocks()
    {
        var series = new List<ChartSeries>();
        foreach (var i in Clocked())
        {
            var perKind = AgreementFigures.SalesKinds.Select(kind => Clocks(runs[i], c => c == kind)).ToList();
            series.Add(new ChartSeries(Named(ReportWords.Met, i), MetColours[i], perKind.Select(c => c.Met).ToList(), i));
            series.Add(new ChartSeries(Named(ReportWords.Breached, i), BreachedColours[i], perKind.Select(c => c.Breached).ToList(), i));
        }

        var categories = AgreementFigures.SalesKinds.Select(ReportWords.ClockKind).ToList();
        return Chart("sales-clocks", ReportWords.SalesClocksChart, series, SvgCharts.HorizontalBars("sales-clocks", categories, series, ReportWords.Promise, ReportWords.Clocks, Count), WithoutClocks());
    }

    public DashboardChart Reps()
    {
        var byRun = runs.Select(run => run.Table("reps").Rows.ToDictionary(r => r.Cells[0], StringComparer.Ordinal)).ToList();
        var reps = byRun.SelectMany(rows => rows.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var metColumns = Enumerable.Range(0, AgreementFigures.SalesKinds.Length).Select(k => 1 + (2 * k)).ToList();
        var series = new List<ChartSeries>();
        foreach (var i in Clocked())
        {
            var rows = byRun[i];
            series.Add(new ChartSeries(Named(ReportWords.Met, i), MetColours[i], reps.Select(rep => metColumns.Sum(c => Value(rows, rep, c))).ToList(), i));
            series.Add(new ChartSeries(Named(ReportWords.Breached, i), BreachedColours[i], reps.Select(rep => metColumns.Sum(c => Value(rows, rep, c + 1))).ToList(), i));
        }

        return Chart("reps", ReportWords.RepChart, series, SvgCharts.HorizontalBars("reps", reps, series, ReportWords.Rep, ReportWords.Clocks, Count), WithoutClocks());
    }

    public DashboardChart ClocksOverTime()
    {
        var byRun = runs.Select(run => run.Table("clocks-by-week").Rows.ToDictionary(r => r.Cells[0], StringComparer.Ordinal)).ToList();
        var weeks = byRun.SelectMany(rows => rows.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var series = new List<ChartSeries>();
        foreach (var i in Clocked())
        {
            series.Add(new ChartSeries(Named(ReportWords.Met, i), MetColours[i], weeks.Select(w => Value(byRun[i], w, 1)).ToList(), i));
            series.Add(new ChartSeries(Named(ReportWords.Breached, i), BreachedColours[i], weeks.Select(w => Value(byRun[i], w, 2)).ToList(), i));
        }

        var labels = weeks.Select(w => ReportFormat.DayAndMonth(ReportFormat.DayOf(w))).ToList();
        return Chart("clocks-over-time", ReportWords.ClocksOverTimeChart, series, SvgCharts.Columns("clocks-over-time", labels, series, ReportWords.WeekStarting, ReportWords.Clocks), WithoutClocks());
    }

    public DashboardChart Funnel()
    {
        var stages = Stages.Forward;
        var series = runs.Select((run, i) =>
        {
            var rows = run.Table("funnel").Rows.ToDictionary(r => r.Cells[0], StringComparer.Ordinal);
            return new ChartSeries(Compared ? run.Title : ReportWords.EverReached, RunColours[i], stages.Select(s => Value(rows, s, 2)).ToList(), i);
        }).ToList();
        return Chart("funnel", ReportWords.FunnelChart, series, SvgCharts.HorizontalBars("funnel", stages.Select(ReportFormat.Stage).ToList(), series, ReportWords.Stage, ReportWords.Leads, Count), []);
    }

    public DashboardChart TimeInStage()
    {
        var byRun = runs.Select(run => run.Table("time-in-stage").Rows.ToDictionary(r => r.Cells[0], StringComparer.Ordinal)).ToList();
        var stages = Stages.All.Where(s => byRun.Any(rows => rows.ContainsKey(s))).ToList();
        var series = runs.Select((run, i) =>
            new ChartSeries(Compared ? run.Title : ReportWords.Median, RunColours[i], stages.Select(s => Value(byRun[i], s, 2) / 24).ToList(), i)).ToList();
        return Chart("time-in-stage", ReportWords.TimeInStageChart, series, SvgCharts.HorizontalBars("time-in-stage", stages.Select(ReportFormat.Stage).ToList(), series, ReportWords.Stage, ReportWords.Days, days => ReportFormat.Duration(days * 24)), []);
    }

    public DashboardChart Rejections()
    {
        var byRun = runs.Select(run => run.Table("rejections").Rows.ToDictionary(r => r.Cells[0], StringComparer.Ordinal)).ToList();
        var reasons = byRun.SelectMany(rows => rows.Keys).Distinct(StringComparer.Ordinal).OrderByDescending(reason => Value(byRun[0], reason, 1)).ThenBy(reason => reason, StringComparer.Ordinal).ToList();
        var series = runs.Select((run, i) => new ChartSeries(Compared ? run.Title : ReportWords.Rejections, RunColours[i], reasons.Select(r => Value(byRun[i], r, 1)).ToList(), i)).ToList();
        var notes = runs.Where((_, i) => byRun[i].Count == 0).Select(run => Compared ? $"{run.Title}: {ReportWords.NoRejections}" : ReportWords.NoRejections).ToList();
        return Chart("rejections", ReportWords.RejectionsChart, series, SvgCharts.HorizontalBars("rejections", reasons, series, ReportWords.Reason, ReportWords.Rejections, Count), notes);
    }

    public DashboardChart GradeBehaviour()
    {
        var grids = runs.Select(run => (
            Compared ? run.Title : string.Empty,
            (IReadOnlyDictionary<string, (int, double?)>)run.Table("grade-behaviour").Rows.ToDictionary(
                r => r.Cells[0],
                r => ((int)ReportFormat.Value(r.Cells[1]), r.Cells[3].Length == 0 ? (double?)null : ReportFormat.Value(r.Cells[3]) / 100),
                StringComparer.Ordinal))).ToList();
        var legend = new List<LegendEntry>
        {
            new($"{ReportWords.ShareAccepted}: {ReportFormat.Percent(0)} … {ReportFormat.Percent(100)}", LegendEntry.Gradient),
        };
        return new DashboardChart("grade-behaviour", ReportWords.GradeBehaviourChart, legend, SvgCharts.Grid("grade-behaviour", grids, ReportWords.Grade, ReportWords.BehaviourBand), []);
    }

    private static DashboardChart Chart(string name, string title, IReadOnlyList<ChartSeries> series, string svg, IReadOnlyList<string> notes) =>
        new(name, title, series.Select(s => new LegendEntry(s.Name, s.Colour)).ToList(), svg, notes);

    private static (double Met, double Breached) Clocks(FunnelReport run, Func<string, bool> kind)
    {
        var rows = run.Table("clocks").Rows.Where(r => kind(r.Cells[0])).ToList();
        return (rows.Sum(r => ReportFormat.Value(r.Cells[2])), rows.Sum(r => ReportFormat.Value(r.Cells[3])));
    }

    private static double Value(IReadOnlyDictionary<string, ReportRow> rows, string key, int column) =>
        rows.TryGetValue(key, out var row) ? ReportFormat.Value(row.Cells[column]) : 0;

    private static string Count(double value) => ReportFormat.Number((decimal)value, 0);

    private string Named(string series, int run) => Compared ? ReportWords.Series(series, runs[run].Title) : series;

    private static bool HasClocks(FunnelReport run, string kind) => run.Table("clocks").Rows.Any(r => r.Cells[0] == kind);

    // The runs that have clocks: a run without the SLA has none to draw, and its note says so.
    private IEnumerable<int> Clocked() => Enumerable.Range(0, runs.Count).Where(i => runs[i].Table("clocks").Rows.Count > 0);

    private List<string> WithoutClocks() => runs.Where(run => run.Table("clocks").Rows.Count == 0).Select(run => ReportWords.NoClocks(run.Title)).ToList();
}
