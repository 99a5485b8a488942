using System.CommandLine;

namespace CrmLeadSla.Cli.Tests;

/// <summary>One run of the leadsla command line in-process: its exit code, what it printed and what it said on the error output.</summary>
internal sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    public static CommandLineRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = LeadSlaCommandLine.Run(args, new InvocationConfiguration { Output = output, Error = error });
        return new CommandLineRun(code, output.ToString(), error.ToString());
    }
}
