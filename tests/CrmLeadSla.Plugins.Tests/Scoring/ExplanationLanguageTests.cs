using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Scoring;

/// <summary>The fixed words of lsla_scoreexplanation are in the scoring model's language (lsla_languagecode); rule names stay as written.</summary>
public class ExplanationLanguageTests
{
    private const int German = 1031;
    private const int English = 1033;

    [Fact]
    public void A_lead_scored_under_a_German_model_shows_a_German_explanation()
    {
        var scenario = new SolutionScenario();
        ModelWithOneRule().InLanguage(German).CreateIn(scenario.System);

        var leadId = new LeadBuilder().JobTitle("Head of Development").CreateIn(scenario.Marketing);

        Assert.Equal("Eignung 40 → B: Head of development +40\nVerhalten 0: keine Interaktion zählt", ScoredLeads.Read(scenario.Sales, leadId).Explanation());
    }

    [Fact]
    public void A_lead_scored_under_an_English_model_shows_an_English_explanation_in_a_German_organization()
    {
        var scenario = new SolutionScenario(languageCode: German);
        ModelWithOneRule().InLanguage(English).CreateIn(scenario.System);

        var leadId = new LeadBuilder().JobTitle("Head of Development").CreateIn(scenario.Marketing);

        Assert.Equal("Fit 40 → B: Head of development +40\nBehaviour 0: no interaction counts", ScoredLeads.Read(scenario.Sales, leadId).Explanation());
    }

    [Fact]
    public void A_model_created_without_a_language_takes_the_organizations_base_language()
    {
        var scenario = new SolutionScenario(languageCode: German);

        var modelId = ModelWithOneRule().CreateIn(scenario.System).ModelId;

        var model = scenario.System.Retrieve(ScoringModelSchema.EntityName, modelId, new Microsoft.Xrm.Sdk.Query.ColumnSet(ScoringModelSchema.LanguageCode));
        Assert.Equal(German, model.GetAttributeValue<int?>(ScoringModelSchema.LanguageCode));
    }

    [Fact]
    public void Changing_the_models_language_rewrites_the_explanation_on_the_next_score()
    {
        var scenario = new SolutionScenario();
        var modelId = ModelWithOneRule().InLanguage(English).CreateIn(scenario.System).ModelId;
        var leadId = new LeadBuilder().JobTitle("Head of Development").CreateIn(scenario.Marketing);

        scenario.System.Update(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.LanguageCode] = German });
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "Head of Development EMEA" });

        Assert.Equal("Eignung 40 → B: Head of development +40\nVerhalten 0: keine Interaktion zählt", ScoredLeads.Read(scenario.Sales, leadId).Explanation());
    }

    private static ScoringModelBuilder ModelWithOneRule() => new ScoringModelBuilder()
        .Thresholds(a: 60, b: 40, c: 20)
        .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 40);
}
