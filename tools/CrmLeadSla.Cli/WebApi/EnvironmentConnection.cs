using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>
/// The options every environment command shares (<c>--url</c>, <c>--client-id</c>, <c>--tenant</c>,
/// <c>--certificate</c>, <c>--device-code</c>, <c>--token</c>) and the client they make. Secrets never come from the
/// command line: the client secret from LEADSLA_CLIENT_SECRET, the certificate's password from
/// LEADSLA_CERTIFICATE_PASSWORD, or a prompt that does not echo. A loopback URL given without a client id needs no
/// token. An address that is none, or an environment without a way to sign in, is a usage error found while parsing.
/// </summary>
internal sealed class EnvironmentConnection
{
    public const string SecretVariable = "LEADSLA_CLIENT_SECRET";
    public const string CertificatePasswordVariable = "LEADSLA_CERTIFICATE_PASSWORD";
    public const string TokenVariable = "LEADSLA_TOKEN";

    private readonly Option<string>? url;

    private readonly Option<string?> clientId = new("--client-id")
    {
        Description = UserLanguage.Pick("The application (client) id registered in Microsoft Entra ID.", "Die in Microsoft Entra ID registrierte Anwendungs-ID (Client-ID)."),
    };

    private readonly Option<string?> tenant = new("--tenant")
    {
        Description = UserLanguage.Pick("The tenant id or domain (default: organizations).", "Die Mandanten-ID oder -Domäne (Standard: organizations)."),
    };

    private readonly Option<FileInfo?> certificate = new("--certificate")
    {
        Description = UserLanguage.Pick("A PFX certificate of the application (its password from LEADSLA_CERTIFICATE_PASSWORD).", "Ein PFX-Zertifikat der Anwendung (sein Kennwort aus LEADSLA_CERTIFICATE_PASSWORD)."),
    };

    private readonly Option<bool> deviceCode = new("--device-code")
    {
        Description = UserLanguage.Pick("Sign in as a person with a device code instead of as the application.", "Als Person mit einem Gerätecode anmelden statt als Anwendung."),
    };

    private readonly Option<string?> token = new("--token")
    {
        Description = UserLanguage.Pick(
            "A bearer token to send as it is, for an endpoint that checks one (leadsla serve --auth prints its token). Prefer LEADSLA_TOKEN for a real token: an option lands in the shell history.",
            "Ein Bearer-Token, das unverändert gesendet wird, für einen Endpunkt, der eines prüft (leadsla serve --auth zeigt seines). Für ein echtes Token besser LEADSLA_TOKEN: eine Option landet im Shell-Verlauf."),
    };

    /// <summary>The options of a command that names its environment as <paramref name="address"/> says.</summary>
    public EnvironmentConnection(UrlOption address = UrlOption.Required)
    {
        if (address != UrlOption.None)
        {
            url = new Option<string>("--url")
            {
                Description = UserLanguage.Pick(
                    "The environment, e.g. https://contoso.crm.dynamics.com, or a local endpoint of leadsla serve, e.g. http://127.0.0.1:5555.",
                    "Die Umgebung, z. B. https://contoso.crm.dynamics.com, oder ein lokaler Endpunkt von leadsla serve, z. B. http://127.0.0.1:5555."),
                Required = address == UrlOption.Required,
            };
            url.Validators.Add(result =>
            {
                var text = result.GetValueOrDefault<string>();
                if (AddressOf(text) is null)
                {
                    result.AddError(NotAnAddress("--url", text));
                }
            });
        }
    }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (url is not null)
        {
            command.Options.Add(url);
            command.Validators.Add(result =>
            {
                if (AddressOf(result.GetValue(url)) is Uri environment && SignInProblem(result.GetValue(clientId), result.GetValue(token), environment) is string problem)
                {
                    result.AddError(problem);
                }
            });
        }

        command.Options.Add(clientId);
        command.Options.Add(tenant);
        command.Options.Add(certificate);
        command.Options.Add(deviceCode);
        command.Options.Add(token);
    }

    /// <summary>The environment <c>--url</c> names; null when the command was called without it.</summary>
    public Uri? AddressIn(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return url is null ? null : AddressOf(result.GetValue(url));
    }

    /// <summary>Whether the command's <c>--url</c> was given, as its validators see it.</summary>
    public bool IsNamedIn(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return url is not null && result.GetResult(url) is not null;
    }

    /// <summary>The client of the environment <c>--url</c> names; retries are shown on the command's error output.</summary>
    public WebApiClient ClientFor(ParseResult result) =>
        ClientFor(result, AddressIn(result) ?? throw new InvalidOperationException("The command was called without --url."));

    /// <summary>The client of <paramref name="environment"/>, signed in with the command's options.</summary>
    public WebApiClient ClientFor(ParseResult result, Uri environment)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(environment);
        if (SignInProblem(result.GetValue(clientId), result.GetValue(token), environment) is string problem)
        {
            throw new EnvironmentSignInException(problem);
        }

        var error = result.InvocationConfiguration.Error;
        return new WebApiClient(environment, Tokens(result, environment, error), notices: error);
    }

    /// <summary>The environment's address in <paramref name="text"/> (http or https), or null when it is none.</summary>
    public static Uri? AddressOf(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? parsed
            : null;

    /// <summary>The usage error of an option whose value is no environment's address.</summary>
    public static string NotAnAddress(string option, string? text) => UserLanguage.Pick(
        $"{option} '{text}' is not an environment's address: write https://ORG.crm.dynamics.com, or http://127.0.0.1:PORT for leadsla serve.",
        $"{option} '{text}' ist keine Adresse einer Umgebung: schreiben Sie https://ORG.crm.dynamics.com oder http://127.0.0.1:PORT für leadsla serve.");

    public static bool IsLoopback(Uri environment) =>
        environment.IsLoopback || (IPAddress.TryParse(environment.Host, out var address) && IPAddress.IsLoopback(address));

    // A real environment needs an application to sign in as, or a token; only a loopback endpoint can do without.
    private static string? SignInProblem(string? id, string? given, Uri environment) =>
        id is null && string.IsNullOrWhiteSpace(given ?? Environment.GetEnvironmentVariable(TokenVariable)) && !IsLoopback(environment)
            ? UserLanguage.Pick(
                $"{environment} is not a local endpoint: give --client-id of an application registered for it, or a token (--token or {TokenVariable}).",
                $"{environment} ist kein lokaler Endpunkt: geben Sie --client-id einer dafür registrierten Anwendung an oder ein Token (--token oder {TokenVariable}).")
            : null;

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
            return new NoToken();
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

/// <summary>How a command names the environment it works with.</summary>
internal enum UrlOption
{
    /// <summary>With <c>--url</c>, which must be given.</summary>
    Required,

    /// <summary>With <c>--url</c>, which may be left out: the command then works elsewhere (e.g. a local Dataverse).</summary>
    Optional,

    /// <summary>Without <c>--url</c>: the address comes from an option of the command's own; these options only sign in.</summary>
    None,
}
