using System.CommandLine;

namespace CrmLeadSla.Cli.Tests;

/// <summary>The help lists the commands by what the user does, and every command's help ends with examples that run.</summary>
[UseCulture("en-US")]
public class HelpTests
{
    [Fact]
    public void The_overview_lists_every_command_once_under_a_group()
    {
        var root = LeadSlaCommandLine.Create();

        var grouped = LeadSlaCommandLine.Groups.SelectMany(group => group.Commands).ToList();

        Assert.Equal(root.Subcommands.Select(c => c.Name).Order(StringComparer.Ordinal), grouped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_overview_shows_the_groups_in_order_with_their_commands()
    {
        var run = CommandLineRun.Of("--help");

        var text = run.Output;
        Assert.Equal(0, run.ExitCode);
        Assert.True(text.IndexOf("Run the agreement:", StringComparison.Ordinal) < text.IndexOf("  simulate ", StringComparison.Ordinal));
        Assert.True(text.IndexOf("  walkthrough ", StringComparison.Ordinal) < text.IndexOf("Work with an environment:", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Work with an environment:", StringComparison.Ordinal) < text.IndexOf("  serve ", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Learn and score:", StringComparison.Ordinal) < text.IndexOf("  calibrate ", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Build and ship:", StringComparison.Ordinal) < text.IndexOf("  pack ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_command_has_examples()
    {
        Assert.All(Commands(LeadSlaCommandLine.Create()), command => Assert.NotEmpty(CommandHelp.ExamplesOf(command)));
    }

    [Fact]
    public void Every_example_uses_only_options_its_command_has()
    {
        var root = LeadSlaCommandLine.Create();

        var calls = Commands(root).SelectMany(CommandHelp.ExamplesOf).Concat(CommandHelp.ExamplesOf(root)).Select(example => example.CommandLine).ToList();

        Assert.All(calls, call =>
        {
            Assert.StartsWith("leadsla ", call, StringComparison.Ordinal);
            var unknown = root.Parse(call["leadsla ".Length..]).Errors.Where(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal));
            Assert.Empty(unknown);
        });
    }

    [Theory]
    [InlineData("simulate")]
    [InlineData("model import")]
    [InlineData("export")]
    public void A_command_s_help_ends_with_its_examples(string command)
    {
        var run = CommandLineRun.Of([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        var examples = run.Output[run.Output.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains($"  leadsla {command}", examples, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_speaks_German_when_asked()
    {
        var run = CommandLineRun.Of("--help", "--lang", "de");

        Assert.Contains("Die Vereinbarung durchspielen:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Beispiele:", run.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<Command> Commands(Command parent) =>
        parent.Subcommands.SelectMany(command => Commands(command).Prepend(command));
}
