using System.CommandLine;
using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// The options every environment command shares (<c>--url</c>, <c>--client-id</c>, <c>--tenant</c>,
/// <c>--certificate</c>, <c>--device-code</c>) and the client they make. Secrets never come from the command line:
/// the client secret from LEADSLA_CLIENT_SECRET, the certificate's password from LEADSLA_CERTIFICATE_PASSWORD, or a
/// prompt that does not echo. A loopback URL given without a client id needs no token.
/// </summary>
internal sealed class EnvironmentConnection
{
    public const string SecretVariable = "LEADSLA_CLIENT_SECRET";
    public const string CertificatePasswordVariable = "LEADSLA_CERTIFICATE_PASSWORD";
    public const string TokenVariable = "LEADSLA_TOKEN";

    private readonly Option<string> url = new("--url")
    {
        Description = "The environment, e.g. https://contoso.crm.dynamics.com, or a local endpoint of leadsla serve, e.g. http://127.0.0.1:5555.",
        Required = true,
    };

    private readonly Option<string?> clientId = new("--client-id") { Description = "The application (client) id registered in Microsoft Entra ID." };
    private readonly Option<string?> tenant = new("--tenant") { Description = "The tenant id or domain (default: organizations)." };
    private readonly Option<FileInfo?> certificate = new("--certificate") { Description = "A PFX certificate of the application (its password from LEADSLA_CERTIFICATE_PASSWORD)." };
    private readonly Option<bool> deviceCode = new("--device-code") { Description = "Sign in as a person with a device code instead of as the application." };
    private readonly Option<string?> token = new("--token")
    {
        Description = "A bearer token to send as it is, for an endpoint that checks one (leadsla serve --auth prints its token). Prefer LEADSLA_TOKEN for a real token: an option lands in the shell history.",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(url);
        command.Options.Add(clientId);
        command.Options.Add(tenant);
        command.Options.Add(certificate);
        command.Options.Add(deviceCode);
        command.Options.Add(token);
    }

    public WebApiClient ClientFor(ParseResult result, TextWriter prompt)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.GetValue(url)!;
        var environment = Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? parsed
            : throw new EnvironmentSignInException($"--url '{text}' is not an environment's address: write https://ORG.crm.dynamics.com, or http://127.0.0.1:PORT for leadsla serve.");
        return new WebApiClient(environment, Tokens(result, environment, prompt));
    }

    public static bool IsLoopback(Uri environment) =>
        environment.IsLoopback || (IPAddress.TryParse(environment.Host, out var address) && IPAddress.IsLoopback(address));

    private ITokenSource Tokens(ParseResult result, Uri environment, TextWriter prompt)
    {
        var id = result.GetValue(clientId);
        var given = result.GetValue(token) ?? (id is null ? Environment.GetEnvironmentVariable(TokenVariable) : null);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new GivenToken(given.Trim());
        }

        if (id is null)
        {
            return IsLoopback(environment)
                ? new NoToken()
                : throw new EnvironmentSignInException($"{environment} is not a local endpoint: give --client-id of an application registered for it, or a token (--token or {TokenVariable}).");
        }

        var tenantId = result.GetValue(tenant) ?? "organizations";
        if (result.GetValue(deviceCode))
        {
            var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "leadsla", "msal-token-cache.bin");
            return MsalTokenSource.ForPerson(environment, id, tenantId, prompt, cache);
        }

        var pfx = result.GetValue(certificate);
        return pfx is not null
            ? MsalTokenSource.ForApplication(environment, id, tenantId, null, X509CertificateLoader.LoadPkcs12FromFile(pfx.FullName, Secret(CertificatePasswordVariable, "certificate password", prompt)))
            : MsalTokenSource.ForApplication(environment, id, tenantId, Secret(SecretVariable, "client secret", prompt), null);
    }

    // From the environment, else asked for without echo when someone is at the keyboard.
    private static string? Secret(string variable, string what, TextWriter prompt)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(value) || Console.IsInputRedirected)
        {
            return value;
        }

        prompt.Write($"{what} (or set {variable}): ");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        prompt.WriteLine();
        return typed.ToString();
    }
}
