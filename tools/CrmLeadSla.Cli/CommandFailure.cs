using System.CommandLine;
using System.ServiceModel;
using CrmLeadSla.Cli.Learning.Calibration;
using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli;

/// <summary>
/// How every command ends when it cannot do its work: one line, "leadsla COMMAND: what went wrong and what to do", and
/// <see cref="ExitCodes.Failure"/>. The stack trace only with <c>--verbose</c>; a failure the CLI does not expect says
/// so and points at <c>--verbose</c>.
/// </summary>
internal static class CommandFailure
{
    /// <summary>Writes the failure of the command <paramref name="parsed"/> ran; returns the exit code.</summary>
    public static int Report(ParseResult parsed, Exception failure, bool verbose, TextWriter error)
    {
        var cause = Unwrapped(failure);
        error.WriteLine($"{CommandPath(parsed)}: {MessageOf(cause)}");
        if (verbose)
        {
            error.WriteLine(failure.ToString());
        }
        else if (!IsExplained(cause))
        {
            error.WriteLine(UserLanguage.Pick(
                "This was not expected: run the command again with --verbose and keep what it shows for a bug report.",
                "Das war nicht erwartet: führen Sie den Befehl mit --verbose erneut aus und bewahren Sie die Ausgabe für eine Fehlermeldung auf."));
        }

        return ExitCodes.Failure;
    }

    /// <summary>"leadsla model export", the command as the user called it.</summary>
    public static string CommandPath(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var names = new List<string>();
        for (var command = parsed.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(command.Command is RootCommand ? "leadsla" : command.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    // Failures whose message was written for the user: a file, a connection, a refusal of the environment.
    private static bool IsExplained(Exception failure) => failure is
        IOException or UnauthorizedAccessException
        or CsvFileException or ModelFileException or CalibrationRefusedException
        or SolutionSourceException or SolutionImportException or PackagingException
        or WebApiException or EnvironmentUnreachableException or EnvironmentSignInException
        or DeploymentRefusedException or RescoreRefusedException or UserMessageException
        or FaultException<OrganizationServiceFault>;

    private static string MessageOf(Exception failure) => failure switch
    {
        FaultException<OrganizationServiceFault> fault => fault.Detail.Message,
        UserMessageException refusal => refusal.Text.In(UserLanguage.Wording, FieldColumns.ColumnOf),
        _ => failure.Message,
    };

    private static Exception Unwrapped(Exception failure) => failure switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrapped(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: Exception inner } => Unwrapped(inner),
        _ => failure,
    };
}
