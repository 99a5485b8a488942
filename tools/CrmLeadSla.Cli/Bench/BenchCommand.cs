using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace CrmLeadSla.Cli.Bench;

/// <summary>
/// <c>leadsla bench [--full]</c>: a short benchmark on the local Dataverse, printed as one table of times, ratios to
/// the naive baseline and requests per event. <c>--full</c> adds the 100,000-lead rescore.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Add the rescore of 100,000 leads (several minutes)." };
        var command = new Command("bench", "Measure scoring, the plug-in steps, the naive baseline and rescoring on the local Dataverse, and print the table.")
        {
            full,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            int[] sizes = result.GetValue(full) ? [1_000, 10_000, 100_000] : [1_000, 10_000];
            var rows = await new QuickBench(Console.Error).RunAsync(sizes).ConfigureAwait(false);
            BenchTable.Write(Console.Out, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Measured in {clock.Elapsed.TotalSeconds:N0} s on {Environment.ProcessorCount} cores."));
            return 0;
        });
        return command;
    }
}
