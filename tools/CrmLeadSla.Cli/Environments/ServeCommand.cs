using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using CrmLeadSla.Cli.Simulation;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// <c>leadsla serve --port N [--bind ADDRESS] [--auth] [--throttle N/SECONDS] [--clock real|simulated --start TIME]
/// [--sample | --empty]</c>: the local Dataverse, built from the solution with its plug-ins (or, with --empty, with the
/// standard tables only, for <c>leadsla deploy</c> to install the solution into), served over the Web API until Ctrl+C,
/// with a clock that runs with the wall clock (or stands until moved) and its system jobs run in the background.
/// </summary>
internal static class ServeCommand
{
    /// <summary>How often the background loop runs the due system jobs.</summary>
    public static readonly TimeSpan JobInterval = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port to listen on.", DefaultValueFactory = _ => 5555 };
        var bind = new Option<string>("--bind") { Description = "The address to listen on (default loopback, 127.0.0.1).", DefaultValueFactory = _ => "127.0.0.1" };
        var auth = new Option<bool>("--auth") { Description = "Refuse requests without the bearer token printed at start (LEADSLA_TOKEN if set, else a new one)." };
        var throttle = new Option<string?>("--throttle") { Description = "Service-protection throttling: at most N requests per SECONDS, e.g. 100/5; more get 429 with Retry-After." };
        var solution = new Option<string?>("--solution") { Description = "The solution to install: a folder in source form, or a zip leadsla pack wrote (default: the repository's Solution/)." };
        var clock = new Option<string>("--clock") { Description = "real: the organization's time is the wall clock; simulated: it stands at --start until POST /local/clock moves it.", DefaultValueFactory = _ => "real" };
        clock.AcceptOnlyFromAmong("real", "simulated");
        var start = new Option<string?>("--start") { Description = "With --clock simulated: the time it starts at (UTC, e.g. 2026-03-02T08:00:00Z; default now)." };
        var sample = new Option<bool>("--sample") { Description = $"Serve the simulation's market: its configuration and {SampleOrganization.Settings.Leads} leads with {SampleOrganization.Settings.Days} days of history." };
        var empty = new Option<bool>("--empty")
        {
            Description = UserLanguage.Pick(
                "Start as a fresh environment: the standard tables only, no solution; leadsla deploy then installs the packed zip.",
                "Wie eine neue Umgebung starten: nur die Standardtabellen, keine Lösung; leadsla deploy installiert dann das gepackte Zip."),
        };
        var command = new Command("serve", "Serve the local Dataverse over the Dataverse Web API (/api/data/v9.2/) on loopback.")
        {
            port, bind, auth, throttle, solution, clock, start, sample, empty,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(empty) && (result.GetValue(sample) || result.GetValue(solution) is not null))
            {
                Console.Error.WriteLine(UserLanguage.Pick(
                    "leadsla serve: --empty starts without a solution, so it cannot go with --solution or --sample; leave out one or the other.",
                    "leadsla serve: --empty startet ohne Lösung und passt daher nicht zu --solution oder --sample; lassen Sie das eine oder das andere weg."));
                return ExitCodes.UsageError;
            }

            var simulated = result.GetValue(clock) == "simulated";
            DateTime? startsAt = null;
            if (result.GetValue(start) is string text)
            {
                if (!simulated || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    Console.Error.WriteLine($"leadsla serve: --start '{text}' needs --clock simulated and a time such as 2026-03-02T08:00:00Z.");
                    return 1;
                }

                startsAt = parsed;
            }

            var token = result.GetValue(auth) ? Environment.GetEnvironmentVariable(EnvironmentConnection.TokenVariable) is { Length: > 0 } set ? set : NewToken() : null;
            LocalOrganization organization;
            string served;
            if (result.GetValue(empty))
            {
                organization = LocalOrganization.WithStandardTables(new LocalOrganizationOptions { StartsAt = startsAt });
                served = UserLanguage.Pick("an organization without solutions", "eine Organisation ohne Lösungen");
            }
            else
            {
                SolutionOrganization installed;
                if (result.GetValue(sample))
                {
                    Console.WriteLine($"Simulating {SampleOrganization.Settings.Leads} leads over {SampleOrganization.Settings.Days} days for the sample …");
                    installed = SampleOrganization.Create(result.GetValue(solution));
                }
                else
                {
                    installed = SolutionOrganization.Load(result.GetValue(solution), SolutionAssemblies.Loaded, startsAt);
                }

                organization = installed.Organization;
                served = UserLanguage.Pick($"{installed.Solution.UniqueName} from {installed.Origin}", $"{installed.Solution.UniqueName} aus {installed.Origin}");
            }

            if (startsAt is DateTime at)
            {
                organization.Clock.Set(at);
            }
            else if (!simulated)
            {
                // Real time: createdon, modifiedon, deadlines and due jobs move with the wall clock.
                organization.Clock.Set(DateTime.UtcNow);
                organization.Clock.RunWith(TimeProvider.System);
            }

            var options = new WebApiOptions
            {
                Port = result.GetValue(port),
                BindAddress = IPAddress.Parse(result.GetValue(bind)!),
                BearerToken = token,
                Throttle = result.GetValue(throttle) is string limit ? ThrottleLimit.Parse(limit) : null,
                SystemJobInterval = JobInterval,
                ClockControl = simulated,
            };
            await using var api = await LocalWebApi.StartAsync(organization, options, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(UserLanguage.Pick($"Serving {served} at {api.ServiceRoot} (Ctrl+C to stop).", $"Bereitgestellt wird {served} unter {api.ServiceRoot} (Strg+C beendet)."));
            Console.WriteLine(simulated
                ? $"The clock stands at {organization.Clock.UtcNow:O}: move it with POST {api.BaseAddress}local/clock {{\"advance\":\"PT4H\"}}."
                : "The clock is the wall clock.");
            if (token is not null)
            {
                Console.WriteLine($"Requests need Authorization: Bearer {token} — give it to deploy, rescore and export with --token or {EnvironmentConnection.TokenVariable}.");
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopped.");
            }

            return 0;
        });
        return command;
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
