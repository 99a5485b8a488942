using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.ScoringConfiguration;

public class ModelVersionTests
{
    private readonly SolutionScenario scenario = new();
    private readonly Guid modelId;

    public ModelVersionTests()
    {
        modelId = scenario.Marketing.Create(ConfigurationRows.Model());
    }

    [Fact]
    public void A_new_model_starts_at_version_one()
    {
        Assert.Equal(1, Version());
    }

    [Fact]
    public void Changing_a_setting_raises_the_version_by_one()
    {
        scenario.Marketing.Update(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.MqlThreshold] = 70 });

        Assert.Equal(2, Version());
    }

    [Fact]
    public void Changing_only_the_description_keeps_the_version()
    {
        scenario.Marketing.Update(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.Description] = "Agreed with sales in March" });

        Assert.Equal(1, Version());
    }

    [Fact]
    public void Creating_a_rule_raises_its_models_version()
    {
        scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.ContainsAnyKeyword, "CTO"));

        Assert.Equal(2, Version());
    }

    [Fact]
    public void Changing_a_rule_raises_its_models_version()
    {
        var ruleId = scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.ContainsAnyKeyword, "CTO"));

        scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, ruleId) { [ScoringRuleSchema.Points] = 25 });

        Assert.Equal(3, Version());
    }

    [Fact]
    public void Deleting_a_rule_raises_its_models_version()
    {
        var ruleId = scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "jobtitle", RuleOperator.ContainsAnyKeyword, "CTO"));

        scenario.Marketing.Delete(ScoringRuleSchema.EntityName, ruleId);

        Assert.Equal(3, Version());
    }

    [Fact]
    public void A_refused_rule_leaves_the_version_alone()
    {
        Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            scenario.Marketing.Create(ConfigurationRows.FitRule(modelId, "shoesize", RuleOperator.Equals, "42")));

        Assert.Equal(1, Version());
    }

    private int Version() =>
        scenario.Marketing.Retrieve(ScoringModelSchema.EntityName, modelId, new ColumnSet(ScoringModelSchema.Version)).GetAttributeValue<int>(ScoringModelSchema.Version);
}
