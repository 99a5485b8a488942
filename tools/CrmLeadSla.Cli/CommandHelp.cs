using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace CrmLeadSla.Cli;

/// <summary>One example of a command's help: the command line and what it does, in English and German.</summary>
/// <param name="CommandLine">The call, starting with <c>leadsla</c>.</param>
/// <param name="English">What it does.</param>
/// <param name="German">What it does, in German.</param>
public sealed record HelpExample(string CommandLine, string English, string German);

/// <summary>Commands that belong together in the overview, under a heading in English and German.</summary>
/// <param name="English">The heading.</param>
/// <param name="German">The heading in German.</param>
/// <param name="Commands">The commands' names, in the order shown.</param>
public sealed record CommandGroup(string English, string German, IReadOnlyList<string> Commands);

/// <summary>
/// The help of the leadsla command line: the overview lists the commands in groups by what the user does, and every
/// command's help ends with examples. The examples are attached where each command is declared (<see cref="WithExamples"/>).
/// </summary>
public static class CommandHelp
{
    private static readonly ConditionalWeakTable<Command, IReadOnlyList<HelpExample>> Examples = [];

    /// <summary>Attaches examples to a command's help.</summary>
    public static TCommand WithExamples<TCommand>(this TCommand command, params HelpExample[] examples)
        where TCommand : Command
    {
        ArgumentNullException.ThrowIfNull(command);
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>The examples of a command; empty when it has none.</summary>
    public static IReadOnlyList<HelpExample> ExamplesOf(Command command) =>
        Examples.TryGetValue(command, out var examples) ? examples : [];

    /// <summary>Replaces the root's help with the grouped overview and examples for every command.</summary>
    public static void Install(RootCommand root, IReadOnlyList<CommandGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(root);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Description = UserLanguage.Pick("Show the options and examples.", "Die Optionen und Beispiele zeigen.");
        help.Action = new GroupedHelp((HelpAction)help.Action!, groups);
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = UserLanguage.Pick("Show the version.", "Die Version zeigen.");
        }
    }

    private sealed class GroupedHelp(HelpAction standard, IReadOnlyList<CommandGroup> groups) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            var output = parseResult.InvocationConfiguration.Output;
            if (command is RootCommand root)
            {
                Overview(root, output);
            }
            else
            {
                standard.Invoke(parseResult);
            }

            WriteExamples(command, output);
            return ExitCodes.Done;
        }

        private void Overview(RootCommand root, TextWriter output)
        {
            output.WriteLine(root.Description);
            output.WriteLine();
            output.WriteLine(UserLanguage.Pick("Usage: leadsla COMMAND [options]", "Aufruf: leadsla BEFEHL [Optionen]"));
            var width = root.Subcommands.Max(c => c.Name.Length) + 2;
            foreach (var group in groups)
            {
                output.WriteLine();
                output.WriteLine(UserLanguage.Pick(group.English, group.German) + ":");
                foreach (var name in group.Commands)
                {
                    var command = root.Subcommands.Single(c => c.Name == name);
                    output.WriteLine($"  {command.Name.PadRight(width)}{command.Description}");
                }
            }

            output.WriteLine();
            output.WriteLine(UserLanguage.Pick("Options of every command:", "Optionen jedes Befehls:"));
            var options = root.Options.Where(o => !o.Hidden).ToList();
            var names = options.Select(o => string.Join(", ", o.Aliases.Prepend(o.Name).Where(a => a.StartsWith('-')).Distinct().OrderBy(a => a.Length))).ToList();
            var optionWidth = names.Max(n => n.Length) + 2;
            for (var index = 0; index < options.Count; index++)
            {
                output.WriteLine($"  {names[index].PadRight(optionWidth)}{options[index].Description}");
            }
        }

        private static void WriteExamples(Command command, TextWriter output)
        {
            var examples = ExamplesOf(command);
            if (examples.Count == 0)
            {
                return;
            }

            output.WriteLine();
            output.WriteLine(UserLanguage.Pick("Examples:", "Beispiele:"));
            foreach (var example in examples)
            {
                output.WriteLine($"  # {UserLanguage.Pick(example.English, example.German)}");
                output.WriteLine($"  {example.CommandLine}");
            }

            if (command is RootCommand)
            {
                output.WriteLine();
                output.WriteLine(UserLanguage.Pick(
                    "'leadsla COMMAND --help' shows a command's options and examples.",
                    "'leadsla BEFEHL --help' zeigt die Optionen und Beispiele eines Befehls."));
            }
        }
    }
}
