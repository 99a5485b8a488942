namespace CrmLeadSla.Cli.Tests.Reporting;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("report-").FullName;

    [Fact]
    public void A_report_with_a_baseline_in_German_shows_both_runs_key_figures_once_and_a_dashboard_comparing_them()
    {
        var with = Export("mit-sla", "Inquiry", "MQL", "SAL");
        var without = Export("ohne-sla", "Inquiry", "MQL");
        var output = Path.Combine(folder, "compared");

        var run = CommandLineRun.Of("report", "--in", with, "--baseline", without, "--out", output, "--lang", "de");

        var dashboard = File.ReadAllText(Path.Combine(output, "dashboard.html"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nebeneinander: mit-sla und ohne-sla", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kennzahlen", run.Output, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", dashboard, StringComparison.Ordinal);
        Assert.Contains("<h1>Lead-SLA-Dashboard: mit-sla im Vergleich zu ohne-sla</h1>", dashboard, StringComparison.Ordinal);
        Assert.Contains("Nie bearbeitet: 0,0 % der übergebenen Leads mit-sla, 100,0 % ohne-sla.", System.Net.WebUtility.HtmlDecode(dashboard), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_in_English_heads_its_csv_files_as_the_console_does_and_says_the_unit_of_a_duration()
    {
        var export = Export("run", "Inquiry", "MQL", "SAL");

        var run = CommandLineRun.Of("report", "--in", export, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  stage    stays  median  p90", run.Output.Split(Environment.NewLine));
        Assert.Equal("stage,stays,median hours,p90 hours", File.ReadLines(Path.Combine(export, "report-time-in-stage.csv")).First());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Export(string name, params string[] path)
    {
        var export = Path.Combine(folder, name);
        CrmLeadSla.Cli.Agreement.Reporting.ReportCsv.Write(new ExportBuilder().Lead("Ann", 3, path).Build(), export);
        return export;
    }
}
