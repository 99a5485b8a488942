using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Budgets;

/// <summary>
/// The plug-in's own rescoring after a rule change (an asynchronous job, 250 leads a page): reads grow with pages,
/// never with leads, and no lead is written twice. `leadsla rescore` batches its writes too (docs/performance.md).
/// </summary>
[Trait("Category", "Budget")]
public class RescoreRequestBudgetTests
{
    private const int Leads = 2_000;
    private const int PageSize = 250;

    private readonly SolutionScenario scenario = new();

    [Fact]
    public void Rescoring_after_a_rule_change_reads_leads_and_their_interactions_a_page_at_a_time()
    {
        var model = ModelWithLeads();
        scenario.System.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule("Head of development")) { [ScoringRuleSchema.Points] = 50 });

        using var requests = scenario.Organization.Requests.Measure();
        scenario.Organization.RunPendingAsyncJobs();

        var pages = (Leads / PageSize) + 1;
        var reads = requests.CountOf("RetrieveMultiple", LeadSchema.EntityName) + requests.CountOf("RetrieveMultiple", InteractionSchema.EntityName);
        Assert.True(reads <= pages * Budget.RescoreReadsPerPage, $"{reads} reads for {Leads} leads");
    }

    [Fact]
    public void Rescoring_after_a_rule_change_writes_each_changed_lead_once()
    {
        var model = ModelWithLeads();
        scenario.System.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule("Head of development")) { [ScoringRuleSchema.Points] = 50 });

        using var requests = scenario.Organization.Requests.Measure();
        scenario.Organization.RunPendingAsyncJobs();

        Assert.Equal(Leads, requests.CountOf("Update", LeadSchema.EntityName));
    }

    private ScoringModelIds ModelWithLeads()
    {
        var model = new ScoringModelBuilder()
            .Thresholds(a: 60, b: 40, c: 20)
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 60)
            .CreateIn(scenario.System);
        scenario.Organization.RunPendingAsyncJobs();
        var leads = Enumerable.Range(0, Leads).Select(_ => new LeadBuilder().JobTitle("Head of Development").Build());
        foreach (var chunk in leads.Chunk(1000))
        {
            scenario.System.Execute(new OrganizationRequest("CreateMultiple")
            {
                Parameters = { ["Targets"] = new EntityCollection(chunk) { EntityName = LeadSchema.EntityName } },
            });
        }

        return model;
    }
}
