using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Agreement.Reporting;

namespace CrmLeadSla.Cli.Tests.Agreement.Reporting;

public class FunnelReportTests
{
    [Fact]
    public void Conversion_is_the_share_of_leads_reaching_a_stage_that_reach_the_next()
    {
        var tables = new ExportBuilder()
            .Lead("Ann", 1, "Inquiry", "MQL", "SAL")
            .Lead("Ben", 1, "Inquiry", "MQL", "Nurture:No budget")
            .Lead("Cem", 1, "Inquiry", "MQL", "SAL", "SQL")
            .Lead("Dora", 1, "Inquiry")
            .Build();

        var funnel = FunnelReport.Of(tables, "t").Table("funnel");

        Assert.Equal(["MQL", "0", "3", "66.7"], Row(funnel, "MQL"));
        Assert.Equal(["Inquiry", "1", "4", "75.0"], Row(funnel, "Inquiry"));
    }

    [Fact]
    public void A_handed_over_lead_sales_never_accepted_rejected_or_returned_counts_as_never_worked()
    {
        var tables = new ExportBuilder()
            .Lead("Ann", 1, "Inquiry", "MQL", "SAL")
            .Lead("Ben", 1, "Inquiry", "MQL")
            .Lead("Cem", 1, "Inquiry", "MQL", "Excluded")
            .Lead("Dora", 1, "Inquiry")
            .Build();

        var neverWorked = FunnelReport.Of(tables, "t").Table("never-worked").Rows.Single();

        Assert.Equal(["3", "2", "66.7"], neverWorked.Cells);
        Assert.Equal(["lead-2", "lead-3"], neverWorked.LeadIds);
    }

    [Fact]
    public void Time_in_stage_gives_the_median_and_the_90th_percentile_of_stays_that_ended()
    {
        var builder = new ExportBuilder();
        for (var hours = 1; hours <= 10; hours++)
        {
            builder.Lead($"Lead {hours}", hours, "Inquiry", "MQL");
        }

        var mql = Row(FunnelReport.Of(builder.Build(), "t").Table("time-in-stage"), "Inquiry");

        Assert.Equal(["Inquiry", "10", "5.0", "9.0"], mql);
    }

    [Fact]
    public void Rejections_are_counted_by_agreed_reason_most_frequent_first()
    {
        var tables = new ExportBuilder()
            .Lead("Ann", 1, "Inquiry", "MQL", "Nurture:Too early")
            .Lead("Ben", 1, "Inquiry", "MQL", "Disqualified:Not a fit")
            .Lead("Cem", 1, "Inquiry", "MQL", "Nurture:Too early")
            .Build();

        var rejections = FunnelReport.Of(tables, "t").Table("rejections");

        Assert.Equal([["Too early", "2", "2"], ["Not a fit", "1", "1"]], rejections.Rows.Select(r => r.Cells));
    }

    [Fact]
    public void A_lead_rejected_twice_for_one_reason_is_two_rejections_of_one_lead_and_listed_once()
    {
        var tables = new ExportBuilder().Lead("Ann", 1, "Inquiry", "MQL", "Nurture:Too early", "MQL", "Nurture:Too early").Build();

        var reason = FunnelReport.Of(tables, "t").Table("rejections").Rows.Single();

        Assert.Equal(["Too early", "2", "1"], reason.Cells);
        Assert.Equal(["lead-1"], reason.LeadIds);
    }

    [Fact]
    public void Each_rep_gets_a_row_of_clocks_met_and_breached_per_promise_without_marketings_hand_overs()
    {
        var tables = new ExportBuilder()
            .Clock("Accept", "Sam Sales", "Met", ExportBuilder.Start)
            .Clock("Accept", "Sam Sales", "Breached", ExportBuilder.Start)
            .Clock("FirstContact", "Sam Sales", "Met", ExportBuilder.Start)
            .Clock("Qualify", "Kim Keller", "Breached", ExportBuilder.Start)
            .Clock("Handover", "Marketing", "Met", ExportBuilder.Start)
            .Build();

        var reps = FunnelReport.Of(tables, "t").Table("reps");

        Assert.Equal([["Kim Keller", "0", "0", "0", "0", "0", "1", "0.0"], ["Sam Sales", "1", "1", "1", "0", "0", "0", "66.7"]], reps.Rows.Select(r => r.Cells));
    }

    [Fact]
    public void A_breached_clock_list_names_each_lead_once_however_many_of_its_clocks_breached()
    {
        var tables = new ExportBuilder()
            .Lead("Ann", 1, "Inquiry", "MQL")
            .Clock("Accept", "Sam Sales", "Breached", ExportBuilder.Start)
            .Clock("Accept", "Sam Sales", "Breached", ExportBuilder.Start.AddDays(1))
            .Build();

        var accept = FunnelReport.Of(tables, "t").Table("clocks").Rows.Single();

        Assert.Equal("2", accept.Cells[3]);
        Assert.Equal(["lead-1"], accept.LeadIds);
    }

    [Fact]
    public void Clocks_are_counted_met_and_breached_per_kind_and_team()
    {
        var tables = new ExportBuilder()
            .Lead("Ann", 1, "Inquiry", "MQL")
            .Clock("Accept", "Sam Sales", "Met", ExportBuilder.Start.AddHours(2))
            .Clock("Accept", "Sam Sales", "Breached", ExportBuilder.Start.AddHours(8))
            .Clock("Accept", "Sam Sales", "Open")
            .Clock("Handover", "Marketing", "Met", ExportBuilder.Start)
            .Build();

        var clocks = FunnelReport.Of(tables, "t").Table("clocks");

        Assert.Equal(["Accept", "Sam Sales", "1", "1", "1", "0", "50.0", "0.0"], Row(clocks, "Accept"));
        Assert.Equal(["Handover", "Marketing", "1", "0", "0", "0", "100.0", "0.0"], Row(clocks, "Handover"));
    }

    [Fact]
    public void The_clocks_table_adds_up_the_business_time_each_kind_stood_paused_waiting_on_the_customer()
    {
        var tables = new ExportBuilder()
            .Lead("Ann", 1, "Inquiry", "MQL")
            .Clock("Accept", "Sam Sales", "Met", ExportBuilder.Start.AddHours(2), pausedMinutes: 180)
            .Clock("Accept", "Sam Sales", "Breached", ExportBuilder.Start.AddHours(8), pausedMinutes: 45)
            .Build();

        var accept = Row(FunnelReport.Of(tables, "t").Table("clocks"), "Accept");

        Assert.Equal("3.8", accept[^1]);
    }

    [Fact]
    public void A_history_row_from_MQL_to_MQL_is_no_hand_over_in_marketings_commitment()
    {
        // A correction or a reassignment is recorded at the stage the lead stands at.
        var tables = new ExportBuilder().Lead("Ann", "A", 60, ExportBuilder.Start, 1, "Inquiry", "MQL", "MQL").Promise(2).Build();

        var months = FunnelReport.Of(tables, "t").Table("commitment").Rows.Select(r => r.Cells).ToList();

        Assert.Equal([["2026-03", "1", "2", "no"]], months);
    }

    [Fact]
    public void A_month_with_fewer_hand_overs_than_promised_misses_marketings_commitment()
    {
        var tables = new ExportBuilder()
            .Lead("Ann", "A", 60, ExportBuilder.Start, 1, "Inquiry", "MQL")
            .Lead("Ben", "A", 60, ExportBuilder.Start, 1, "Inquiry", "MQL")
            .Lead("Cem", "A", 60, ExportBuilder.Start.AddMonths(1), 1, "Inquiry", "MQL")
            .Promise(2)
            .Build();

        var months = FunnelReport.Of(tables, "t").Table("commitment").Rows.Select(r => r.Cells).ToList();

        Assert.Equal([["2026-03", "2", "2", "yes"], ["2026-04", "1", "2", "no"]], months);
    }

    [Theory]
    [InlineData(22, 30, "2026-04")]
    [InlineData(21, 59, "2026-03")]
    public void Months_count_in_the_agreements_zone(int utcHour, int minute, string month)
    {
        // 31 March 22:30 UTC is 00:30 on 1 April in Berlin; 21:59 UTC is still 31 March there.
        var tables = new ExportBuilder()
            .Lead("Ann", "A", 60, new DateTime(2026, 3, 31, utcHour, minute, 0, DateTimeKind.Utc), 0, "MQL")
            .Promise(1, "W. Europe Standard Time")
            .Build();

        var months = FunnelReport.Of(tables, "t").Table("commitment").Rows.Select(r => r.Cells[0]).ToList();

        Assert.Equal([month], months);
    }

    [Fact]
    public void Weeks_start_on_Monday_in_the_agreements_zone()
    {
        // Sunday 29 March 23:30 UTC is Monday 30 March 01:30 in Berlin (summer time).
        var tables = new ExportBuilder()
            .Clock("Accept", "Sam Sales", "Met", new DateTime(2026, 3, 29, 23, 30, 0, DateTimeKind.Utc))
            .Promise(1, "W. Europe Standard Time")
            .Build();

        Assert.Equal("2026-03-30", FunnelReport.Of(tables, "t").Table("clocks-by-week").Rows.Single().Cells[0]);
    }

    [Fact]
    public void Agreements_in_two_zones_are_refused_unless_one_is_chosen()
    {
        var tables = new ExportBuilder().Lead("Ann", 1, "Inquiry", "MQL").Promise(1, "W. Europe Standard Time").Promise(1, "Pacific Standard Time").Build();

        var refusal = Assert.Throws<CsvFileException>(() => FunnelReport.Of(tables, "t"));
        var chosen = FunnelReport.Of(tables, "t", TimeZoneInfo.FindSystemTimeZoneById("Pacific Standard Time")).Table("commitment").Title;

        Assert.Contains("name 2 time zones (W. Europe Standard Time, Pacific Standard Time)", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith("(Pacific Standard Time)", chosen, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_and_behaviour_place_a_lead_in_one_cell_of_the_matrix()
    {
        var tables = new ExportBuilder()
            .Lead("Ann", "A", 55, ExportBuilder.Start, 1, "Inquiry", "MQL", "SAL")
            .Lead("Ben", "C", 12, ExportBuilder.Start, 1, "Inquiry")
            .Build();

        var cells = FunnelReport.Of(tables, "t").Table("grade-behaviour");

        Assert.Equal(["A1", "1", "1", "100.0"], Row(cells, "A1"));
        Assert.Equal(["C3", "1", "0", "0.0"], Row(cells, "C3"));
        Assert.Equal(2, cells.Rows.Sum(r => r.LeadIds.Count));
    }

    [Fact]
    public void Side_by_side_puts_each_key_figure_of_two_runs_in_one_row()
    {
        var with = FunnelReport.Of(new ExportBuilder().Lead("Ann", 1, "Inquiry", "MQL", "SAL").Build(), "with");
        var without = FunnelReport.Of(new ExportBuilder().Lead("Ann", 1, "Inquiry", "MQL").Build(), "without");

        var comparison = FunnelReport.Comparison(with, without);

        Assert.Equal(["figure", "with", "without"], comparison.Columns);
        Assert.Equal(["never worked", "0", "1"], Row(comparison, "never worked"));
    }

    private static IReadOnlyList<string> Row(ReportTable table, string first) => table.Rows.Single(r => r.Cells[0] == first).Cells;
}
