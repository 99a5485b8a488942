using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Scoring;

public class LeadScoringPluginTests
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void A_head_of_development_outranks_a_head_of_purchasing()
    {
        new ScoringModelBuilder()
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development;vp engineering", 40)
            .FitRule("Purchasing", "jobtitle", RuleOperator.ContainsAnyKeyword, "purchasing;procurement", 10)
            .CreateIn(scenario.System);

        var developer = new LeadBuilder().JobTitle("Head of Development EMEA").CreateIn(scenario.Marketing);
        var buyer = new LeadBuilder().JobTitle("Head of Purchasing").CreateIn(scenario.Marketing);

        Assert.Equal(40, ScoredLeads.Read(scenario.Marketing, developer).FitScore());
        Assert.Equal(10, ScoredLeads.Read(scenario.Marketing, buyer).FitScore());
    }
}
