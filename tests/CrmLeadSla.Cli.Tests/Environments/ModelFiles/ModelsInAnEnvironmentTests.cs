using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Tests.Learning.Calibration;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.WebApi;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Tests.Environments.ModelFiles;

/// <summary>
/// <c>model export</c>, <c>model import</c> and <c>calibrate --current</c> against the local endpoint of
/// <c>leadsla serve</c> (started in-process): the models are those of the organization served, and stay there.
/// </summary>
[UseCulture("en-US")]
public sealed class ModelsInAnEnvironmentTests : IAsyncLifetime
{
    private static readonly Lazy<SolutionDefinition> Solution = new(SolutionFolder.Load);

    private readonly string folder = Directory.CreateTempSubdirectory("models-").FullName;
    private readonly LocalOrganization organization = LocalOrganization.FromSolution(Solution.Value, SolutionAssemblies.Loaded);
    private LocalWebApi api = null!;

    private IOrganizationService Admin => organization.ServiceFor(organization.AdminUserId);

    private string Url => api.BaseAddress.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync() => api = await LocalWebApi.StartAsync(organization, new WebApiOptions());

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Export_from_the_local_endpoint_writes_the_model_active_there()
    {
        ModelRecords.Import(Admin, SyntheticHistory.TrueModel, activate: true);
        var file = Path.Combine(folder, "current.json");

        var run = CommandLineRun.Of("model", "export", "--url", Url, "--out", file);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(ModelJson.Write(SyntheticHistory.TrueModel.InReadingOrder()), File.ReadAllText(file));
        Assert.Equal("Exported model 'True model' with 12 rules.", run.Output.Trim());
    }

    [Fact]
    public void Import_into_the_local_endpoint_with_activate_makes_it_the_active_model_there()
    {
        ModelRecords.Import(Admin, SyntheticHistory.TrueModel, activate: true);
        var file = Path.Combine(folder, "proposed.json");
        File.WriteAllText(file, ModelJson.Write(SyntheticHistory.TrueModel with { Name = "Lead SLA 2027" }));

        var run = CommandLineRun.Of("model", "import", "--url", Url, "--file", file, "--activate");

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(["Lead SLA 2027"], ActiveModelNames());
        Assert.Equal(ModelJson.Write(SyntheticHistory.TrueModel.InReadingOrder() with { Name = "Lead SLA 2027" }), ModelJson.Write(ModelRecords.Export(Admin, null)));
        Assert.EndsWith($"into {Url}; it is the active model there now.", run.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_without_activate_leaves_the_active_model_as_it_was()
    {
        ModelRecords.Import(Admin, SyntheticHistory.TrueModel, activate: true);
        var file = Path.Combine(folder, "proposed.json");
        File.WriteAllText(file, ModelJson.Write(SyntheticHistory.TrueModel with { Name = "Lead SLA 2027" }));

        var run = CommandLineRun.Of("model", "import", "--url", Url, "--file", file);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Equal(["True model"], ActiveModelNames());
        Assert.Equal(2, Admin.RetrieveMultiple(new QueryExpression(ScoringModelSchema.EntityName)).Entities.Count);
    }

    [Fact]
    public void An_unsound_model_file_is_refused_before_the_environment_is_touched()
    {
        var file = Path.Combine(folder, "unsound.json");
        var model = SyntheticHistory.TrueModel with { Name = "Unsound", Rules = [.. SyntheticHistory.TrueModel.Rules, SyntheticHistory.TrueModel.Rules[0] with { Name = "Shoe size", Attribute = "new_shoesize" }] };
        File.WriteAllText(file, ModelJson.Write(model));

        var run = CommandLineRun.Of("model", "import", "--url", Url, "--file", file, "--activate");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("leadsla model import: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Shoe size", run.Error, StringComparison.Ordinal);
        Assert.Empty(Admin.RetrieveMultiple(new QueryExpression(ScoringModelSchema.EntityName)).Entities);
    }

    [Fact]
    public void Calibrate_compares_with_the_model_active_in_the_environment()
    {
        ModelRecords.Import(Admin, SyntheticHistory.TrueModel with { Name = "Served model" }, activate: true);
        var history = Path.Combine(folder, "history.csv");
        HistoryFile.Write(history, CsvStyle.Plain, SyntheticHistory.Draw(1500, seed: 5));

        var run = CommandLineRun.Of("calibrate", "--history", history, "--out", Path.Combine(folder, "model.json"), "--current", Url);

        Assert.Equal(ExitCodes.Done, run.ExitCode);
        Assert.Contains("Held-out leads, proposed vs current 'Served model':", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_with_both_org_and_url_is_a_usage_error()
    {
        var run = CommandLineRun.Of("model", "export", "--url", Url, "--org", "local", "--out", Path.Combine(folder, "m.json"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--org and --url exclude each other", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_when_no_model_is_active_says_how_to_name_one_and_writes_nothing()
    {
        var file = Path.Combine(folder, "current.json");

        var run = CommandLineRun.Of("model", "export", "--url", Url, "--out", file);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("leadsla model export: No scoring model is active. Name the model to export with --name.", run.Error.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    private string[] ActiveModelNames()
    {
        var active = new QueryExpression(ScoringModelSchema.EntityName) { ColumnSet = new ColumnSet(ScoringModelSchema.Name) };
        active.Criteria.AddCondition(ScoringModelSchema.IsActive, ConditionOperator.Equal, true);
        return [.. Admin.RetrieveMultiple(active).Entities.Select(row => row.GetAttributeValue<string>(ScoringModelSchema.Name))];
    }
}
