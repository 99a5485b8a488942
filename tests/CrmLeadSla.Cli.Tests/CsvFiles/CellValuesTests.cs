using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Tests.CsvFiles;

public class CellValuesTests
{
    private static readonly CellValues Semicolon = new(';');

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("1.250,5", 1250.5)]
    [InlineData("-1.250.000,75", -1250000.75)]
    [InlineData("12.5", 12.5)]
    [InlineData("800", 800)]
    public void A_file_separated_by_semicolons_reads_decimal_commas_and_points(string text, double expected)
    {
        Assert.Equal((decimal)expected, Semicolon.Number(text));
    }

    [Fact]
    public void A_number_with_a_dot_before_three_digits_is_refused_where_it_could_group_thousands()
    {
        var error = Assert.Throws<FormatException>(() => Semicolon.Number("1.250"));

        Assert.Contains("such as 1250", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comma_separated_file_refuses_a_decimal_comma_and_says_where_it_is_read()
    {
        var error = Assert.Throws<FormatException>(() => CellValues.CommaSeparated.Number("12,5"));

        Assert.Contains("decimal commas are read in files separated by ';'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-02T09:00:00Z")]
    [InlineData("2026-03-02T10:00:00+01:00")]
    [InlineData("2026-03-02 09:00")]
    [InlineData("2026-03-02T09:00:00")]
    [InlineData("02.03.2026 09:00")]
    [InlineData("02.03.2026 09:00:00")]
    [InlineData("2.3.2026 9:00")]
    public void Times_in_ISO_or_German_form_are_read_as_UTC(string text)
    {
        var time = CellValues.Time(text, "the time");

        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), time);
        Assert.Equal(DateTimeKind.Utc, time.Kind);
    }

    [Theory]
    [InlineData("03/02/2026 09:00")]
    [InlineData("2026-03-02T09:00:00 Berlin")]
    public void A_time_that_is_not_unambiguous_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => CellValues.Time(text, "the time"));
    }
}
