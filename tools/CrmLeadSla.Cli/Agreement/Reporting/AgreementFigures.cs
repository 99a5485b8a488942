using System.Globalization;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>The agreement's tables: clocks per kind and team and over time, rejections by reason, marketing's monthly commitment.</summary>
internal static class AgreementFigures
{
    /// <summary>The kind of marketing's clock: the hand-over.</summary>
    public const string HandOver = "Handover";

    private const string Met = "Met";
    private const string Breached = "Breached";

    /// <summary>The kinds of sales' clocks, in the order sales meets them.</summary>
    public static readonly string[] SalesKinds = ["Accept", "FirstContact", "Qualify"];

    public static ReportTable Clocks(ReportTables tables)
    {
        var rows = tables.Clocks
            .GroupBy(c => (c.Kind, c.Team))
            .OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Team, StringComparer.Ordinal)
            .Select(g =>
            {
                var met = g.Count(c => c.Status == Met);
                var breached = g.Where(c => c.Status == Breached).Select(c => c.LeadId).ToList();
                return new ReportRow(
                    [g.Key.Kind, g.Key.Team, Statistics.Count(met), Statistics.Count(breached.Count), Statistics.Count(g.Count(c => c.Status == "Open")),
                     Statistics.Count(g.Count(c => c.Status == "Cancelled")), Statistics.Percent(met, met + breached.Count), Statistics.Hours(g.Sum(c => c.PausedMinutes) / 60.0)],
                    breached.Distinct(StringComparer.Ordinal).ToList());
            }).ToList();
        return new ReportTable(
            "clocks",
            ReportWords.ClocksTitle,
            [ReportWords.Kind, ReportWords.Team, ReportWords.Met, ReportWords.Breached, ReportWords.Open, ReportWords.Cancelled, ReportWords.MetPercent, ReportWords.Paused],
            [FigureKind.ClockKind, FigureKind.Text, FigureKind.Number, FigureKind.Number, FigureKind.Number, FigureKind.Number, FigureKind.Number, FigureKind.Hours],
            rows,
            LinkedColumn: 3);
    }

    /// <summary>Sales' promises per rep: each kind's clocks met and breached, and the share of all decided clocks met.</summary>
    public static ReportTable Reps(ReportTables tables)
    {
        var rows = tables.Clocks
            .Where(c => SalesKinds.Contains(c.Kind, StringComparer.Ordinal))
            .GroupBy(c => c.Team, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var cells = new List<string> { g.Key };
                foreach (var kind in SalesKinds)
                {
                    cells.Add(Statistics.Count(g.Count(c => c.Kind == kind && c.Status == Met)));
                    cells.Add(Statistics.Count(g.Count(c => c.Kind == kind && c.Status == Breached)));
                }

                var met = g.Count(c => c.Status == Met);
                cells.Add(Statistics.Percent(met, met + g.Count(c => c.Status == Breached)));
                return new ReportRow(cells, []);
            }).ToList();
        var columns = new List<string> { ReportWords.Rep };
        foreach (var kind in SalesKinds)
        {
            columns.Add($"{ReportWords.ClockKind(kind)} {ReportWords.Met}");
            columns.Add($"{ReportWords.ClockKind(kind)} {ReportWords.Breached}");
        }

        columns.Add(ReportWords.MetPercent);
        return new ReportTable("reps", ReportWords.RepsTitle, columns, [FigureKind.Text, .. Enumerable.Repeat(FigureKind.Number, columns.Count - 1)], rows);
    }

    public static ReportTable ClocksByWeek(ReportTables tables, TimeZoneInfo zone)
    {
        var rows = tables.Clocks
            .Where(c => c.CompletedOn != null && (c.Status == Met || c.Status == Breached))
            .GroupBy(c => ReportZone.WeekOf(zone, c.CompletedOn!.Value))
            .OrderBy(g => g.Key)
            .Select(g => new ReportRow([Day(g.Key), Statistics.Count(g.Count(c => c.Status == Met)), Statistics.Count(g.Count(c => c.Status == Breached))], []))
            .ToList();
        return new ReportTable(
            "clocks-by-week",
            ReportWords.ClocksByWeekTitle(ReportZone.NameOf(zone)),
            [ReportWords.Week, ReportWords.Met, ReportWords.Breached],
            [FigureKind.Day, FigureKind.Number, FigureKind.Number],
            rows);
    }

    public static ReportTable Rejections(ReportTables tables)
    {
        var rows = tables.Transitions
            .Where(t => t.RejectionReason.Length > 0)
            .GroupBy(t => t.RejectionReason, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                // A lead rejected twice for one reason is one lead behind two rejections: the list counts leads.
                var leads = g.Select(t => t.LeadId).Distinct(StringComparer.Ordinal).ToList();
                return new ReportRow([g.Key, Statistics.Count(g.Count()), Statistics.Count(leads.Count)], leads);
            })
            .ToList();
        return new ReportTable(
            "rejections",
            ReportWords.RejectionsTitle,
            [ReportWords.Reason, ReportWords.Rejections, ReportWords.Leads],
            [FigureKind.Text, FigureKind.Number, FigureKind.Number],
            rows,
            LinkedColumn: 2);
    }

    public static ReportTable Commitment(ReportTables tables, TimeZoneInfo zone)
    {
        var promised = tables.Agreements.Sum(a => a.MinLeadsPerMonth);
        var handOvers = tables.Transitions.Where(Stages.IsHandOver).ToLookup(t => ReportZone.MonthOf(zone, t.ChangedOn));
        var months = tables.Leads.Select(l => l.CreatedOn).Concat(tables.Transitions.Select(t => t.ChangedOn)).Select(time => ReportZone.MonthOf(zone, time)).Distinct().Order();
        var rows = months.Select(month =>
        {
            // Each hand-over counts toward the promise, as CheckSlaCompliance counts them; the list names each lead once.
            var handedOver = handOvers[month].Select(t => t.LeadId).ToList();
            var met = promised == 0 ? string.Empty : handedOver.Count >= promised ? ReportWords.Yes : ReportWords.No;
            var local = TimeZoneInfo.ConvertTimeFromUtc(month, zone);
            return new ReportRow(
                [local.ToString("yyyy-MM", CultureInfo.InvariantCulture), Statistics.Count(handedOver.Count), Statistics.Count(promised), met],
                handedOver.Distinct(StringComparer.Ordinal).ToList());
        }).ToList();
        return new ReportTable(
            "commitment",
            ReportWords.CommitmentTitle(ReportZone.NameOf(zone)),
            [ReportWords.Month, ReportWords.HandedOver, ReportWords.Promised, ReportWords.Met],
            [FigureKind.Month, FigureKind.Number, FigureKind.Number, FigureKind.Text],
            rows,
            LinkedColumn: 1);
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
