namespace CrmLeadSla.Cli.Tests;

/// <summary>
/// A call the CLI cannot run as written ends before any work with exit code 2, a line per problem that names the
/// option, and where the options are explained — no help dump, no stack trace.
/// </summary>
[UseCulture("en-US")]
public sealed class UsageErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("usage-").FullName;

    [Theory]
    [InlineData("simulate --leads abc", "--leads 'abc' is not a whole number; give one between 1 and 1,000,000.")]
    [InlineData("simulate --leads 2000000", "--leads is 2,000,000; it must be between 1 and 1,000,000 (about 30 KB of memory each).")]
    [InlineData("simulate --days 0", "--days is 0; it must be between 1 and 3,650 (ten years).")]
    [InlineData("simulate --no-sla --compare", "--no-sla and --compare exclude each other")]
    [InlineData("rescore --url http://127.0.0.1:1 --parallel 60", "--parallel is 60; it must be between 1 and 52 (Dataverse serves at most 52 requests of a user at once).")]
    [InlineData("rescore --url http://127.0.0.1:1 --batch 10000", "--batch is 10,000; it must be between 1 and 5,000 (Dataverse reads at most 5,000 rows a page).")]
    [InlineData("rescore --url http://127.0.0.1:1 --as-of yesterday", "--as-of 'yesterday' is not a time; write it as 2026-03-02T08:00:00Z (UTC).")]
    [InlineData("serve --port 70000", "--port is 70,000; it must be between 1 and 65,535 (the ports TCP has).")]
    [InlineData("serve --bind localhost:80", "--bind 'localhost:80' is not an IP address")]
    [InlineData("serve --throttle fast", "--throttle 'fast' is not a throttle: write requests/seconds, e.g. 100/5.")]
    [InlineData("serve --start 2026-03-02T08:00:00Z", "--start needs --clock simulated")]
    [InlineData("calibrate --history missing.csv --out model.json", "File does not exist: 'missing.csv'.")]
    [InlineData("calibrate --history missing.csv --out model.json --half-life -1", "--half-life is -1; it must be between 0 and 3,650.")]
    [InlineData("export --url contoso --out export", "--url 'contoso' is not an environment's address")]
    [InlineData("export --url https://contoso.crm.dynamics.com --out export", "is not a local endpoint: give --client-id")]
    [InlineData("export --out export", "Option '--url' is required.")]
    [InlineData("simulate --lead 5", "Unrecognized command or argument '--lead'.")]
    [InlineData("walkthrough --lang fr", "--lang 'fr' is not one of de, en.")]
    [InlineData("score --model m.json --leads l.csv --format xml", "--format 'xml' is not one of table, csv.")]
    [InlineData("calibrate --history missing.csv --out model.json --current nothing.json", "--current 'nothing.json' is neither a model file that exists nor an environment's address")]
    [InlineData("model export --org elsewhere --out model.json", "--org 'elsewhere' is not one of local.")]
    [InlineData("model import --url ftp://contoso --file model.json", "--url 'ftp://contoso' is not an environment's address")]
    public void A_call_that_cannot_run_ends_with_2_and_names_the_problem(string call, string problem)
    {
        var run = CommandLineRun.Of(call.Split(' '));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help' shows the options and examples.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simulate", "--out")]
    [InlineData("export --url http://127.0.0.1:1", "--out")]
    [InlineData("pack", "--out")]
    [InlineData("report --in .", "--out")]
    public void An_output_folder_that_is_a_file_is_refused_before_any_work(string call, string option)
    {
        var file = Path.Combine(folder, "taken.txt");
        File.WriteAllText(file, "a file");

        var run = CommandLineRun.Of([.. call.Split(' '), option, file]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"{option} '{file}' is a file; name a folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void An_output_file_in_a_folder_that_does_not_exist_is_refused_before_any_work()
    {
        var history = Path.Combine(folder, "history.csv");
        File.WriteAllText(history, "leadid,createdon,outcome\n");
        var model = Path.Combine(folder, "no-such-folder", "model.json");

        var run = CommandLineRun.Of("calibrate", "--history", history, "--out", model);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"the folder '{Path.GetDirectoryName(model)}' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_solution_folder_without_solution_xml_is_refused_before_any_work()
    {
        var run = CommandLineRun.Of("walkthrough", "--solution", folder);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"--solution '{folder}' has no solution.xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_call_is_named_at_once()
    {
        var run = CommandLineRun.Of("simulate", "--leads", "0", "--days", "0", "--sales-reps", "0");

        Assert.Equal(3, run.Error.Split('\n').Count(line => line.Contains("it must be between", StringComparison.Ordinal)));
    }

    [Fact]
    [UseCulture("de-DE")]
    public void In_German_the_problem_is_told_in_German_with_German_numbers()
    {
        var run = CommandLineRun.Of("simulate", "--leads", "2000000");

        Assert.Contains("--leads ist 2.000.000; der Wert muss zwischen 1 und 1.000.000 liegen", run.Error, StringComparison.Ordinal);
        Assert.Contains("zeigt die Optionen und Beispiele", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_option_overrides_the_system_s()
    {
        var run = CommandLineRun.Of("simulate", "--leads", "0", "--lang", "de");

        Assert.Contains("--leads ist 0; der Wert muss zwischen 1 und 1.000.000 liegen", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("de-DE")]
    public void A_count_may_be_written_with_the_culture_s_thousands_separator()
    {
        var run = CommandLineRun.Of("simulate", "--leads", "1.000.001");

        Assert.Contains("--leads ist 1.000.001", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
