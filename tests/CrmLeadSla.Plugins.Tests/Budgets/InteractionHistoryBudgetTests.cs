using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.LocalDataverse.Service;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Budgets;

/// <summary>The behaviour state is incremental: an interaction never reads the lead's earlier interactions.</summary>
[Trait("Category", "Budget")]
public class InteractionHistoryBudgetTests
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void An_interaction_costs_the_same_requests_after_ten_a_thousand_or_ten_thousand_earlier_ones()
    {
        new ScoringModelBuilder()
            .Thresholds(a: 60, b: 40, c: 20)
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 60)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 10)
            .CreateIn(scenario.System);

        var costs = new[] { 10, 1_000, 10_000 }.Select(RequestsOfOneMoreInteraction).ToList();

        Assert.All(costs, cost => Assert.Equal(costs[0].Count, cost.Count));
        Assert.True(costs[0].Count <= Budget.InteractionCreate, string.Join(", ", costs[0].Select(request => $"{request.Message} {request.Table}")));
    }

    private List<CountedRequest> RequestsOfOneMoreInteraction(int earlierInteractions)
    {
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        var earlier = Enumerable.Range(0, earlierInteractions)
            .Select(_ => new InteractionBuilder(leadId).Of(InteractionType.WebsiteVisit).Build());
        foreach (var chunk in earlier.Chunk(1000))
        {
            scenario.System.Execute(new OrganizationRequest("CreateMultiple")
            {
                Parameters = { ["Targets"] = new EntityCollection(chunk) { EntityName = InteractionSchema.EntityName } },
            });
        }

        using var requests = scenario.Organization.Requests.Measure();
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        return requests.Requests.Where(request => request.FromPlugin).ToList();
    }
}
