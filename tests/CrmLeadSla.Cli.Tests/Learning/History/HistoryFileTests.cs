using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Cli.Tests.Learning.History;

public class HistoryFileTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_written_history_reads_back_with_the_same_columns_interactions_and_outcome()
    {
        var lead = new HistoryLead(
            "L-1",
            Monday,
            ColumnValues.None
                .With("jobtitle", ColumnValue.Text("Head of Development, \"EMEA\""))
                .With("numberofemployees", ColumnValue.Number(800))
                .With("revenue", ColumnValue.Number(1250000.5m))
                .With("industrycode", ColumnValue.Option(7))
                .With("decisionmaker", ColumnValue.Boolean(true)),
            [
                new Interaction(InteractionType.WebinarAttendance, Monday.AddHours(1)),
                new Interaction(InteractionType.WebsiteVisit, Monday.AddDays(1).AddTicks(5))
                {
                    Columns = ColumnValues.None.With(InteractionSchema.Url, ColumnValue.Text("https://x.example/pricing?a=1;b=%20 c")),
                },
            ],
            LeadOutcome.Won) { AsOf = Monday.AddDays(2) };

        var read = Single(Written(lead));

        Assert.Equal(lead.LeadId, read.LeadId);
        Assert.Equal(lead.CreatedOn, read.CreatedOn);
        Assert.Equal(lead.AsOf, read.AsOf);
        Assert.Equal(LeadOutcome.Won, read.Outcome);
        foreach (var column in new[] { "jobtitle", "numberofemployees", "revenue", "industrycode", "decisionmaker" })
        {
            Assert.Equal(lead.Columns.ValueOf(column), read.Columns.ValueOf(column));
        }

        Assert.Null(read.Columns.ValueOf("budgetamount"));
        Assert.Equal(lead.Interactions.Select(i => (i.Type, i.OccurredOn)), read.Interactions.Select(i => (i.Type, i.OccurredOn)));
        Assert.Equal(lead.Interactions[1].Columns.ValueOf(InteractionSchema.Url), read.Interactions[1].Columns.ValueOf(InteractionSchema.Url));
    }

    [Fact]
    public void Times_with_an_offset_are_read_as_UTC()
    {
        var read = Single("leadid,createdon\r\nL-1,2026-03-02T10:00:00+01:00\r\n");

        Assert.Equal(Monday, read.CreatedOn);
        Assert.Equal(DateTimeKind.Utc, read.CreatedOn.Kind);
    }

    [Fact]
    public void A_file_without_an_outcome_column_reads_every_lead_as_open()
    {
        var read = Single("leadid,createdon,jobtitle\r\nL-1,2026-03-02T09:00:00Z,CTO\r\n");

        Assert.Equal(LeadOutcome.Open, read.Outcome);
        Assert.False(read.Decided);
    }

    [Fact]
    public void A_number_that_is_not_one_is_refused_with_its_line_and_column()
    {
        var error = Refused("leadid,createdon,numberofemployees\nL-1,2026-03-02T09:00:00Z,800\nL-2,2026-03-02T09:00:00Z,\"1,000\"\n");

        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.StartsWith("Line 3, column 3 (numberofemployees): '1,000' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_inside_a_quoted_field_counts_for_the_lines_that_follow()
    {
        var error = Refused("leadid,createdon,jobtitle,outcome\nL-1,2026-03-02T09:00:00Z,\"Head of\nDevelopment\",won\nL-2,2026-03-02T09:00:00Z,CTO,maybe\n");

        Assert.Equal((4, 4), (error.Line, error.Column));
        Assert.Contains("write won, sql, none or open", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_field_after_a_line_break_in_the_same_row_is_placed_on_the_line_it_starts()
    {
        var error = Refused("leadid,createdon,jobtitle,outcome\nL-1,2026-03-02T09:00:00Z,\"Head of\nDevelopment\",maybe\n");

        Assert.Equal((3, 4), (error.Line, error.Column));
    }

    [Fact]
    public void A_quoted_field_that_is_never_closed_is_refused_where_it_starts()
    {
        var error = Refused("leadid,createdon,jobtitle\nL-1,2026-03-02T09:00:00Z,\"CTO\n");

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_quote_inside_a_field_is_refused()
    {
        var error = Refused("leadid,createdon,jobtitle\nL-1,2026-03-02T09:00:00Z,\"CTO\" Berlin\n");

        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_column_in_the_header_is_refused_with_the_columns_that_are_known()
    {
        var error = Refused("leadid,createdon,employees\n");

        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Contains("numberofemployees", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_that_could_be_day_or_month_first_is_refused()
    {
        var error = Refused("leadid,createdon\nL-1,03/02/2026 09:00\n");

        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("2026-03-02T09:00:00Z or 02.03.2026 09:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_without_a_zone_in_ISO_or_German_form_are_read_as_UTC()
    {
        var leads = Read("leadid;createdon;asof\nL-1;2026-03-02 09:00;02.03.2026 09:00:00\nL-2;2.3.2026 9:00;\n");

        Assert.All(leads, lead => Assert.Equal(Monday, lead.CreatedOn));
        Assert.Equal(Monday, leads[0].AsOf);
    }

    [Fact]
    public void An_option_value_the_choice_does_not_have_is_refused()
    {
        var error = Refused("leadid,createdon,budgetstatus\nL-1,2026-03-02T09:00:00Z,9\n");

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("use one of 0, 1, 2, 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_interaction_type_is_refused_naming_the_interaction()
    {
        var error = Refused("leadid,createdon,interactions\nL-1,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z WebinarAttendance; 2026-03-02T11:00:00Z Tweet\n");

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("interaction 2 has the type 'Tweet'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_more_fields_than_the_header_is_refused()
    {
        var error = Refused("leadid,createdon,jobtitle\nL-1,2026-03-02T09:00:00Z,Head of Sales, EMEA\n");

        Assert.Equal((2, 0), (error.Line, error.Column));
        Assert.Contains("quote fields that hold a comma", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_that_appears_twice_is_refused()
    {
        var error = Refused("leadid,createdon\nL-1,2026-03-02T09:00:00Z\nL-1,2026-03-03T09:00:00Z\n");

        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("already appears on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_the_creation_time_is_refused()
    {
        var error = Refused("leadid,jobtitle\n");

        Assert.Contains("no column 'createdon'", error.Message, StringComparison.Ordinal);
    }

    private static string Written(params HistoryLead[] leads)
    {
        using var writer = new StringWriter();
        using (var sheet = CsvSheetWriter.To(writer, CsvStyle.Plain))
        {
            HistoryFile.Write(sheet, leads);
        }

        return writer.ToString();
    }

    private static IReadOnlyList<HistoryLead> Read(string csv)
    {
        using var sheet = CsvInput.Detected.ReadText(csv);
        return HistoryFile.Read(sheet);
    }

    private static HistoryLead Single(string csv) => Assert.Single(Read(csv));

    private static CsvFileException Refused(string csv) => Assert.Throws<CsvFileException>(() => Read(csv));
}
