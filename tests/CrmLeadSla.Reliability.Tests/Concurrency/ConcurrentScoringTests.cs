using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit.Abstractions;

namespace CrmLeadSla.Reliability.Tests.Concurrency;

[Trait("Category", "Reliability")]
public class ConcurrentScoringTests(ITestOutputHelper output)
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void Eight_callers_recording_a_thousand_interactions_on_one_lead_lose_no_points()
    {
        new ScoringModelBuilder().BehaviourRule("Visit", InteractionType.WebsiteVisit, points: 3).CreateIn(scenario.Marketing);
        var lead = new LeadBuilder().CreateIn(scenario.Marketing);

        var conflicts = ConcurrentCalls.Run(callers: 8, callsEach: 125, _ =>
            new InteractionBuilder(lead).Of(InteractionType.WebsiteVisit).CreateIn(scenario.Marketing));

        Assert.Equal(3 * 1000, BehaviourScoreOf(lead));
        Assert.Equal(1000, scenario.Organization.Database.CountOf(InteractionSchema.EntityName));
        output.WriteLine($"1000 interactions by 8 callers on one lead: {conflicts} retried, {scenario.Organization.Database.LockWaits} lock waits");
    }

    [Fact]
    public async Task Users_editing_leads_while_a_rescoring_runs_keep_every_edit()
    {
        var rows = await EditedDuringRescoring();

        Assert.All(rows, row => Assert.StartsWith("Engineer", row.GetAttributeValue<string>("jobtitle"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_editing_leads_while_a_rescoring_runs_keep_the_score_of_their_edit()
    {
        var rows = await EditedDuringRescoring();

        Assert.All(rows, row => Assert.Equal(0, row.GetAttributeValue<int?>(LeadSchema.FitScore)));
    }

    // Leads worth 70 after a rule change; while the rescoring raises them, their users take the title away (worth 0).
    private async Task<IReadOnlyList<Entity>> EditedDuringRescoring()
    {
        var model = new ScoringModelBuilder().FitRule("Head of", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of", 50).CreateIn(scenario.Marketing);
        var leads = Enumerable.Range(0, 200).Select(i => new LeadBuilder().JobTitle($"Head of unit {i}").CreateIn(scenario.Marketing)).ToList();
        scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule("Head of")) { [ScoringRuleSchema.Points] = 70 });

        var rescoring = Task.Run(() => scenario.Organization.RunPendingAsyncJobs());
        var conflicts = ConcurrentCalls.Run(callers: 4, callsEach: leads.Count / 4, call =>
            scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leads[call]) { ["jobtitle"] = $"Engineer {call}" }));
        await rescoring;

        output.WriteLine($"{leads.Count} lead edits during a rescoring: {conflicts} retried, {scenario.Organization.Database.LockWaits} lock waits");
        return scenario.System.RetrieveMultiple(new QueryExpression(LeadSchema.EntityName) { ColumnSet = new ColumnSet("jobtitle", LeadSchema.FitScore) }).Entities;
    }

    private int BehaviourScoreOf(Guid lead) =>
        scenario.System.Retrieve(LeadSchema.EntityName, lead, new ColumnSet(LeadSchema.BehaviorScore)).GetAttributeValue<int>(LeadSchema.BehaviorScore);
}
