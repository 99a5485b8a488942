using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>
/// Tokens from Microsoft Entra ID through MSAL: an application's client credentials (secret or certificate, scope
/// <c>URL/.default</c>) or a person's sign-in by device code (scope <c>URL/user_impersonation</c>). MSAL keeps the
/// tokens in its cache and renews them; a person's cache is kept in a file of the user's profile, readable only by
/// them, so the next command signs in silently.
/// </summary>
internal sealed class MsalTokenSource : ITokenSource
{
    private readonly Func<CancellationToken, Task<AuthenticationResult>> acquire;

    private MsalTokenSource(Func<CancellationToken, Task<AuthenticationResult>> acquire) => this.acquire = acquire;

    public static MsalTokenSource ForApplication(Uri environment, string clientId, string tenant, string? secret, X509Certificate2? certificate)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(clientId)
            .WithAuthority(AzureCloudInstance.AzurePublic, tenant)
            .WithCacheOptions(CacheOptions.EnableSharedCacheOptions);
        var app = certificate is not null ? builder.WithCertificate(certificate).Build()
            : secret is not null ? builder.WithClientSecret(secret).Build()
            : throw new EnvironmentSignInException("An application signs in with a secret or a certificate: set LEADSLA_CLIENT_SECRET, or give --certificate.");
        string[] scopes = [new Uri(environment, "/.default").ToString()];
        return new MsalTokenSource(token => app.AcquireTokenForClient(scopes).ExecuteAsync(token));
    }

    public static MsalTokenSource ForPerson(Uri environment, string clientId, string tenant, TextWriter prompt, string cacheFile)
    {
        var app = PublicClientApplicationBuilder.Create(clientId)
            .WithAuthority(AzureCloudInstance.AzurePublic, tenant)
            .WithDefaultRedirectUri()
            .Build();
        KeepCacheIn(app.UserTokenCache, cacheFile);
        string[] scopes = [new Uri(environment, "/user_impersonation").ToString()];
        return new MsalTokenSource(async token =>
        {
            var account = (await app.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
            try
            {
                return await app.AcquireTokenSilent(scopes, account).ExecuteAsync(token).ConfigureAwait(false);
            }
            catch (MsalUiRequiredException)
            {
                return await app.AcquireTokenWithDeviceCode(scopes, code =>
                {
                    prompt.WriteLine(code.Message);
                    return Task.CompletedTask;
                }).ExecuteAsync(token).ConfigureAwait(false);
            }
        });
    }

    public async Task<string?> TokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await acquire(cancellationToken).ConfigureAwait(false)).AccessToken;
        }
        catch (MsalException refused)
        {
            throw new EnvironmentSignInException(SignInRefusal(refused), refused);
        }
    }

    /// <summary>One sentence for a failed sign-in: Entra ID's own first line (e.g. "AADSTS7000215: Invalid client secret provided.") and what to check.</summary>
    internal static string SignInRefusal(MsalException refused)
    {
        var first = refused.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
        return UserLanguage.Pick(
            $"Sign-in to Microsoft Entra ID failed: {first}. Check --client-id, --tenant and the secret or certificate.",
            $"Die Anmeldung bei Microsoft Entra ID ist gescheitert: {first}. Prüfen Sie --client-id, --tenant und das Geheimnis oder Zertifikat.");
    }

    private static void KeepCacheIn(ITokenCache cache, string file)
    {
        cache.SetBeforeAccess(args =>
        {
            if (File.Exists(file))
            {
                args.TokenCache.DeserializeMsalV3(File.ReadAllBytes(file));
            }
        });
        cache.SetAfterAccess(args =>
        {
            if (!args.HasStateChanged)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, args.TokenCache.SerializeMsalV3());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        });
    }
}

/// <summary>The command cannot sign in with what it was given; the message says what is missing.</summary>
internal sealed class EnvironmentSignInException : Exception
{
    public EnvironmentSignInException(string message)
        : base(message)
    {
    }

    public EnvironmentSignInException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
