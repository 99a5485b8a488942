using System.CommandLine.Parsing;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// The time zone a report counts its months and weeks in: the agreements' zone (agreements.csv, column
/// <c>timezone</c>), as <c>CheckSlaCompliance</c> counts marketing's month in it — so a hand-over at 00:30 Berlin on
/// 1 April is April in both. An export without zones (written before the column existed) counts in UTC.
/// </summary>
public static class ReportZone
{
    /// <summary>The zone of the agreements, or <paramref name="chosen"/> when given.</summary>
    /// <exception cref="CsvFileException">The agreements name more than one zone and none was chosen, or their zone is unknown.</exception>
    public static TimeZoneInfo Of(ReportTables tables, TimeZoneInfo? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (chosen != null)
        {
            return chosen;
        }

        var named = tables.Agreements.Select(a => a.TimeZone.Trim()).Where(zone => zone.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return named.Count switch
        {
            0 => TimeZoneInfo.Utc,
            1 => AgreementTimeZone.Find(named[0], out _) ?? throw new CsvFileException(ReportCsv.AgreementsFile, UserLanguage.Pick(
                $"the agreements' time zone '{named[0]}' is unknown on this machine; the report counts months and weeks in it. Give a zone with --timezone, e.g. 'W. Europe Standard Time'.",
                $"die Zeitzone '{named[0]}' der Vereinbarungen ist auf diesem Rechner unbekannt; der Bericht zählt Monate und Wochen darin. Geben Sie eine Zone mit --timezone an, z. B. 'W. Europe Standard Time'.")),
            _ => throw new CsvFileException(ReportCsv.AgreementsFile, UserLanguage.Pick(
                $"the agreements name {named.Count} time zones ({string.Join(", ", named)}); a report counts its months and weeks in one. Give the zone with --timezone, or report each market's export on its own.",
                $"die Vereinbarungen nennen {named.Count} Zeitzonen ({string.Join(", ", named)}); ein Bericht zählt Monate und Wochen in einer. Geben Sie die Zone mit --timezone an, oder erstellen Sie je Markt einen eigenen Bericht.")),
        };
    }

    /// <summary>The zone a <c>--timezone</c> option names (a Windows time zone id); an unknown id is a usage error.</summary>
    public static TimeZoneInfo? Parse(ArgumentResult argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var id = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
        var zone = AgreementTimeZone.Find(id, out _);
        if (zone == null)
        {
            argument.AddError(UserLanguage.Pick(
                $"The time zone '{id}' is unknown. Give a Windows time zone id such as 'W. Europe Standard Time'.",
                $"Die Zeitzone '{id}' ist unbekannt. Geben Sie eine Windows-Zeitzonen-ID an, z. B. 'W. Europe Standard Time'."));
        }

        return zone;
    }

    /// <summary>The local calendar month a moment falls in, as its first instant (UTC) — the month marketing's minimum counts in.</summary>
    public static DateTime MonthOf(TimeZoneInfo zone, DateTime utc) => HandOverMonth.Of(zone, utc).StartsOnUtc;

    /// <summary>The local date of the Monday that starts the week a moment falls in.</summary>
    public static DateTime WeekOf(TimeZoneInfo zone, DateTime utc)
    {
        var day = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).Date;
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>The name the tables give the zone: its Windows id, "UTC" for UTC.</summary>
    public static string NameOf(TimeZoneInfo zone) => zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;
}
