using System.Globalization;

namespace CrmLeadSla.Cli.Reporting;

/// <summary>The agreement's tables: clocks per kind and team and over time, rejections by reason, marketing's monthly commitment.</summary>
internal static class AgreementFigures
{
    private const string Met = "Met";
    private const string Breached = "Breached";

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
                     Statistics.Count(g.Count(c => c.Status == "Cancelled")), Statistics.Percent(met, met + breached.Count)],
                    breached);
            }).ToList();
        return new ReportTable("clocks", "SLA clocks per kind and team", ["kind", "team", "met", "breached", "open", "cancelled", "met %"], rows, LinkedColumn: 3);
    }

    public static ReportTable ClocksByWeek(ReportTables tables, TimeZoneInfo zone)
    {
        var rows = tables.Clocks
            .Where(c => c.CompletedOn != null && (c.Status == Met || c.Status == Breached))
            .GroupBy(c => ReportZone.WeekOf(zone, c.CompletedOn!.Value))
            .OrderBy(g => g.Key)
            .Select(g => new ReportRow([Day(g.Key), Statistics.Count(g.Count(c => c.Status == Met)), Statistics.Count(g.Count(c => c.Status == Breached))], []))
            .ToList();
        return new ReportTable("clocks-by-week", $"SLA clocks met and breached per week (week starting Monday, {ReportZone.NameOf(zone)})", ["week", "met", "breached"], rows);
    }

    public static ReportTable Rejections(ReportTables tables)
    {
        var rows = tables.Transitions
            .Where(t => t.RejectionReason.Length > 0)
            .GroupBy(t => t.RejectionReason, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportRow([g.Key, Statistics.Count(g.Count())], g.Select(t => t.LeadId).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        return new ReportTable("rejections", "Rejections by agreed reason", ["reason", "rejections"], rows, LinkedColumn: 1);
    }

    public static ReportTable Commitment(ReportTables tables, TimeZoneInfo zone)
    {
        var promised = tables.Agreements.Sum(a => a.MinLeadsPerMonth);
        var handOvers = tables.Transitions.Where(Stages.IsHandOver).ToLookup(t => ReportZone.MonthOf(zone, t.ChangedOn));
        var months = tables.Leads.Select(l => l.CreatedOn).Concat(tables.Transitions.Select(t => t.ChangedOn)).Select(time => ReportZone.MonthOf(zone, time)).Distinct().Order();
        var rows = months.Select(month =>
        {
            var handedOver = handOvers[month].Select(t => t.LeadId).ToList();
            var met = promised == 0 ? string.Empty : handedOver.Count >= promised ? "yes" : "no";
            var local = TimeZoneInfo.ConvertTimeFromUtc(month, zone);
            return new ReportRow([local.ToString("yyyy-MM", CultureInfo.InvariantCulture), Statistics.Count(handedOver.Count), Statistics.Count(promised), met], handedOver);
        }).ToList();
        return new ReportTable("commitment", $"Marketing's monthly commitment: leads handed over per month ({ReportZone.NameOf(zone)})", ["month", "handed over", "promised", "met"], rows, LinkedColumn: 1);
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
