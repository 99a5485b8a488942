using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>ImportSolution and ImportSolutionAsync over HTTP: a good zip is installed, a refused one changes nothing.</summary>
public class ImportTests
{
    [Fact]
    public async Task ImportSolution_installs_the_zip_so_its_tables_are_served_and_its_solution_and_assemblies_are_listed()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        var metadataBefore = await http.GetStringAsync("$metadata");

        using var imported = await http.PostAsJsonAsync("ImportSolution", Body(PackedSolution.Zip));

        Assert.Equal(HttpStatusCode.NoContent, imported.StatusCode);
        Assert.DoesNotContain(ScoringModelSchema.EntityName, metadataBefore, StringComparison.Ordinal);
        Assert.Contains($"<EntityType Name=\"{ScoringModelSchema.EntityName}\"", await http.GetStringAsync("$metadata"), StringComparison.Ordinal);
        var models = SolutionFolder.Load().Metadata.EntitySet(ScoringModelSchema.EntityName);
        Assert.Empty(Rows(await http.GetStringAsync($"{models}?$select={ScoringModelSchema.Name}")));
        var solution = Assert.Single(Rows(await http.GetStringAsync("solutions?$select=uniquename,version,ismanaged&$filter=uniquename eq 'CrmLeadSla'")));
        Assert.Equal(("CrmLeadSla", "0.1.0.0", true), (solution["uniquename"]!.GetValue<string>(), solution["version"]!.GetValue<string>(), solution["ismanaged"]!.GetValue<bool>()));
        var assemblies = Rows(await http.GetStringAsync("pluginassemblies?$select=name,version&$orderby=name"));
        Assert.Equal(["CrmLeadSla.Plugins 0.1.0.0", "CrmLeadSla.Workflows 0.1.0.0"], assemblies.Select(a => $"{a["name"]} {a["version"]}"));
    }

    [Fact]
    public async Task A_refused_zip_gets_400_with_the_import_error_and_changes_nothing()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };

        using var refused = await http.PostAsJsonAsync("ImportSolution", Body(Unversioned()));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("0x80048060", error["code"]!.GetValue<string>());
        Assert.Contains("the version 'next' is not a version.", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(Rows(await http.GetStringAsync("solutions?$select=uniquename")));
        Assert.Null(served.Organization.Metadata.FindTable(ScoringModelSchema.EntityName));
    }

    [Fact]
    public async Task A_refused_asynchronous_import_fails_its_operation_and_its_import_log_says_why()
    {
        await using var served = await ServedOrganization.StartEmptyAsync();
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };

        using var started = await http.PostAsJsonAsync("ImportSolutionAsync", Body(Unversioned()));

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var answer = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        var operation = JsonNode.Parse(await http.GetStringAsync($"asyncoperations({answer["AsyncOperationId"]})"))!;
        var job = JsonNode.Parse(await http.GetStringAsync($"importjobs({answer["ImportJobKey"]})"))!;
        Assert.Equal((3, 31), (operation["statecode"]!.GetValue<int>(), operation["statuscode"]!.GetValue<int>()));
        Assert.Contains("the version 'next' is not a version.", operation["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("result=\"failure\"", job["data"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(Rows(await http.GetStringAsync("solutions?$select=uniquename")));
    }

    private static byte[] Unversioned() => PackedSolution.Changed("solution.xml", "<Version>0.1.0.0</Version>", "<Version>next</Version>");

    private static JsonObject Body(byte[] zip) => new()
    {
        ["OverwriteUnmanagedCustomizations"] = true,
        ["PublishWorkflows"] = true,
        ["CustomizationFile"] = Convert.ToBase64String(zip),
    };

    private static IReadOnlyList<JsonNode> Rows(string collection) => JsonNode.Parse(collection)!["value"]!.AsArray().Select(r => r!).ToList();
}
