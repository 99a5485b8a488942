using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// The path an admin rehearses before meeting a real environment, with the real <c>leadsla</c> processes:
/// <c>serve --empty</c>, <c>pack</c>, <c>deploy</c>, leads created over the Web API, <c>rescore</c>, <c>export</c>, <c>report</c>.
/// </summary>
public sealed class AdminRehearsalTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "leadsla-rehearsal-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_packed_zip_deployed_into_an_empty_organization_scores_leads_that_rescore_export_and_report_then_read()
    {
        await using var serve = await ServeProcess.StartAsync("--empty");
        using var http = new HttpClient { BaseAddress = serve.ServiceRoot };
        var setsBefore = await http.GetStringAsync(string.Empty);

        var pack = await Leadsla.RunAsync("pack", "--out", Path.Combine(folder, "dist"), "--managed");
        var zip = Assert.Single(Directory.GetFiles(Path.Combine(folder, "dist"), "*_managed.zip"));
        var deploy = await Leadsla.RunAsync("deploy", "--url", serve.Url, "--solution", zip, "--with-sample-config");
        var cto = await CreateLead(http, "Weber", "CTO");
        var clerk = await CreateLead(http, "Koch", "Clerk");
        var rescore = await Leadsla.RunAsync("rescore", "--url", serve.Url);
        var export = await Leadsla.RunAsync("export", "--url", serve.Url, "--out", Path.Combine(folder, "export"));
        var report = await Leadsla.RunAsync("report", "--in", Path.Combine(folder, "export"));

        Assert.StartsWith("Serving an organization without solutions at ", serve.Banner, StringComparison.Ordinal);
        Assert.DoesNotContain(SolutionFolder.Load().Metadata.EntitySet(ScoringModelSchema.EntityName), setsBefore, StringComparison.Ordinal);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.True(deploy.ExitCode == 0, deploy.ToString());
        Assert.Contains("imported CrmLeadSla 0.1.0.0 (was not installed) and published", deploy.Output, StringComparison.Ordinal);
        Assert.Contains("sample configuration rows", deploy.Output, StringComparison.Ordinal);
        // The sample model: a CTO is worth 40 fit points, grade B from 40; a clerk matches no rule.
        Assert.Equal(("B", 40), (cto[LeadSchema.LeadIndex]!.GetValue<string>()[..1], cto[LeadSchema.FitScore]!.GetValue<int>()));
        Assert.Equal(0, clerk[LeadSchema.FitScore]!.GetValue<int>());
        Assert.True(rescore.ExitCode == 0, rescore.ToString());
        Assert.Contains("Rescored: 2 read, 0 changed, 0 failed", rescore.Output, StringComparison.Ordinal);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("Exported 2 leads", export.Output, StringComparison.Ordinal);
        Assert.True(report.ExitCode == 0, report.ToString());
        var dashboard = report.Output.Split('\n').Single(line => line.StartsWith("Dashboard: ", StringComparison.Ordinal))["Dashboard: ".Length..].Trim();
        Assert.True(File.Exists(dashboard), report.ToString());
    }

    [Fact]
    public async Task Deploying_the_same_zip_again_says_there_is_nothing_to_change_and_a_higher_version_upgrades()
    {
        await using var serve = await ServeProcess.StartAsync("--empty");
        using var http = new HttpClient { BaseAddress = serve.ServiceRoot };
        var first = Write("CrmLeadSla_0_1_0_0_managed.zip", PackedSolution.Zip);
        var next = Write("CrmLeadSla_0_2_0_0_managed.zip", PackedSolution.Changed("solution.xml", "<Version>0.1.0.0</Version>", "<Version>0.2.0.0</Version>"));
        await Leadsla.RunAsync("deploy", "--url", serve.Url, "--solution", first);

        var again = await Leadsla.RunAsync("deploy", "--url", serve.Url, "--solution", first);
        var upgrade = await Leadsla.RunAsync("deploy", "--url", serve.Url, "--solution", next);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("CrmLeadSla 0.1.0.0 is installed: no import.", again.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing to change.", again.Output, StringComparison.Ordinal);
        Assert.True(upgrade.ExitCode == 0, upgrade.ToString());
        Assert.Contains("imported CrmLeadSla 0.2.0.0 (was 0.1.0.0) and published", upgrade.Output, StringComparison.Ordinal);
        var installed = JsonNode.Parse(await http.GetStringAsync("solutions?$select=version&$filter=uniquename eq 'CrmLeadSla'"))!["value"]!.AsArray();
        Assert.Equal("0.2.0.0", Assert.Single(installed)!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Serve_empty_with_a_solution_is_a_usage_error()
    {
        var run = await Leadsla.RunAsync("serve", "--empty", "--sample");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--empty starts without a solution", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A lead as a web form creates it, read back as the plug-ins left it.
    private static async Task<JsonNode> CreateLead(HttpClient http, string lastName, string jobTitle)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"leads?$select={LeadSchema.LeadIndex},{LeadSchema.FitScore}")
        {
            Content = JsonContent.Create(new JsonObject { ["lastname"] = lastName, ["jobtitle"] = jobTitle, ["subject"] = "Interested in CrmLeadSla" }),
        };
        request.Headers.Add("Prefer", "return=representation");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!;
    }

    private string Write(string name, byte[] zip)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, zip);
        return path;
    }
}
