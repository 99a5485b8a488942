namespace CrmLeadSla.Cli.Tests.Agreement.Reporting;

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

    [Fact]
    [UseCulture("de-DE")]
    public void The_lists_behind_a_figure_date_a_lead_in_the_agreements_zone()
    {
        // 31 March 22:30 UTC is 1 April 00:30 in Berlin.
        var tables = new ExportBuilder()
            .Lead("Ann", "A", 60, new DateTime(2026, 3, 31, 22, 30, 0, DateTimeKind.Utc), 1, "Inquiry")
            .Promise(1, "W. Europe Standard Time")
            .Build();

        var page = CrmLeadSla.Cli.Agreement.Reporting.Dashboard.Render(CrmLeadSla.Cli.Agreement.Reporting.FunnelReport.Of(tables, "t"), tables, null);

        Assert.Contains("<td class=\"label\">Ann</td><td class=\"label\"></td><td class=\"label\">Sam Sales</td><td class=\"label\">A60</td><td class=\"label\">Anfrage</td><td class=\"label\">01.04.2026</td>", page, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Export(string name, params string[] path)
    {
        var export = Path.Combine(folder, name);
        CrmLeadSla.Cli.Agreement.Reporting.ReportCsv.Write(new ExportBuilder().Lead("Ann", 3, path).Build(), export);
        return export;
    }
}
