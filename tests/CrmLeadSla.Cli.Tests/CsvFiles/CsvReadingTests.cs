using System.Text;
using CrmLeadSla.Cli.CsvFiles;

namespace CrmLeadSla.Cli.Tests.CsvFiles;

public class CsvReadingTests
{
    private static readonly Encoding Windows1252 = CodePages.Windows1252;

    [Fact]
    public void A_semicolon_separated_file_is_read_and_the_separator_it_assumed_is_said()
    {
        var notices = new StringWriter();

        using var sheet = new CsvInput(Notices: notices).Read(Encoding.UTF8.GetBytes("leadid;name\r\nL-1;Ann\r\n"), "leads.csv");

        Assert.Equal(["leadid", "name"], sheet.Header);
        Assert.Equal(["L-1", "Ann"], Assert.Single(sheet.Records()).Fields);
        Assert.Equal("leads.csv: read as UTF-8, columns separated by semicolon (';') (detected), decimal commas read.", notices.ToString().TrimEnd());
    }

    [Fact]
    public void A_tab_separated_file_is_read()
    {
        using var sheet = CsvInput.Detected.ReadText("leadid\tname\nL-1\tAnn, the first\n");

        Assert.Equal('\t', sheet.Separator);
        Assert.Equal(["L-1", "Ann, the first"], Assert.Single(sheet.Records()).Fields);
    }

    [Fact]
    public void A_plain_UTF_8_comma_file_is_read_without_a_word()
    {
        var notices = new StringWriter();

        using var sheet = new CsvInput(Notices: notices).ReadText("leadid,name\nL-1,Jörg\n");

        Assert.Empty(notices.ToString());
    }

    [Fact]
    public void A_Windows_1252_file_is_read_with_its_umlauts_and_said_to_be_Windows_1252()
    {
        var notices = new StringWriter();

        using var sheet = new CsvInput(Notices: notices).Read(Windows1252.GetBytes("leadid;name\r\nL-1;Jörg Müller\r\n"), "leads.csv");

        Assert.Equal("Jörg Müller", Assert.Single(sheet.Records()).Fields[1]);
        Assert.Contains("Windows-1252", notices.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_file_with_a_byte_order_mark_is_read_in_its_encoding(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("leadid,name\r\nL-1,Jörg Müller\r\n")).ToArray();

        using var sheet = CsvInput.Detected.Read(bytes, "leads.csv");

        Assert.Equal("leadid", sheet.Header[0]);
        Assert.Equal("Jörg Müller", Assert.Single(sheet.Records()).Fields[1]);
    }

    [Fact]
    public void A_file_that_is_neither_UTF_8_nor_Windows_1252_is_refused_naming_the_line()
    {
        // Code page 850, as old DOS tools write it: ü is byte 0x81, which Windows-1252 does not define.
        var bytes = Encoding.ASCII.GetBytes("leadid,name\r\nL-1,Ann\r\nL-2,M\u0001ller\r\n");
        bytes[Array.IndexOf(bytes, (byte)1)] = 0x81;

        var error = Assert.Throws<CsvFileException>(() => CsvInput.Detected.Read(bytes, "leads.csv"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("leads.csv line 3: the file is neither UTF-8 nor Windows-1252 text (byte 0x81)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_partly_as_UTF_8_and_partly_as_Windows_1252_is_refused()
    {
        var bytes = Windows1252.GetBytes("leadid,name\r\nL-1,Jörg\r\n").Concat(Encoding.UTF8.GetBytes("L-2,Müller\r\n")).ToArray();

        var error = Assert.Throws<CsvFileException>(() => CsvInput.Detected.Read(bytes, "leads.csv"));

        Assert.Equal(3, error.Line);
        Assert.Contains("'Ã¼' stands for 'ü'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UTF_8_file_whose_letters_an_earlier_conversion_lost_is_refused()
    {
        var error = Assert.Throws<CsvFileException>(() => CsvInput.Detected.ReadText("leadid,name\nL-1,J\uFFFDrg M\uFFFDller\n", "leads.csv"));

        Assert.Equal(2, error.Line);
        Assert.Contains("replacement character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Excel_workbook_is_refused_with_how_to_save_it_as_CSV()
    {
        var error = Assert.Throws<CsvFileException>(() => CsvInput.Detected.Read([.. "PK\u0003\u0004"u8, 0x14, 0x00, 0x06, 0x00], "history.xlsx"));

        Assert.Contains("CSV UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF_16_text_without_a_byte_order_mark_is_refused()
    {
        var error = Assert.Throws<CsvFileException>(() => CsvInput.Detected.Read(Encoding.Unicode.GetBytes("leadid,name\r\nL-1,Jörg\r\n"), "leads.csv"));

        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_separator_given_wrongly_is_refused_with_the_one_the_file_looks_like()
    {
        var error = Assert.Throws<CsvFileException>(() => new CsvInput(',').ReadText("leadid;createdon\nL-1;2026-03-02T09:00:00Z\n", "history.csv"));

        Assert.Equal("history.csv line 1: the header is one column 'leadid;createdon': this file looks semicolon (';')-separated; use --delimiter ';'.", error.Message);
    }

    [Fact]
    public void The_separator_line_Excel_writes_sets_the_separator()
    {
        using var sheet = CsvInput.Detected.ReadText("sep=;\r\nleadid;name\r\nL-1;Ann, the first\r\n");

        Assert.Equal(["leadid", "name"], sheet.Header);
        Assert.Equal(3, Assert.Single(sheet.Records()).Line);
    }

    [Fact]
    public void A_row_with_another_number_of_fields_is_refused_naming_the_separator()
    {
        using var sheet = CsvInput.Detected.ReadText("leadid;name\nL-1;Ann;Berlin\n", "leads.csv");

        var error = Assert.Throws<CsvFileException>(() => sheet.Records().ToList());

        Assert.Equal("leads.csv line 2: the row has 3 fields but the header names 2 columns; quote fields that hold a semicolon (';').", error.Message);
    }

    [Fact]
    public void A_broken_quote_far_into_a_file_is_refused_on_its_own_line_after_the_rows_before_it()
    {
        var rows = Enumerable.Range(1, 5000).Select(n => $"L-{n},Lead {n}").ToList();
        rows[4000] = "L-4001,\"Lead\" 4001";
        using var sheet = CsvInput.Detected.ReadText("leadid,name\n" + string.Join("\n", rows) + "\n", "leads.csv");
        var read = 0;

        var error = Assert.Throws<CsvFileException>(() =>
        {
            foreach (var record in sheet.Records())
            {
                read++;
            }
        });

        Assert.Equal(4000, read);
        Assert.Equal((4002, 2), (error.Line, error.Column));
    }
}
