using System.Globalization;
using System.Text;
using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Tests.CsvFiles;

public class CsvWritingTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 5, DateTimeKind.Utc);

    [Fact]
    public void The_Excel_style_writes_a_byte_order_mark_semicolons_decimal_commas_and_German_dates()
    {
        var bytes = Written(CsvStyle.Excel(CultureInfo.GetCultureInfo("de-DE")));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("name;revenue;createdon\r\n\"Müller; Söhne\";1250,5;02.03.2026 09:00:05\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void The_plain_style_writes_UTF_8_without_mark_commas_and_culture_free_values()
    {
        var bytes = Written(CsvStyle.Plain);

        Assert.Equal("name,revenue,createdon\r\nMüller; Söhne,1250.5,2026-03-02T09:00:05Z\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void The_Excel_style_of_a_machine_without_a_language_is_German()
    {
        var style = CsvStyle.Excel(CultureInfo.InvariantCulture);

        Assert.Equal((';', "de-DE"), (style.Separator, style.Culture.Name));
    }

    [Fact]
    public void Text_Excel_would_run_as_a_formula_is_written_as_text_for_Excel()
    {
        var path = Path.GetTempFileName();

        CsvSheetWriter.WriteFile(path, CsvStyle.Excel(CultureInfo.GetCultureInfo("de-DE")), ["name", "points"], [[CsvCell.Text("=HYPERLINK(\"x\")"), CsvCell.Number(-5)]]);

        Assert.EndsWith("\"'=HYPERLINK(\"\"x\"\")\";-5\r\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    private static byte[] Written(CsvStyle style)
    {
        var path = Path.GetTempFileName();
        CsvSheetWriter.WriteFile(path, style, ["name", "revenue", "createdon"], [[CsvCell.Text("Müller; Söhne"), CsvCell.Number(1250.5m), CsvCell.Time(Monday)]]);
        return File.ReadAllBytes(path);
    }
}
