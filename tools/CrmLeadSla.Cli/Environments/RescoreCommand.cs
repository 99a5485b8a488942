using System.CommandLine;
using System.Diagnostics;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// <c>leadsla rescore --url URL [--batch 1000] [--parallel N] [--checkpoint FILE] [--as-of TIME]</c>: recomputes every
/// open lead's score with the active model and writes the ones that changed.
/// </summary>
internal static class RescoreCommand
{
    /// <summary>The range of <c>--batch</c>: Dataverse pages at most 5,000 rows.</summary>
    public static readonly OptionLimit BatchLimit = new("--batch", 1, 5_000, ("Dataverse reads at most 5,000 rows a page", "Dataverse liest höchstens 5.000 Zeilen je Seite"));

    /// <summary>The range of <c>--parallel</c>: service protection allows 52 concurrent requests per user.</summary>
    public static readonly OptionLimit ParallelLimit = new("--parallel", 1, 52, ("Dataverse serves at most 52 requests of a user at once", "Dataverse bedient höchstens 52 Anfragen eines Benutzers gleichzeitig"));

    public static Command Create()
    {
        var connection = new EnvironmentConnection();
        var batch = WholeNumberOption.Create(BatchLimit, UserLanguage.Pick("Leads per page read and per UpdateMultiple.", "Leads je gelesener Seite und je UpdateMultiple."), 1000);
        var parallel = WholeNumberOption.Create(ParallelLimit, UserLanguage.Pick("Pages written at the same time.", "Gleichzeitig geschriebene Seiten."), 2);
        var checkpoint = new Option<FileInfo?>("--checkpoint")
        {
            Description = UserLanguage.Pick("A file to resume from after an interruption; written after every page.", "Eine Datei, mit der nach einer Unterbrechung fortgesetzt wird; nach jeder Seite geschrieben."),
        }.AcceptWritableFileOnly();
        var asOf = MomentOption.Create("--as-of", UserLanguage.Pick(
            "The time behaviour points decay to (UTC; default now). A resumed run keeps its first run's.",
            "Der Zeitpunkt, auf den Verhaltenspunkte abklingen (UTC; Standard jetzt). Eine fortgesetzte Ausführung behält den der ersten."));
        var command = new Command(
            "rescore",
            UserLanguage.Pick(
                "Recompute every open lead's score with the active scoring model and write the leads whose score changed.",
                "Die Bewertung jedes offenen Leads mit dem aktiven Bewertungsmodell neu berechnen und die geänderten Leads schreiben."))
        {
            batch, parallel, checkpoint, asOf,
        };
        connection.AddTo(command);
        command.WithExamples(
            new HelpExample("leadsla rescore --url http://127.0.0.1:5555", "Rescore every open lead of leadsla serve.", "Alle offenen Leads von leadsla serve neu bewerten."),
            new HelpExample("leadsla rescore --url https://contoso.crm.dynamics.com --client-id APP-ID --batch 500 --parallel 4 --checkpoint rescore.json", "Rescore an environment, resumable after an interruption.", "Eine Umgebung neu bewerten, nach einer Unterbrechung fortsetzbar."));
        command.SetAction(async (result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            using var client = connection.ClientFor(result);
            var settings = new RescoreSettings(result.GetValue(batch), result.GetValue(parallel), result.GetValue(checkpoint)?.FullName, (result.GetValue(asOf) ?? DateTime.UtcNow).ToUniversalTime());
            var clock = Stopwatch.StartNew();
            var tally = await new LeadRescore(client, settings, new ProgressLine(console.Output), console.Error).RunAsync(cancellationToken).ConfigureAwait(false);
            console.Output.WriteLine();
            console.Output.WriteLine(UserLanguage.Pick(
                $"Rescored: {tally.Read:N0} read, {tally.Changed:N0} changed, {tally.Failed:N0} failed in {clock.Elapsed.TotalSeconds:N1} s; {client.Traffic.Requests:N0} requests, {client.Traffic.ThrottledRequests:N0} throttled.",
                $"Neu bewertet: {tally.Read:N0} gelesen, {tally.Changed:N0} geändert, {tally.Failed:N0} gescheitert in {clock.Elapsed.TotalSeconds:N1} s; {client.Traffic.Requests:N0} Anfragen, {client.Traffic.ThrottledRequests:N0} gedrosselt."));
            return tally.Failed == 0 ? ExitCodes.Done : ExitCodes.Failure;
        });
        return command;
    }
}

/// <summary>The rescore's progress bar, redrawn on one console line.</summary>
internal sealed class ProgressLine(TextWriter output) : IProgress<RescoreReport>
{
    public void Report(RescoreReport value) => output.Write("\r" + value.Line());
}
