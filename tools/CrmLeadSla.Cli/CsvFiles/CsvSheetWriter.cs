using CsvHelper;

namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>
/// Writes one CSV file in a <see cref="CsvStyle"/> with CsvHelper: RFC 4180 quoting (a field holding the separator, a
/// quote or a line break is quoted, quotes doubled), CRLF line ends, every row as long as the header.
/// </summary>
public sealed class CsvSheetWriter : IDisposable
{
    private readonly CsvWriter writer;
    private readonly CsvStyle style;

    private CsvSheetWriter(CsvWriter writer, CsvStyle style)
    {
        this.writer = writer;
        this.style = style;
    }

    /// <summary>Creates (or overwrites) a file.</summary>
    public static CsvSheetWriter ToFile(string path, CsvStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return new CsvSheetWriter(CsvWriter.ToFile(path, OptionsOf(style)), style);
    }

    /// <summary>Writes to text (the console); a byte order mark is the text writer's business.</summary>
    public static CsvSheetWriter To(TextWriter text, CsvStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return new CsvSheetWriter(CsvWriter.Create(text, OptionsOf(style), leaveOpen: true), style);
    }

    /// <summary>Writes a file with a header and rows.</summary>
    public static void WriteFile(string path, CsvStyle style, IEnumerable<string> header, IEnumerable<IEnumerable<CsvCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var sheet = ToFile(path, style);
        sheet.Header(header);
        foreach (var row in rows)
        {
            sheet.Row(row);
        }
    }

    /// <summary>Writes the header: the column names.</summary>
    public void Header(IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        writer.WriteHeader([.. columns]);
    }

    /// <summary>Writes one row.</summary>
    public void Row(IEnumerable<CsvCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var cell in cells)
        {
            switch (cell.Kind)
            {
                case CellKind.Number:
                    writer.WriteField(cell.NumberValue, default);
                    break;
                case CellKind.Time:
                case CellKind.PreciseTime:
                    writer.WriteField(DateTime.SpecifyKind(cell.TimeValue, DateTimeKind.Utc), style.TimeFormat(cell.Kind == CellKind.PreciseTime));
                    break;
                default:
                    writer.WriteField(cell.TextValue);
                    break;
            }
        }

        writer.EndRecord();
    }

    /// <summary>Writes what is buffered and closes the file.</summary>
    public void Dispose() => writer.Dispose();

    private static CsvWriterOptions OptionsOf(CsvStyle style) => CsvWriterOptions.Default with
    {
        Separator = style.Separator,
        WriteByteOrderMark = style.ByteOrderMark,
        FormatProvider = style.Culture,
        // Names come from web forms: in Excel a cell starting with = + - @ would run as a formula, so it is kept text.
        Injection = style.ForExcel ? CsvInjection.Escape : CsvInjection.None,
    };
}
