using System.Text.RegularExpressions;
using CrmLeadSla.Cli.Agreement.Reporting;

namespace CrmLeadSla.Cli.Tests.Agreement.Reporting;

public class ReportFormatTests
{
    [Theory]
    [InlineData("1500", "1.500")]
    [InlineData("3.0", "3,0")]
    [InlineData("39.2", "39,2")]
    [UseCulture("de-DE")]
    public void A_German_reader_gets_counts_grouped_by_dots_and_shares_with_a_decimal_comma(string stored, string shown)
    {
        Assert.Equal(shown, ReportFormat.Shown(stored, FigureKind.Number));
    }

    [Theory]
    [InlineData("1500", "1,500")]
    [InlineData("3.0", "3.0")]
    [UseCulture("en-US")]
    public void An_English_reader_gets_counts_grouped_by_commas_and_shares_with_a_decimal_point(string stored, string shown)
    {
        Assert.Equal(shown, ReportFormat.Shown(stored, FigureKind.Number));
    }

    [Theory]
    [InlineData("568.4", "23 T. 16 Std.")]
    [InlineData("48", "2 T.")]
    [InlineData("15.2", "15 Std.")]
    [InlineData("0.5", "30 Min.")]
    [UseCulture("de-DE")]
    public void A_duration_reads_in_days_and_hours_not_in_hours(string hours, string shown)
    {
        Assert.Equal(shown, ReportFormat.Shown(hours, FigureKind.Hours));
    }

    [Fact]
    [UseCulture("en-US")]
    public void A_duration_reads_in_days_and_hours_in_English_too()
    {
        Assert.Equal("23 d 16 h", ReportFormat.Shown("568.4", FigureKind.Hours));
    }

    [Theory]
    [InlineData("de-DE", "30.03.2026", "März 2026", "30.03.")]
    [InlineData("en-US", "3/30/2026", "March 2026", "3/30")]
    public void Days_and_months_read_as_the_readers_culture_writes_them(string culture, string day, string month, string axis)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal(day, ReportFormat.Shown("2026-03-30", FigureKind.Day));
        Assert.Equal(month, ReportFormat.Shown("2026-03", FigureKind.Month));
        Assert.Equal(axis, ReportFormat.DayAndMonth(new DateTime(2026, 3, 30)));
    }

    [Fact]
    [UseCulture("de-DE")]
    public void Stages_and_clock_kinds_read_in_the_readers_language_as_the_solution_words_them()
    {
        Assert.Equal("Anfrage", ReportFormat.Shown("Inquiry", FigureKind.Stage));
        Assert.Equal("Gewonnen", ReportFormat.Shown("Won", FigureKind.Stage));
        Assert.Equal("Erstkontakt", ReportFormat.Shown("FirstContact", FigureKind.ClockKind));
    }

    [Fact]
    [UseCulture("de-DE")]
    public void The_console_summary_prints_the_tables_in_German_with_German_numbers_and_durations()
    {
        var builder = new ExportBuilder();
        for (var lead = 0; lead < 1200; lead++)
        {
            builder.Lead($"Lead {lead}", 30, "Inquiry", "MQL");
        }

        var output = new StringWriter();

        ConsoleSummary.Write(output, FunnelReport.Of(builder.Build(), "mit SLA").Tables);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Contains("Verweildauer je Phase (beendete Aufenthalte)", lines);
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^  Anfrage +1\.200 +1 T\. 6 Std\. +1 T\. 6 Std\.$"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^  MQL +1\.200 +1\.200 +0,0$"));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly IDisposable language;

        public CultureScope(string culture)
        {
            language = UserLanguage.Use(culture[..2]);
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        }

        public void Dispose() => language.Dispose();
    }
}
