extern alias workflows;

using System.CommandLine;
using System.Net;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// <c>leadsla serve --port N [--bind ADDRESS] [--auth] [--throttle N/SECONDS]</c>: the local Dataverse, built from
/// the solution with its plug-ins, served over the Web API subset the environment commands use, until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The port to listen on.", DefaultValueFactory = _ => 5555 };
        var bind = new Option<string>("--bind") { Description = "The address to listen on (default loopback, 127.0.0.1).", DefaultValueFactory = _ => "127.0.0.1" };
        var auth = new Option<bool>("--auth") { Description = "Refuse requests without a bearer token (any token is accepted)." };
        var throttle = new Option<string?>("--throttle") { Description = "Service-protection throttling: at most N requests per SECONDS, e.g. 100/5; more get 429 with Retry-After." };
        var solution = new Option<DirectoryInfo?>("--solution") { Description = "The solution folder (default: the repository's Solution/)." };
        var command = new Command("serve", "Serve the local Dataverse over the Dataverse Web API (/api/data/v9.2/) on loopback.")
        {
            port, bind, auth, throttle, solution,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var assemblies = new[] { typeof(LeadScoringPlugin).Assembly, typeof(workflows::CrmLeadSla.Workflows.CalculateSlaDueDate).Assembly };
            var options = new WebApiOptions
            {
                Port = result.GetValue(port),
                BindAddress = IPAddress.Parse(result.GetValue(bind)!),
                RequireBearerToken = result.GetValue(auth),
                Throttle = result.GetValue(throttle) is string limit ? ThrottleLimit.Parse(limit) : null,
                PluginAssemblies = assemblies,
            };
            var definition = SolutionFolder.Load(SolutionFolder.Locate(result.GetValue(solution)?.FullName));
            var organization = LocalOrganization.FromSolution(definition, [typeof(LeadScoringPlugin).Assembly]);
            await using var api = await LocalWebApi.StartAsync(organization, options, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Serving {definition.UniqueName} at {api.ServiceRoot} (Ctrl+C to stop).");
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
}
