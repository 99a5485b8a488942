using System.Globalization;

namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>
/// How CSV files are written. <see cref="Plain"/>, the default, is what other tools expect: UTF-8 without byte order
/// mark, commas, numbers with a dot, times in ISO 8601 UTC. <see cref="Excel"/> is what Excel opens as columns in the
/// user's language: UTF-8 with byte order mark, the culture's list separator (';' in German), the culture's decimal
/// separator and dates day-first where the culture writes them so (02.03.2026 09:00:00, still UTC).
/// </summary>
public sealed record CsvStyle
{
    private CsvStyle(char separator, bool byteOrderMark, CultureInfo culture, bool forExcel)
    {
        Separator = separator;
        ByteOrderMark = byteOrderMark;
        Culture = culture;
        ForExcel = forExcel;
    }

    /// <summary>The default: UTF-8 without byte order mark, commas, culture-free values.</summary>
    public static CsvStyle Plain { get; } = new(',', false, CultureInfo.InvariantCulture, false);

    /// <summary>The column separator.</summary>
    public char Separator { get; }

    /// <summary>Whether files start with the UTF-8 byte order mark, by which Excel recognises UTF-8.</summary>
    public bool ByteOrderMark { get; }

    /// <summary>The culture numbers and times are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Whether the files are meant for Excel: text that Excel would run as a formula is kept text.</summary>
    public bool ForExcel { get; }

    /// <summary>
    /// Excel's style for <paramref name="culture"/>; the invariant culture (a machine without a language set) stands for
    /// German, the language of the agreement's users.
    /// </summary>
    public static CsvStyle Excel(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var chosen = culture.Equals(CultureInfo.InvariantCulture) ? CultureInfo.GetCultureInfo("de-DE") : culture;
        var list = chosen.TextInfo.ListSeparator;
        var separator = list is "," or ";" or "\t" && list != chosen.NumberFormat.NumberDecimalSeparator ? list[0] : ';';
        return new CsvStyle(separator, true, chosen, true);
    }

    /// <summary>The format of a time: ISO 8601 with Z (with fractions of a second when <paramref name="precise"/>), or for Excel the culture's day-first date when it has one, else ISO 8601 with a space, which Excel reads in every language.</summary>
    public string TimeFormat(bool precise)
    {
        if (!ForExcel)
        {
            return precise ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss'Z'";
        }

        var date = Culture.DateTimeFormat.ShortDatePattern;
        return date.StartsWith('d') && date.Contains('.', StringComparison.Ordinal) ? "dd.MM.yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss";
    }
}
