using CrmLeadSla.Cli.Walkthrough;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Tests;

public class WalkthroughTests
{
    [Fact]
    public void Walkthrough_records_every_stage_move_in_the_history()
    {
        var output = new StringWriter();

        var exitCode = new WalkthroughRun(output, null).Execute();

        var history = output.ToString().Split("Stage history (lsla_stagetransition):")[1];
        Assert.Equal(0, exitCode);
        Assert.Contains("Dana Berger    (new)    → Inquiry  by Mara Marketing", history, StringComparison.Ordinal);
        Assert.Contains("Dana Berger    Inquiry  → MQL      by SYSTEM (triggered by Mara Marketing)", history, StringComparison.Ordinal);
        Assert.Contains("Dana Berger    MQL      → SAL      by Sam Sales", history, StringComparison.Ordinal);
    }

    [Fact]
    public void Walkthrough_shows_that_sales_may_not_change_the_scoring()
    {
        var output = new StringWriter();

        new WalkthroughRun(output, null).Execute();

        Assert.Contains("refused: Principal user", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("is missing prvCreatelsla_scoringmodel privilege", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Walkthrough_of_a_folder_without_a_solution_explains_what_is_missing()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;

        var refusal = Assert.Throws<SolutionSourceException>(() => new WalkthroughRun(TextWriter.Null, empty).Execute());

        Assert.Contains("solution.xml", refusal.Message, StringComparison.Ordinal);
    }
}
