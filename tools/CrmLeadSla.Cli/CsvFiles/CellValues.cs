using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>
/// How the cells of one CSV file write numbers and times, and reading them where they are unambiguous.
/// Numbers: a dot for decimals in every file; a decimal comma (and dots grouping thousands, 1.250,5) only in a file
/// whose columns are not separated by commas, as German Excel writes them. Times: ISO 8601 with a zone (Z or an
/// offset); without a zone, ISO 8601 or the German day-first form (02.03.2026 09:00) are taken as UTC, the way
/// <c>--excel</c> writes them.
/// </summary>
public sealed partial class CellValues
{
    private static readonly string[] GermanTimes = ["d.M.yyyy H:mm:ss", "d.M.yyyy H:mm", "d.M.yyyy"];
    private static readonly string[] ZonelessIsoTimes = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    /// <summary>The conventions of a file whose columns are separated by <paramref name="separator"/>.</summary>
    public CellValues(char separator) => DecimalComma = separator != ',';

    /// <summary>The conventions of a comma-separated file: numbers with a dot only.</summary>
    public static CellValues CommaSeparated { get; } = new(',');

    /// <summary>Whether a comma may mark decimals (the file's columns are not separated by commas).</summary>
    public bool DecimalComma { get; }

    /// <summary>A number from trimmed text; throws <see cref="FormatException"/> with the fix.</summary>
    public decimal Number(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (DecimalComma && trimmed.Contains(',', StringComparison.Ordinal) && GermanNumber().IsMatch(trimmed))
        {
            return decimal.Parse(trimmed.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        if (DecimalComma && GroupedThousands().IsMatch(trimmed))
        {
            throw new FormatException(UserLanguage.Pick(
                $"'{trimmed}' could be a number with a thousands dot or with a decimal point; write it without grouping, such as {trimmed.Replace(".", string.Empty, StringComparison.Ordinal)}, or with a decimal comma.",
                $"'{trimmed}' kann eine Zahl mit Tausenderpunkt oder mit Dezimalpunkt sein; schreiben Sie sie ohne Tausenderpunkt, etwa {trimmed.Replace(".", string.Empty, StringComparison.Ordinal)}, oder mit Dezimalkomma."));
        }

        if (decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        throw new FormatException(DecimalComma
            ? UserLanguage.Pick(
                $"'{trimmed}' is not a number; write it with a decimal comma or dot and no other signs, such as 250000,50.",
                $"'{trimmed}' ist keine Zahl; schreiben Sie sie mit Dezimalkomma oder -punkt und ohne weitere Zeichen, etwa 250000,50.")
            : UserLanguage.Pick(
                $"'{trimmed}' is not a number; write it with a dot for decimals and no thousands separator, such as 250000.50" +
                (trimmed.Contains(',', StringComparison.Ordinal) ? " (decimal commas are read in files separated by ';')." : "."),
                $"'{trimmed}' ist keine Zahl; schreiben Sie sie mit Dezimalpunkt und ohne Tausendertrennzeichen, etwa 250000.50" +
                (trimmed.Contains(',', StringComparison.Ordinal) ? " (Dezimalkommas werden in Dateien gelesen, deren Spalten durch ';' getrennt sind)." : ".")));
    }

    /// <summary>A whole number from trimmed text; throws <see cref="FormatException"/> with the fix.</summary>
    public int WholeNumber(string text)
    {
        var number = Number(text);
        return number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new FormatException(UserLanguage.Pick($"'{text.Trim()}' is not a whole number.", $"'{text.Trim()}' ist keine ganze Zahl."));
    }

    /// <summary>A UTC time from trimmed text; throws <see cref="FormatException"/> naming <paramref name="what"/>.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="what">What the time is, for the message (e.g. "the creation time").</param>
    public static DateTime Time(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (IsoMoment(trimmed) is DateTime zoned)
        {
            return zoned;
        }

        if (DateTime.TryParseExact(trimmed, ZonelessIsoTimes, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso)
            || DateTime.TryParseExact(trimmed, GermanTimes, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out iso))
        {
            return DateTime.SpecifyKind(iso, DateTimeKind.Utc);
        }

        throw new FormatException(UserLanguage.Pick(
            $"{what} '{trimmed}' is not a time this file format reads without doubt; write it as 2026-03-02T09:00:00Z or 02.03.2026 09:00 (UTC).",
            $"{what} '{trimmed}' ist keine Zeit, die dieses Format zweifelsfrei liest; schreiben Sie sie als 2026-03-02T09:00:00Z oder 02.03.2026 09:00 (UTC)."));
    }

    /// <summary>A UTC time from ISO 8601 text with a zone (Z or an offset, converted to UTC); null for any other text.</summary>
    public static DateTime? IsoMoment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var hasZone = trimmed.EndsWith('Z') || trimmed.EndsWith('z') || (trimmed.Length > 6 && (trimmed[^6] == '+' || trimmed[^6] == '-') && trimmed[^3] == ':');
        return hasZone && trimmed.Length >= 10 && trimmed[4] == '-' && DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var moment)
            ? DateTime.SpecifyKind(moment, DateTimeKind.Utc)
            : null;
    }

    [GeneratedRegex(@"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")]
    private static partial Regex GermanNumber();

    [GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})+$")]
    private static partial Regex GroupedThousands();
}
