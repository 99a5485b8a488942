using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// <c>leadsla rescore --url URL [--batch 1000] [--parallel N] [--checkpoint FILE] [--as-of TIME]</c>: recomputes every
/// open lead's score with the active model and writes the ones that changed.
/// </summary>
internal static class RescoreCommand
{
    public static Command Create()
    {
        var connection = new EnvironmentConnection();
        var batch = new Option<int>("--batch") { Description = "Leads per page read and per UpdateMultiple (at most 5,000 a page).", DefaultValueFactory = _ => 1000 };
        var parallel = new Option<int>("--parallel") { Description = "Pages written at the same time.", DefaultValueFactory = _ => 2 };
        var checkpoint = new Option<FileInfo?>("--checkpoint") { Description = "A file to resume from after an interruption; written after every page." };
        var asOf = new Option<DateTime?>("--as-of") { Description = "The time behaviour points decay to (UTC; default now). A resumed run keeps its first run's." };
        var command = new Command("rescore", "Recompute every open lead's score with the active scoring model and write the leads whose score changed.")
        {
            batch, parallel, checkpoint, asOf,
        };
        connection.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var size = result.GetValue(batch);
            var degree = result.GetValue(parallel);
            if (size is < 1 or > 5000 || degree < 1)
            {
                Console.Error.WriteLine("--batch must be between 1 and 5,000 and --parallel at least 1.");
                return 2;
            }

            try
            {
                using var client = connection.ClientFor(result, Console.Error);
                var settings = new RescoreSettings(size, degree, result.GetValue(checkpoint)?.FullName, (result.GetValue(asOf) ?? DateTime.UtcNow).ToUniversalTime());
                var clock = Stopwatch.StartNew();
                var tally = await new LeadRescore(client, settings, new ProgressLine(Console.Out), Console.Error).RunAsync(cancellationToken).ConfigureAwait(false);
                Console.WriteLine();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Rescored: {tally.Read:N0} read, {tally.Changed:N0} changed, {tally.Failed:N0} failed in {clock.Elapsed.TotalSeconds:N1} s; {client.Traffic.Requests:N0} requests, {client.Traffic.ThrottledRequests:N0} throttled."));
                return tally.Failed == 0 ? 0 : 1;
            }
            catch (Exception e) when (e is WebApiException or RescoreRefusedException or EnvironmentSignInException)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}

/// <summary>The rescore's progress bar, redrawn on one console line.</summary>
internal sealed class ProgressLine(TextWriter output) : IProgress<RescoreReport>
{
    public void Report(RescoreReport value) => output.Write("\r" + value.Line());
}
