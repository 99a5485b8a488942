using System.Globalization;

namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>One cell to write: text, a number or a time, each written as the file's <see cref="CsvStyle"/> says.</summary>
public readonly record struct CsvCell
{
    private CsvCell(CellKind kind, string? text, decimal number, DateTime time)
    {
        Kind = kind;
        TextValue = text;
        NumberValue = number;
        TimeValue = time;
    }

    /// <summary>No value: an empty field.</summary>
    public static CsvCell Empty { get; } = new(CellKind.Text, string.Empty, 0, default);

    internal CellKind Kind { get; }

    internal string? TextValue { get; }

    internal decimal NumberValue { get; }

    internal DateTime TimeValue { get; }

    /// <summary>Text, written as it is (quoted when needed).</summary>
    public static CsvCell Text(string text) => new(CellKind.Text, text, 0, default);

    /// <summary>A number, with the style's decimal separator.</summary>
    public static CsvCell Number(decimal number) => new(CellKind.Number, null, number, default);

    /// <summary>A UTC time to the second.</summary>
    public static CsvCell Time(DateTime utc) => new(CellKind.Time, null, 0, utc);

    /// <summary>A UTC time with its fractions of a second where the style keeps them (the plain style does).</summary>
    public static CsvCell PreciseTime(DateTime utc) => new(CellKind.PreciseTime, null, 0, utc);

    /// <summary>A time, or an empty field for none.</summary>
    public static CsvCell Time(DateTime? utc) => utc is DateTime time ? Time(time) : Empty;

    /// <summary>
    /// A figure as the report prints it (culture-free, e.g. <c>78.9</c>): a number when it is one, so a spreadsheet
    /// gets it with its own decimal separator; text otherwise.
    /// </summary>
    public static CsvCell Figure(string printed) =>
        decimal.TryParse(printed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
        && printed.Length > 0 && printed[0] != '+' && printed[^1] != '.'
            ? Number(number)
            : Text(printed);
}

/// <summary>What a <see cref="CsvCell"/> holds.</summary>
internal enum CellKind
{
    Text,
    Number,
    Time,
    PreciseTime,
}
