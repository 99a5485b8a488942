using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Agreement.Simulation;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.WebApi;
using CrmLeadSla.Cli.WebApi;

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

    /// <summary>The range of <c>--port</c>: the ports TCP has.</summary>
    public static readonly OptionLimit PortLimit = new("--port", 1, 65_535, ("the ports TCP has", "die Ports, die TCP hat"));

    public static Command Create()
    {
        var port = WholeNumberOption.Create(PortLimit, UserLanguage.Pick("The port to listen on.", "Der Port, an dem gelauscht wird."), 5555);
        var bind = new Option<IPAddress>("--bind")
        {
            Description = UserLanguage.Pick("The address to listen on (default loopback, 127.0.0.1).", "Die Adresse, an der gelauscht wird (Standard Loopback, 127.0.0.1)."),
            DefaultValueFactory = _ => IPAddress.Loopback,
            CustomParser = argument =>
            {
                var text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
                if (IPAddress.TryParse(text, out var address))
                {
                    return address;
                }

                argument.AddError(UserLanguage.Pick(
                    $"--bind '{text}' is not an IP address; write e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).",
                    $"--bind '{text}' ist keine IP-Adresse; schreiben Sie z. B. 127.0.0.1 (nur dieser Rechner) oder 0.0.0.0 (alle Schnittstellen)."));
                return IPAddress.Loopback;
            },
        };
        var auth = new Option<bool>("--auth")
        {
            Description = UserLanguage.Pick(
                "Refuse requests without the bearer token printed at start (LEADSLA_TOKEN if set, else a new one).",
                "Anfragen ohne das beim Start gezeigte Bearer-Token ablehnen (LEADSLA_TOKEN, wenn gesetzt, sonst ein neues)."),
        };
        var throttle = new Option<ThrottleLimit?>("--throttle")
        {
            Description = UserLanguage.Pick(
                "Service-protection throttling: at most N requests per SECONDS, e.g. 100/5; more get 429 with Retry-After.",
                "Drosselung wie der Dienstschutz: höchstens N Anfragen je SEKUNDEN, z. B. 100/5; weitere erhalten 429 mit Retry-After."),
            CustomParser = argument =>
            {
                var text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
                try
                {
                    return ThrottleLimit.Parse(text);
                }
                catch (FormatException)
                {
                    argument.AddError(UserLanguage.Pick(
                        $"--throttle '{text}' is not a throttle: write requests/seconds, e.g. 100/5.",
                        $"--throttle '{text}' ist keine Drosselung: schreiben Sie Anfragen/Sekunden, z. B. 100/5."));
                    return null;
                }
            },
        };
        var solution = SolutionOption.FolderOrZip();
        var clock = new Option<string>("--clock")
        {
            Description = UserLanguage.Pick(
                "real: the organization's time is the wall clock; simulated: it stands at --start until POST /local/clock moves it.",
                "real: die Zeit der Organisation ist die Uhrzeit; simulated: sie steht bei --start, bis POST /local/clock sie bewegt."),
            DefaultValueFactory = _ => "real",
        };
        clock.AcceptOnly("real", "simulated");
        var start = MomentOption.Create("--start", UserLanguage.Pick(
            "With --clock simulated: the time it starts at (UTC, e.g. 2026-03-02T08:00:00Z; default now).",
            "Mit --clock simulated: der Startzeitpunkt (UTC, z. B. 2026-03-02T08:00:00Z; Standard jetzt)."));
        var sample = new Option<bool>("--sample")
        {
            Description = UserLanguage.Pick(
                $"Serve the simulation's market: its configuration and {SampleOrganization.Settings.Leads} leads with {SampleOrganization.Settings.Days} days of history.",
                $"Den Markt der Simulation bereitstellen: seine Konfiguration und {SampleOrganization.Settings.Leads} Leads mit {SampleOrganization.Settings.Days} Tagen Historie."),
        };
        var empty = new Option<bool>("--empty")
        {
            Description = UserLanguage.Pick(
                "Start as a fresh environment: the standard tables only, no solution; leadsla deploy then installs the packed zip.",
                "Wie eine neue Umgebung starten: nur die Standardtabellen, keine Lösung; leadsla deploy installiert dann das gepackte Zip."),
        };
        var command = new Command(
            "serve",
            UserLanguage.Pick(
                "Serve the local Dataverse over the Dataverse Web API (/api/data/v9.2/) on loopback.",
                "Das lokale Dataverse über die Dataverse Web API (/api/data/v9.2/) auf Loopback bereitstellen."))
        {
            port, bind, auth, throttle, solution, clock, start, sample, empty,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(start) is not null && result.GetValue(clock) != "simulated")
            {
                result.AddError(UserLanguage.Pick("--start needs --clock simulated: the real clock starts now.", "--start braucht --clock simulated: die echte Uhr beginnt jetzt."));
            }

            if (result.GetValue(empty) && (result.GetValue(sample) || result.GetValue(solution) is not null))
            {
                result.AddError(UserLanguage.Pick(
                    "--empty starts without a solution, so it cannot go with --solution or --sample; leave out one or the other.",
                    "--empty startet ohne Lösung und passt daher nicht zu --solution oder --sample; lassen Sie das eine oder das andere weg."));
            }
        });
        command.WithExamples(
            new HelpExample("leadsla serve --sample", "Serve a populated organization on http://127.0.0.1:5555.", "Eine gefüllte Organisation unter http://127.0.0.1:5555 bereitstellen."),
            new HelpExample("leadsla serve --empty", "A fresh environment for leadsla deploy to install the packed zip into.", "Eine neue Umgebung, in die leadsla deploy das gepackte Zip installiert."),
            new HelpExample("leadsla serve --port 5600 --clock simulated --start 2026-03-02T08:00:00Z --throttle 100/5 --auth", "A clock you move, Dataverse-like throttling and a token.", "Eine Uhr, die Sie bewegen, Drosselung wie Dataverse und ein Token."));
        command.SetAction(async (result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration.Output;
            var simulated = result.GetValue(clock) == "simulated";
            var startsAt = result.GetValue(start);
            var address = result.GetValue(bind)!;
            var portNumber = result.GetValue(port);
            // Before the organization is built (the sample takes a while): a port in use is known at once.
            EnsureFree(address, portNumber);
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
                    console.WriteLine(UserLanguage.Pick(
                        $"Simulating {SampleOrganization.Settings.Leads:N0} leads over {SampleOrganization.Settings.Days:N0} days for the sample …",
                        $"Simuliere {SampleOrganization.Settings.Leads:N0} Leads über {SampleOrganization.Settings.Days:N0} Tage für das Beispiel …"));
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
                Port = portNumber,
                BindAddress = address,
                BearerToken = token,
                Throttle = result.GetValue(throttle),
                SystemJobInterval = JobInterval,
                ClockControl = simulated,
            };
            LocalWebApi api;
            try
            {
                api = await LocalWebApi.StartAsync(organization, options, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException taken)
            {
                throw new IOException(PortInUse(address, portNumber), taken);
            }

            await using (api.ConfigureAwait(false))
            {
                console.WriteLine(UserLanguage.Pick(
                    $"Serving {served} at {api.ServiceRoot} (Ctrl+C to stop).",
                    $"Bereitgestellt wird {served} unter {api.ServiceRoot} (Strg+C beendet)."));
                console.WriteLine(simulated
                    ? UserLanguage.Pick(
                        $"The clock stands at {organization.Clock.UtcNow:O}: move it with POST {api.BaseAddress}local/clock {{\"advance\":\"PT4H\"}}.",
                        $"Die Uhr steht bei {organization.Clock.UtcNow:O}: bewegen Sie sie mit POST {api.BaseAddress}local/clock {{\"advance\":\"PT4H\"}}.")
                    : UserLanguage.Pick("The clock is the wall clock.", "Die Uhr ist die echte Uhrzeit."));
                if (token is not null)
                {
                    console.WriteLine(UserLanguage.Pick(
                        $"Requests need Authorization: Bearer {token} — give it to deploy, rescore, export and model with --token or {EnvironmentConnection.TokenVariable}.",
                        $"Anfragen brauchen Authorization: Bearer {token} — geben Sie es deploy, rescore, export und model mit --token oder {EnvironmentConnection.TokenVariable}."));
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    console.WriteLine(UserLanguage.Pick("Stopped.", "Beendet."));
                }
            }

            return ExitCodes.Done;
        });
        return command;
    }

    private static void EnsureFree(IPAddress address, int port)
    {
        var probe = new TcpListener(address, port);
        try
        {
            probe.Start();
        }
        catch (SocketException taken)
        {
            throw new IOException(taken.SocketErrorCode == SocketError.AddressAlreadyInUse
                ? PortInUse(address, port)
                : UserLanguage.Pick(
                    $"Cannot listen on {address}:{port}: {taken.Message}. Choose another --bind or --port.",
                    $"Kann nicht an {address}:{port} lauschen: {taken.Message}. Wählen Sie eine andere --bind oder --port."), taken);
        }
        finally
        {
            probe.Stop();
        }
    }

    private static string PortInUse(IPAddress address, int port) => UserLanguage.Pick(
        $"Port {port} on {address} is in use: stop what listens there, or choose another with --port.",
        $"Port {port} auf {address} ist belegt: beenden Sie, was dort lauscht, oder wählen Sie mit --port einen anderen.");

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
