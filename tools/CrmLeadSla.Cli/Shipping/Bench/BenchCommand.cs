using System.CommandLine;
using System.Diagnostics;

namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>
/// <c>leadsla bench [--full]</c>: a short benchmark on the local Dataverse, printed as one table of times, ratios to
/// the naive baseline and requests per event. <c>--full</c> adds the 100,000-lead rescore.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full")
        {
            Description = UserLanguage.Pick("Add the rescore of 100,000 leads (several minutes).", "Die Neubewertung von 100.000 Leads hinzunehmen (mehrere Minuten)."),
        };
        var command = new Command(
            "bench",
            UserLanguage.Pick(
                "Measure scoring, the plug-in steps, the naive baseline and rescoring on the local Dataverse, and print the table.",
                "Bewertung, die Plug-in-Schritte, die naive Vergleichsbasis und die Neubewertung auf dem lokalen Dataverse messen und die Tabelle zeigen."))
        {
            full,
        };
        command.WithExamples(
            new HelpExample("leadsla bench", "The short benchmark (about a minute).", "Der kurze Benchmark (etwa eine Minute)."),
            new HelpExample("leadsla bench --full", "With the rescore of 100,000 leads.", "Mit der Neubewertung von 100.000 Leads."));
        command.SetAction(async (result, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            int[] sizes = result.GetValue(full) ? [1_000, 10_000, 100_000] : [1_000, 10_000];
            var console = result.InvocationConfiguration;
            var rows = await new QuickBench(console.Error).RunAsync(sizes).ConfigureAwait(false);
            BenchTable.Write(console.Output, rows);
            console.Output.WriteLine(UserLanguage.Pick(
                $"Measured in {clock.Elapsed.TotalSeconds:N0} s on {Environment.ProcessorCount} cores.",
                $"Gemessen in {clock.Elapsed.TotalSeconds:N0} s auf {Environment.ProcessorCount} Kernen."));
            return ExitCodes.Done;
        });
        return command;
    }
}
