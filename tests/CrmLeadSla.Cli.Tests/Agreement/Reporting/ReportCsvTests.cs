using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Agreement.Reporting;

namespace CrmLeadSla.Cli.Tests.Agreement.Reporting;

public class ReportCsvTests
{
    [Fact]
    public void An_export_read_back_from_its_files_gives_the_same_report()
    {
        var tables = new ExportBuilder()
            .Lead("Ann, \"the first\"", 3, "Inquiry", "MQL", "Nurture:No budget, this year")
            .Lead("Ben", 5, "Inquiry", "MQL", "SAL")
            .Clock("Accept", "Sam Sales", "Met", ExportBuilder.Start.AddHours(3))
            .Promise(5)
            .Build();
        var folder = Directory.CreateTempSubdirectory("export-").FullName;

        ReportCsv.Write(tables, folder);
        var read = ReportCsv.Read(folder);

        Assert.Equal(Figures(FunnelReport.Of(tables, "t")), Figures(FunnelReport.Of(read, "t")));
        Assert.Equal("Ann, \"the first\"", read.Leads[0].Name);
    }

    [Fact]
    public void The_export_carries_the_zone_its_agreements_count_in()
    {
        var folder = Directory.CreateTempSubdirectory("export-").FullName;

        ReportCsv.Write(new ExportBuilder().Lead("Ann", 1, "Inquiry").Promise(3, "W. Europe Standard Time").Build(), folder);

        Assert.Equal("W. Europe Standard Time", ReportCsv.Read(folder).Agreements.Single().TimeZone);
        Assert.Equal("name,minleadspermonth,timezone", File.ReadLines(Path.Combine(folder, ReportCsv.AgreementsFile)).First());
    }

    [Fact]
    public void An_export_written_before_agreements_carried_their_zone_counts_in_UTC()
    {
        var folder = Directory.CreateTempSubdirectory("export-").FullName;
        ReportCsv.Write(new ExportBuilder().Lead("Ann", 1, "Inquiry").Build(), folder);
        File.WriteAllText(Path.Combine(folder, ReportCsv.AgreementsFile), "name,minleadspermonth\r\nLead SLA,3\r\n");

        var read = ReportCsv.Read(folder);

        Assert.Equal(("", "UTC"), (read.Agreements.Single().TimeZone, ReportZone.NameOf(ReportZone.Of(read))));
    }

    [Fact]
    public void An_export_without_clocks_and_agreements_reports_none()
    {
        var folder = Directory.CreateTempSubdirectory("export-").FullName;
        ReportCsv.Write(new ExportBuilder().Lead("Ann", 1, "Inquiry").Build(), folder);
        File.Delete(Path.Combine(folder, ReportCsv.ClocksFile));
        File.Delete(Path.Combine(folder, ReportCsv.AgreementsFile));

        var read = ReportCsv.Read(folder);

        Assert.Empty(read.Clocks);
        Assert.Empty(read.Agreements);
    }

    [Fact]
    public void A_time_in_another_form_is_refused_naming_file_line_and_column()
    {
        var folder = Directory.CreateTempSubdirectory("export-").FullName;
        ReportCsv.Write(new ExportBuilder().Lead("Ann", 1, "Inquiry", "MQL").Build(), folder);
        var path = Path.Combine(folder, ReportCsv.TransitionsFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("2026-03-02T10:00:00Z", "3/2/2026 10:00 AM", StringComparison.Ordinal));

        var error = Assert.Throws<CsvFileException>(() => ReportCsv.Read(folder));

        Assert.StartsWith("transitions.csv line 3, column 4 (changedon): the time '3/2/2026 10:00 AM' is not a time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_leads_is_refused_naming_the_missing_file()
    {
        var folder = Directory.CreateTempSubdirectory("export-").FullName;

        var error = Assert.Throws<CsvFileException>(() => ReportCsv.Read(folder));

        Assert.StartsWith("leads.csv is missing", error.Message, StringComparison.Ordinal);
    }

    private static List<IReadOnlyList<string>> Figures(FunnelReport report) => report.Tables.SelectMany(t => t.Rows.Select(r => r.Cells)).ToList();
}
