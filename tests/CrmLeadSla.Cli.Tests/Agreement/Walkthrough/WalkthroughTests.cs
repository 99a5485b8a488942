using CrmLeadSla.Cli.Agreement.Walkthrough;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Tests.Agreement.Walkthrough;

[UseCulture("en-US")]
public class WalkthroughTests
{
    // The story as told in English without --verbose, told once for the tests that read it.
    private static readonly Lazy<(int ExitCode, string Text)> Story = new(() => Tell(verbose: false));

    [Fact]
    public void Walkthrough_records_every_stage_move_in_the_history()
    {
        var (exitCode, story) = Story.Value;

        var history = story.Split("Stage history (lsla_stagetransition):")[1];
        Assert.Equal(0, exitCode);
        Assert.Contains("Dana Berger    (new)    → Inquiry  by Mara Marketing", history, StringComparison.Ordinal);
        Assert.Contains("Dana Berger    Inquiry  → MQL      by SYSTEM (triggered by Mara Marketing)", history, StringComparison.Ordinal);
        Assert.Contains("Dana Berger    MQL      → SAL      by Sam Sales", history, StringComparison.Ordinal);
    }

    [Fact]
    public void Walkthrough_shows_that_sales_may_not_change_the_scoring()
    {
        var story = Story.Value.Text;

        Assert.Contains("refused: Sam Sales may not create rows of 'Scoring Model': none of their security roles allows it (prvCreatelsla_scoringmodel).", story, StringComparison.Ordinal);
        Assert.DoesNotContain("Principal user", story, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_step_tells_what_happened_to_the_lead_and_why()
    {
        var step = Step(Story.Value.Text, "Mara Marketing records Dana's visit to the pricing page");

        Assert.Contains("  Dana Berger: index ", step, StringComparison.Ordinal);
        Assert.Contains("stage Inquiry → MQL", step, StringComparison.Ordinal);
        Assert.Contains("Pricing page", step, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_plug_ins_traces_and_requests_are_shown_only_when_verbose()
    {
        var quiet = Story.Value.Text;

        var verbose = Tell(verbose: true).Text;

        Assert.DoesNotContain("request(s):", quiet, StringComparison.Ordinal);
        Assert.DoesNotContain("(depth ", quiet, StringComparison.Ordinal);
        Assert.Contains("request(s):", verbose, StringComparison.Ordinal);
        Assert.Contains("(depth 1)", verbose, StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("de-DE")]
    public void In_German_the_story_and_the_refusal_are_told_in_German()
    {
        var story = Tell(verbose: false).Text;

        Assert.Contains("Sam Sales nimmt Dana an (SAL)", story, StringComparison.Ordinal);
        Assert.Contains("abgelehnt: Sam Sales darf keine Zeilen von '", story, StringComparison.Ordinal);
        Assert.Contains("Phasenverlauf (lsla_stagetransition):", story, StringComparison.Ordinal);
    }

    [Fact]
    public void Walkthrough_of_a_folder_without_a_solution_explains_what_is_missing()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;

        var refusal = Assert.Throws<SolutionSourceException>(() => new WalkthroughRun(TextWriter.Null, empty).Execute());

        Assert.Contains("solution.xml", refusal.Message, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Text) Tell(bool verbose)
    {
        var output = new StringWriter();
        var exitCode = new WalkthroughRun(output, null) { ShowTraces = verbose }.Execute();
        return (exitCode, output.ToString());
    }

    // The lines of the step whose title starts with the given words, up to the next step.
    private static string Step(string story, string title)
    {
        var start = story.IndexOf(title, StringComparison.Ordinal);
        var end = story.IndexOf("▶ ", start, StringComparison.Ordinal);
        return story[start..(end < 0 ? story.Length : end)];
    }
}
