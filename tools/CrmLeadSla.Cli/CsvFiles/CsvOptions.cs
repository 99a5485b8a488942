using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>
/// The CSV options of the commands that read or write CSV files, declared once: <c>--delimiter</c> for the files a
/// command reads, <c>--excel</c> for the files it writes.
/// </summary>
public sealed class CsvOptions
{
    /// <summary>The column separator of the files read; detected when not given.</summary>
    public Option<char?> Delimiter { get; } = new("--delimiter")
    {
        Description = UserLanguage.Pick(
            "The column separator of the CSV files read: ',', ';' or tab (default: detected).",
            "Das Spaltentrennzeichen der gelesenen CSV-Dateien: ',', ';' oder tab (Standard: erkannt)."),
        CustomParser = SeparatorOf,
    };

    /// <summary>Whether the files written are for Excel.</summary>
    public Option<bool> Excel { get; } = new("--excel")
    {
        Description = UserLanguage.Pick(
            "Write CSV files as Excel opens them in your language: UTF-8 with byte order mark, ';' in German, decimal comma, dates day-first. Default: UTF-8, commas, culture-free values.",
            "CSV-Dateien so schreiben, wie Excel sie in Ihrer Sprache öffnet: UTF-8 mit Byte-Order-Mark, ';' auf Deutsch, Dezimalkomma, Datum Tag zuerst. Standard: UTF-8, Kommas, kulturunabhängige Werte."),
    };

    /// <summary>How the command reads CSV files: the separator given, notices on the command's error output.</summary>
    public CsvInput InputOf(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CsvInput(result.GetValue(Delimiter), result.InvocationConfiguration.Error);
    }

    /// <summary>How the command writes CSV files: for Excel in the current culture, or plain.</summary>
    public CsvStyle StyleOf(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.GetValue(Excel) ? CsvStyle.Excel(CultureInfo.CurrentCulture) : CsvStyle.Plain;
    }

    private static char? SeparatorOf(ArgumentResult argument)
    {
        var text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
        switch (text.ToUpperInvariant())
        {
            case ",":
            case "COMMA":
                return ',';
            case ";":
            case "SEMICOLON":
                return ';';
            case "\t":
            case "\\T":
            case "TAB":
                return '\t';
            default:
                argument.AddError(UserLanguage.Pick(
                    $"--delimiter '{text}' is not a column separator this reader knows; give ',', ';' or tab.",
                    $"--delimiter '{text}' ist kein Spaltentrennzeichen, das dieser Leser kennt; geben Sie ',', ';' oder tab an."));
                return null;
        }
    }
}
