using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Cli.Tests.Agreement.Reporting;
using CrmLeadSla.Cli.Tests.Learning.Calibration;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Tests.CsvFiles;

/// <summary>The commands on files as German Excel saves them: Windows-1252, semicolons, decimal commas, day-first dates.</summary>
public class GermanExcelFileTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly string[] Companies = ["Müller & Söhne GmbH", "Bäckerei Jörg", "Straßenbau Weiß AG", "Contoso Ltd"];

    private readonly string folder = Directory.CreateTempSubdirectory("german-excel-").FullName;

    [Fact]
    public void A_history_from_German_Excel_calibrates_to_the_same_model_as_its_UTF_8_comma_twin()
    {
        var leads = SyntheticHistory.Draw(1500, seed: 11).Select((lead, index) => lead with
        {
            Columns = lead.Columns
                .With("companyname", ColumnValue.Text(Companies[index % Companies.Length]))
                .With("revenue", ColumnValue.Number(125000.5m * (1 + (index % 7)))),
        }).ToArray();
        var plain = Path.Combine(folder, "history.csv");
        HistoryFile.Write(plain, CsvStyle.Plain, leads);
        var german = Path.Combine(folder, "historie.csv");
        File.WriteAllBytes(german, AsGermanExcelSavesIt(writer => HistoryFile.Write(writer, leads)));

        var fromPlain = CommandLineRun.Of("calibrate", "--history", plain, "--out", Path.Combine(folder, "plain.json"));
        var fromGerman = CommandLineRun.Of("calibrate", "--history", german, "--out", Path.Combine(folder, "german.json"));

        Assert.Equal((0, 0), (fromPlain.ExitCode, fromGerman.ExitCode));
        Assert.Contains("historie.csv: read as Windows-1252, columns separated by semicolon (';') (detected), decimal commas read.", fromGerman.Error, StringComparison.Ordinal);
        Assert.Contains(";125000,5;", CodePages.Windows1252.GetString(File.ReadAllBytes(german)), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "plain.json")), File.ReadAllText(Path.Combine(folder, "german.json")));
    }

    [Fact]
    public void The_report_of_a_Windows_1252_export_shows_the_names_with_their_umlauts()
    {
        var export = Path.Combine(folder, "export");
        var tables = new ExportBuilder().Lead("Jörg Müller", 3, "Inquiry", "MQL").Lead("Ann", 2, "Inquiry").Build();
        ReportCsv.Write(tables, export, CsvStyle.Excel(German));
        foreach (var file in Directory.GetFiles(export, "*.csv"))
        {
            File.WriteAllBytes(file, CodePages.Windows1252.GetBytes(File.ReadAllText(file, Encoding.UTF8)));
        }

        var run = CommandLineRun.Of("report", "--in", export, "--out", Path.Combine(folder, "report"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("leads.csv: read as Windows-1252", run.Error, StringComparison.Ordinal);
        Assert.Contains("Jörg Müller", WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(folder, "report", ReportOutput.DashboardFile))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_for_Excel_writes_files_that_open_as_columns_with_decimal_commas()
    {
        var export = Path.Combine(folder, "export");
        ReportCsv.Write(new ExportBuilder().Lead("Ann", 3, "Inquiry", "MQL", "SAL").Lead("Ben", 5, "Inquiry", "MQL").Build(), export);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = German;
        CommandLineRun run;
        try
        {
            run = CommandLineRun.Of("report", "--in", export, "--excel");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        var bytes = File.ReadAllBytes(Path.Combine(export, "report-time-in-stage.csv"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("stage;stays;median hours;p90 hours\r\nInquiry;2;3,0;5,0\r\nMQL;1;3,0;3,0\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void A_garbled_history_is_refused_naming_the_file_and_line_with_exit_code_1()
    {
        var path = Path.Combine(folder, "history.csv");
        File.WriteAllBytes(path, [.. CodePages.Windows1252.GetBytes("leadid;createdon;companyname\r\nL-1;02.03.2026 09:00;Jörg\r\n"), .. Encoding.UTF8.GetBytes("L-2;02.03.2026 09:00;Müller\r\n")]);

        var run = CommandLineRun.Of("calibrate", "--history", path, "--out", Path.Combine(folder, "model.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("leadsla calibrate: history.csv line 3: part of the file is UTF-8", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "model.json")));
    }

    [Fact]
    public void A_delimiter_the_reader_does_not_know_is_a_usage_error_with_exit_code_2()
    {
        var path = Path.Combine(folder, "history.csv");
        File.WriteAllText(path, "leadid,createdon\n");

        var run = CommandLineRun.Of("calibrate", "--history", path, "--out", Path.Combine(folder, "model.json"), "--delimiter", "|");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--delimiter '|' is not a column separator this reader knows", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_file_that_does_not_exist_is_a_usage_error_with_exit_code_2()
    {
        var run = CommandLineRun.Of("calibrate", "--history", Path.Combine(folder, "missing.csv"), "--out", Path.Combine(folder, "model.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing.csv", run.Error, StringComparison.Ordinal);
    }

    // German Excel's "CSV (Trennzeichen-getrennt)": Windows-1252 without byte order mark, ';', decimal commas and
    // times as its cells show them, to the minute.
    private static byte[] AsGermanExcelSavesIt(Action<CsvSheetWriter> write)
    {
        using var text = new StringWriter();
        using (var sheet = CsvSheetWriter.To(text, CsvStyle.Excel(German)))
        {
            write(sheet);
        }

        var toTheMinute = Regex.Replace(text.ToString(), @"(\d\d\.\d\d\.\d{4} \d\d:\d\d):00\b", "$1");
        return CodePages.Windows1252.GetBytes(toTheMinute);
    }
}
