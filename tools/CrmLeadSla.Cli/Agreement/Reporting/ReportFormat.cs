using System.Globalization;
using CrmLeadSla.Plugins.Domain.Funnel;

namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>
/// How the report shows a stored figure to its reader — on the console and in the dashboard alike: numbers and dates in
/// the reader's culture (<see cref="CultureInfo.CurrentCulture"/>: 1.500 and 3,0 in German), durations in days and hours,
/// stages and clock kinds in the reader's language. The one place the report formats for people.
/// </summary>
public static class ReportFormat
{
    /// <summary>Whether a kind is a figure (right-aligned, drawn in charts) rather than a label.</summary>
    public static bool IsFigure(FigureKind kind) => kind is FigureKind.Number or FigureKind.Hours;

    /// <summary>A stored cell as the reader sees it; an empty cell stays empty.</summary>
    public static string Shown(string cell, FigureKind kind)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Length == 0)
        {
            return cell;
        }

        return kind switch
        {
            FigureKind.Number => Number(decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture), Decimals(cell)),
            FigureKind.Hours => Duration(double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture)),
            FigureKind.Day => Date(DayOf(cell)),
            FigureKind.Month => Month(DateTime.ParseExact(cell, "yyyy-MM", CultureInfo.InvariantCulture)),
            FigureKind.Stage => Stage(cell),
            FigureKind.ClockKind => ReportWords.ClockKind(cell),
            _ => cell,
        };
    }

    /// <summary>A number with a fixed count of decimals, grouped: 1.500 / 1,500; 3,0 / 3.0.</summary>
    public static string Number(decimal value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>A share in percent with one decimal and the sign: 3,0 %.</summary>
    public static string Percent(decimal value) => ReportWords.Percent(Number(value, 1));

    /// <summary>A duration in whole days and hours (under a day: hours; under an hour: minutes): "23 d 16 h", "23 T. 16 Std.".</summary>
    public static string Duration(double hours)
    {
        var minutes = (long)Math.Round(hours * 60);
        if (minutes < 60)
        {
            return ReportWords.Minutes(minutes);
        }

        var wholeHours = (long)Math.Round(hours);
        return wholeHours < 24 ? ReportWords.Hours(wholeHours) : ReportWords.DaysAndHours(wholeHours / 24, wholeHours % 24);
    }

    /// <summary>A date in the culture's short form: 30.03.2026, 3/30/2026.</summary>
    public static string Date(DateTime day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A date without its year, for axes: 30.03., 3/30.</summary>
    public static string DayAndMonth(DateTime day) => day.ToString(DayMonthNumbers(), CultureInfo.CurrentCulture);

    /// <summary>A month as the culture names it: März 2026, March 2026.</summary>
    public static string Month(DateTime month) => month.ToString("Y", CultureInfo.CurrentCulture);

    /// <summary>A stored day (<c>yyyy-MM-dd</c>) as a date.</summary>
    public static DateTime DayOf(string cell) => DateTime.ParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A stored number as a value for charts.</summary>
    public static double Value(string cell) =>
        cell.Length == 0 ? 0 : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A funnel stage in the reader's language, worded as the plug-ins word it (Anfrage, Gewonnen).</summary>
    public static string Stage(string stage)
    {
        var known = Enum.GetValues<FunnelStage>().Where(s => Stages.NameOf(s) == stage).ToList();
        return known.Count == 1 ? FunnelWording.NameOf(known[0]).In(UserLanguage.Wording) : stage;
    }

    private static int Decimals(string cell)
    {
        var point = cell.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : cell.Length - point - 1;
    }

    // The culture's short date with the year taken out, keeping its order and separators: dd.MM. or M/d.
    private static string DayMonthNumbers()
    {
        var shortDate = CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern;
        var parts = shortDate.Split(CultureInfo.CurrentCulture.DateTimeFormat.DateSeparator);
        var separator = CultureInfo.CurrentCulture.DateTimeFormat.DateSeparator;
        var kept = parts.Where(p => !p.Contains('y', StringComparison.Ordinal)).ToList();
        return separator == "." ? string.Join(".", kept) + "." : string.Join(separator, kept);
    }
}
