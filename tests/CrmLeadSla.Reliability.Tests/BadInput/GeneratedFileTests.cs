using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Reliability.Tests.Properties;
using CsCheck;
using Xunit.Abstractions;

namespace CrmLeadSla.Reliability.Tests.BadInput;

/// <summary>
/// Sound history, report and model files of the CLI, damaged by generated edits: each is read or refused with the
/// reader's own exception and a message that places the problem — never another exception.
/// </summary>
[Trait("Category", "Reliability")]
public class GeneratedFileTests(ITestOutputHelper output)
{
    private const string History =
        "leadid,createdon,jobtitle,numberofemployees,budgetstatus,interactions,outcome\n" +
        "L-1,2026-03-02T09:00:00Z,CTO,800,2,2026-03-02T10:00:00Z WebinarAttendance; 2026-03-03T10:00:00Z WebsiteVisit,won\n" +
        "L-2,2026-03-03T09:00:00Z,\"Head of, IT\",12,,,none\n";

    private const string Leads =
        "leadid,name,createdon,stage,grade,behaviourpoints,leadindex,owner\n" +
        "L-1,Ann,2026-03-02T09:00:00Z,MQL,B,40,B40,Sam\n";

    private const string Transitions =
        "leadid,fromstage,tostage,changedon,changedby,rejectionreason\n" +
        "L-1,,Inquiry,2026-03-02T09:00:00Z,Marketing,\n" +
        "L-1,Inquiry,MQL,2026-03-02T10:00:00Z,Marketing,\n";

    private const string Model = """
        {
          "name": "Standard",
          "gradeThresholds": { "a": 60, "b": 40, "c": 20 },
          "mqlThreshold": 50,
          "mqlMinimumGrade": "B",
          "decayHalfLifeDays": 30,
          "rules": [
            { "name": "CTO", "category": "Fit", "attribute": "jobtitle", "operator": "ContainsAnyKeyword", "value": "cto", "points": 40 },
            { "name": "Webinar", "category": "Behaviour", "interactionType": "WebinarAttendance", "points": 10, "maxPoints": 30 }
          ]
        }
        """;

    [Fact]
    public void A_damaged_history_file_is_read_or_refused_naming_the_line()
    {
        var (tried, refused) = (0, 0);
        Assert.Equal(2, Read(History).Count);

        PropertyRuns.Check(Mutation.Of(History), text =>
        {
            tried++;
            var error = Record.Exception(() => Read(text));
            if (error != null)
            {
                refused++;
                Assert.IsType<CsvFileException>(error);
                Assert.True(error.Message.StartsWith("Line ", StringComparison.Ordinal) || error.Message.StartsWith("The file is empty", StringComparison.Ordinal), error.Message);
            }
        });

        output.WriteLine($"{tried} damaged history files, {refused} refused with the line named; {PropertyRuns.Describe()}");
    }

    [Fact]
    public void A_damaged_report_table_is_read_or_refused_naming_the_file()
    {
        var (tried, refused) = (0, 0);
        var folder = Directory.CreateTempSubdirectory("damaged-export-").FullName;
        File.WriteAllText(Path.Combine(folder, ReportCsv.LeadsFile), Leads);
        File.WriteAllText(Path.Combine(folder, ReportCsv.TransitionsFile), Transitions);
        Assert.Single(ReportCsv.Read(folder).Leads);

        PropertyRuns.Check(Gen.Select(Mutation.Of(Leads), Mutation.Of(Transitions), Gen.Bool), damaged =>
        {
            tried++;
            File.WriteAllText(Path.Combine(folder, ReportCsv.LeadsFile), damaged.Item3 ? damaged.Item1 : Leads);
            File.WriteAllText(Path.Combine(folder, ReportCsv.TransitionsFile), damaged.Item3 ? Transitions : damaged.Item2);
            var error = Record.Exception(() => ReportCsv.Read(folder));
            if (error != null)
            {
                refused++;
                Assert.IsType<CsvFileException>(error);
                Assert.Contains(".csv", error.Message, StringComparison.Ordinal);
            }
        });

        output.WriteLine($"{tried} damaged report folders, {refused} refused with the file named; {PropertyRuns.Describe()}");
    }

    [Fact]
    public void A_damaged_model_file_is_read_or_refused_naming_the_position_or_the_field()
    {
        var (tried, refused) = (0, 0);
        Assert.Equal(2, ModelJson.Read(Model).Rules.Count);

        PropertyRuns.Check(Mutation.Of(Model), json =>
        {
            tried++;
            var error = Record.Exception(() => ModelJson.Read(json));
            if (error != null)
            {
                refused++;
                Assert.IsType<ModelFileException>(error);
                Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
            }
        });

        output.WriteLine($"{tried} damaged model files, {refused} refused with a clear message; {PropertyRuns.Describe()}");
    }

    private static IReadOnlyList<HistoryLead> Read(string text)
    {
        using var sheet = CsvInput.Detected.ReadText(text);
        return HistoryFile.Read(sheet);
    }
}
