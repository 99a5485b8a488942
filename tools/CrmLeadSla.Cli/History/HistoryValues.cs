using System.Globalization;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.History;

/// <summary>
/// How values are written in a history file, culture-free: numbers with a dot and no thousands separator,
/// choices as option values, yes/no as true/false, lookups as GUIDs, times as ISO 8601 in UTC.
/// </summary>
public static class HistoryValues
{
    /// <summary>A column's value from its text; null when the text is empty. Throws <see cref="FormatException"/> with the fix.</summary>
    public static ColumnValue? Read(string text, ColumnDefinition column)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        switch (column.Kind)
        {
            case ColumnKind.Number:
                return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                    ? ColumnValue.Number(number)
                    : throw new FormatException($"'{trimmed}' is not a number; write it with a dot for decimals and no thousands separator, such as 250000.50.");
            case ColumnKind.OptionSet:
                if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var option))
                {
                    throw new FormatException($"'{trimmed}' is not an option value; write the choice's number, such as 1.");
                }

                return column.OptionValues.Contains(option)
                    ? ColumnValue.Option(option)
                    : throw new FormatException($"{option} is not an option of this choice; use one of {string.Join(", ", column.OptionValues)}.");
            case ColumnKind.Boolean:
                return trimmed.ToUpperInvariant() switch
                {
                    "TRUE" or "1" => ColumnValue.Boolean(true),
                    "FALSE" or "0" => ColumnValue.Boolean(false),
                    _ => throw new FormatException($"'{trimmed}' is not yes/no; write true or false."),
                };
            case ColumnKind.Lookup:
                return Guid.TryParse(trimmed, out var id)
                    ? ColumnValue.Lookup(id)
                    : throw new FormatException($"'{trimmed}' is not a record id; write a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.");
            case ColumnKind.Text:
                return ColumnValue.Text(text);
            default:
                throw new FormatException($"columns of kind {column.Kind} cannot be read from a history file.");
        }
    }

    /// <summary>A column's value as the file writes it; empty for no value.</summary>
    public static string Write(ColumnValue? value) => value switch
    {
        null => string.Empty,
        TextValue text => text.Value,
        NumberValue number => number.Value.ToString(CultureInfo.InvariantCulture),
        OptionValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        BooleanValue boolean => boolean.Value ? "true" : "false",
        LookupValue lookup => lookup.Id.ToString("D"),
        _ => throw new ArgumentException($"A value of kind {value.Kind} cannot be written to a history file.", nameof(value)),
    };

    /// <summary>A UTC time from ISO 8601 text with a zone (Z or an offset, converted to UTC); throws <see cref="FormatException"/> naming <paramref name="what"/>.</summary>
    public static DateTime Moment(string text, string what)
    {
        var trimmed = text.Trim();
        var hasZone = trimmed.EndsWith('Z') || trimmed.EndsWith('z') || (trimmed.Length > 6 && (trimmed[^6] == '+' || trimmed[^6] == '-') && trimmed[^3] == ':');
        if (hasZone && DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return DateTime.SpecifyKind(moment, DateTimeKind.Utc);
        }

        throw new FormatException($"{what} '{trimmed}' is not an ISO 8601 time with a zone; write it in UTC, such as 2026-03-02T09:00:00Z.");
    }

    /// <summary>A UTC time as ISO 8601 with 'Z', with fractions of a second only when it has them.</summary>
    public static string Write(DateTime moment) =>
        DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
