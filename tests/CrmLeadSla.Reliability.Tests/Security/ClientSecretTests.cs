using System.Diagnostics;

namespace CrmLeadSla.Reliability.Tests.Security;

/// <summary>
/// The environment commands read the client secret from LEADSLA_CLIENT_SECRET; when signing in fails, the secret
/// appears nowhere in what the command prints, its error text included.
/// </summary>
[Trait("Category", "Reliability")]
public class ClientSecretTests
{
    private const string FakeSecret = "Fake~Secret.4711-never-print-me";

    [Theory]
    [InlineData("rescore")]
    [InlineData("export", "--out", "unused-export")]
    public void A_failed_sign_in_prints_no_client_secret(params string[] command)
    {
        var (exitCode, printed) = Run([.. command, "--url", "https://contoso.crm.dynamics.com", "--client-id", "00000000-0000-0000-0000-000000000001", "--tenant", "contoso.onmicrosoft.com"]);

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain(FakeSecret, printed, StringComparison.Ordinal);
    }

    // The command as a user runs it: its own process, the secret in its environment, no keyboard.
    private static (int ExitCode, string Printed) Run(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Directory.CreateTempSubdirectory("leadsla-secret-").FullName,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "leadsla.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LEADSLA_CLIENT_SECRET"] = FakeSecret;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
