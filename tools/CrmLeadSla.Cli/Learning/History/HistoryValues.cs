using System.Globalization;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.History;

/// <summary>
/// How values are written in a history file: numbers as the file's style writes them (a dot, or for Excel the
/// culture's decimal separator), choices as option values, yes/no as true/false, lookups as GUIDs, times as the
/// style writes them (ISO 8601 in UTC by default). Reading accepts what <see cref="CellValues"/> reads unambiguously.
/// </summary>
public static class HistoryValues
{
    /// <summary>A column's value from its text; null when the text is empty. Throws <see cref="FormatException"/> with the fix.</summary>
    public static ColumnValue? Read(string text, ColumnDefinition column, CellValues values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(values);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        switch (column.Kind)
        {
            case ColumnKind.Number:
                return ColumnValue.Number(values.Number(trimmed));
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

    /// <summary>A column's value as a cell; empty for no value.</summary>
    public static CsvCell Cell(ColumnValue? value) => value switch
    {
        null => CsvCell.Empty,
        TextValue text => CsvCell.Text(text.Value),
        NumberValue number => CsvCell.Number(number.Value),
        OptionValue option => CsvCell.Number(option.Value),
        BooleanValue boolean => CsvCell.Text(boolean.Value ? "true" : "false"),
        LookupValue lookup => CsvCell.Text(lookup.Id.ToString("D")),
        _ => throw new ArgumentException($"A value of kind {value.Kind} cannot be written to a history file.", nameof(value)),
    };

    /// <summary>A UTC time from ISO 8601 text with a zone (Z or an offset, converted to UTC); throws <see cref="FormatException"/> naming <paramref name="what"/>.</summary>
    public static DateTime Moment(string text, string what) =>
        CellValues.IsoMoment(text)
        ?? throw new FormatException($"{what} '{text.Trim()}' is not an ISO 8601 time with a zone; write it in UTC, such as 2026-03-02T09:00:00Z.");

    /// <summary>A UTC time as ISO 8601 with 'Z', with fractions of a second only when it has them.</summary>
    public static string Write(DateTime moment) =>
        DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString(CsvStyle.Plain.TimeFormat(precise: true), CultureInfo.InvariantCulture);
}
