using System.Diagnostics;
using System.Globalization;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Xunit.Abstractions;

namespace CrmLeadSla.Plugins.Tests.Scoring;

/// <summary>
/// What one scoring event costs, counted by the local Dataverse. The model cache is static but keyed by
/// organization id, so the other test classes running in parallel cannot warm or cool it for these tests.
/// </summary>
public class ScoringRequestBudgetTests(ITestOutputHelper output)
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void A_lead_update_touching_rule_columns_costs_one_request_and_no_other_write_with_a_warm_cache()
    {
        AModel();
        var leadId = new LeadBuilder().JobTitle("Developer").CreateIn(scenario.Marketing);

        using var requests = scenario.Organization.Requests.Measure();
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "Head of Development" });

        Assert.True(requests.FromPlugins <= 1, $"{requests.FromPlugins} requests from plug-ins");
        Assert.Equal(1, requests.CountOf("Update"));
        Assert.Equal("A0", ScoredLeads.Read(scenario.Marketing, leadId).Index());
    }

    [Fact]
    public void A_lead_update_touching_no_rule_column_does_not_run_the_scoring_step()
    {
        AModel();
        var leadId = new LeadBuilder().JobTitle("Developer").CreateIn(scenario.Marketing);
        var tracesBefore = scenario.Organization.Traces.Entries.Count;

        using var requests = scenario.Organization.Requests.Measure();
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["telephone1"] = "+49 30 1234567" });

        Assert.DoesNotContain(
            scenario.Organization.Traces.Entries.Skip(tracesBefore),
            trace => trace.PluginTypeName.EndsWith(nameof(LeadScoringPlugin), StringComparison.Ordinal));
        Assert.Equal(0, requests.FromPlugins);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(10_000)]
    public void An_interaction_costs_at_most_two_requests_whatever_the_leads_history(int priorInteractions)
    {
        AModel();
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        for (var prior = 0; prior < priorInteractions; prior++)
        {
            new InteractionBuilder(leadId).Of(InteractionType.WebsiteVisit).CreateIn(scenario.System);
        }

        using var requests = scenario.Organization.Requests.Measure();
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        output.WriteLine($"{priorInteractions} prior interactions: {requests.FromPlugins} requests from plug-ins");
        Assert.True(requests.FromPlugins <= 2, $"{requests.FromPlugins} requests from plug-ins");
        Assert.Equal(1, requests.CountOf("Update", LeadSchema.EntityName));
        Assert.Equal(30, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Fact]
    public void A_raised_model_version_is_seen_by_the_next_event()
    {
        var model = AModel();
        var leadId = new LeadBuilder().JobTitle("Head of Development").CreateIn(scenario.Marketing);
        scenario.System.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule("Head of development")) { [ScoringRuleSchema.Points] = 70 });
        scenario.System.Update(new Entity(ScoringModelSchema.EntityName, model.ModelId) { [ScoringModelSchema.Version] = 2 });

        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = "VP Engineering" });

        Assert.Equal(70, ScoredLeads.Read(scenario.Marketing, leadId).FitScore());
    }

    [Fact]
    public void A_cold_cache_compiles_the_model_with_one_more_request_for_its_rules()
    {
        var model = AModel();
        // A change of the model's settings raises its version without compiling it (a rule change would:
        // the configuration plug-in compiles the model to set the lead step's filtering attributes).
        scenario.System.Update(new Entity(ScoringModelSchema.EntityName, model.ModelId) { [ScoringModelSchema.MqlThreshold] = 55 });

        using var requests = scenario.Organization.Requests.Measure();
        new LeadBuilder().JobTitle("Head of Development").CreateIn(scenario.Marketing);

        Assert.Equal(2, requests.CountOf("RetrieveMultiple"));
    }

    [Fact]
    public void Time_per_scoring_call_over_a_thousand_lead_updates()
    {
        AModel();
        var leadId = new LeadBuilder().JobTitle("Developer").CreateIn(scenario.Marketing);
        const int Updates = 1000;

        var stopwatch = Stopwatch.StartNew();
        for (var update = 0; update < Updates; update++)
        {
            scenario.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = update % 2 == 0 ? "Head of Development" : "Developer" });
        }

        stopwatch.Stop();
        var stepTime = TimeSpan.FromTicks(scenario.Organization.Traces.Entries
            .Where(trace => trace.PluginTypeName.EndsWith(nameof(LeadScoringPlugin), StringComparison.Ordinal))
            .TakeLast(Updates)
            .Sum(trace => trace.Duration.Ticks));
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} lead updates: {1:0.000} ms per update through the local Dataverse, {2:0.000} ms per scoring step",
            Updates, stopwatch.Elapsed.TotalMilliseconds / Updates, stepTime.TotalMilliseconds / Updates));
        Assert.Equal("D0", ScoredLeads.Read(scenario.Marketing, leadId).Index());
    }

    private ScoringModelIds AModel() =>
        new ScoringModelBuilder()
            .Thresholds(a: 60, b: 40, c: 20)
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development;vp engineering", 60)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30)
            .CreateIn(scenario.System);
}
