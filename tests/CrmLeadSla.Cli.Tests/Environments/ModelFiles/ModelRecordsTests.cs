using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Tests.Learning.Calibration;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Tests.Environments.ModelFiles;

public class ModelRecordsTests
{
    private readonly LocalScenario scenario = new(SyntheticHistory.Start);

    [Fact]
    public void An_imported_model_exports_as_the_same_model()
    {
        var model = SyntheticHistory.TrueModel.InReadingOrder();
        ModelRecords.Import(scenario.Marketing, model, activate: false);

        var exported = ModelRecords.Export(scenario.Marketing, model.Name);

        Assert.Equal(ModelJson.Write(model), ModelJson.Write(exported));
    }

    [Fact]
    public void Importing_with_activate_makes_the_model_the_active_one_in_place_of_the_previous()
    {
        var previous = ModelRecords.Import(scenario.Marketing, SyntheticHistory.TrueModel with { Name = "Old model" }, activate: true);

        var imported = ModelRecords.Import(scenario.Marketing, SyntheticHistory.TrueModel, activate: true);

        Assert.Equal([imported], ActiveModels());
        Assert.False(scenario.Marketing.Retrieve(ScoringModelSchema.EntityName, previous, new ColumnSet(ScoringModelSchema.IsActive)).GetAttributeValue<bool>(ScoringModelSchema.IsActive));
    }

    [Fact]
    public void Exporting_without_a_name_exports_the_active_model()
    {
        ModelRecords.Import(scenario.Marketing, SyntheticHistory.TrueModel with { Name = "Draft" }, activate: false);
        ModelRecords.Import(scenario.Marketing, SyntheticHistory.TrueModel, activate: true);

        Assert.Equal(SyntheticHistory.TrueModel.Name, ModelRecords.Export(scenario.Marketing, null).Name);
    }

    [Fact]
    public void An_unsound_model_is_refused_before_anything_is_written()
    {
        var unsound = SyntheticHistory.TrueModel with
        {
            Rules = [new ScoringRule(Guid.NewGuid(), "Employees", RuleCategory.Fit, 10) { Attribute = "numberofemployees", Operator = RuleOperator.ContainsAnyKeyword, Value = "many" }],
        };

        Assert.Throws<ModelFileException>(() => ModelRecords.Import(scenario.Marketing, unsound, activate: true));
        Assert.Empty(scenario.Marketing.RetrieveMultiple(new QueryExpression(ScoringModelSchema.EntityName)).Entities);
    }

    [Fact]
    public void Exporting_a_model_that_does_not_exist_names_it()
    {
        var refused = Assert.Throws<ModelFileException>(() => ModelRecords.Export(scenario.Marketing, "Nowhere"));

        Assert.Contains("no scoring model named 'Nowhere'", refused.Message, StringComparison.Ordinal);
    }

    private Guid[] ActiveModels()
    {
        var query = new QueryExpression(ScoringModelSchema.EntityName) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(ScoringModelSchema.IsActive, ConditionOperator.Equal, true);
        return scenario.Marketing.RetrieveMultiple(query).Entities.Select((Entity row) => row.Id).ToArray();
    }
}
