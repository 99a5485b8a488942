using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Reliability.Tests.Faults;

/// <summary>The rescoring system job, run again as the async service may run it, and failed halfway then retried.</summary>
[Trait("Category", "Reliability")]
public class AsyncRetryTests
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void Running_the_rescoring_job_again_leaves_the_same_state()
    {
        RuleChangedOverLeads(leads: 30);
        scenario.Organization.RunPendingAsyncJobs();
        var once = OrganizationSnapshot.Of(scenario.Organization);

        // The jobs that ran to their end: the model's daily score refresh waits for its next day meanwhile.
        foreach (var job in scenario.Organization.AsyncJobs.All.Where(job => job.Status == AsyncJobStatus.Succeeded).ToList())
        {
            scenario.Organization.AsyncJobs.Retry(job);
        }

        scenario.Organization.RunPendingAsyncJobs();

        Assert.Equal(once, OrganizationSnapshot.Of(scenario.Organization));
    }

    [Fact]
    public void A_rescoring_job_failing_halfway_keeps_what_it_wrote_and_its_retry_rescores_every_lead()
    {
        RuleChangedOverLeads(leads: 30);
        scenario.Organization.Faults.FailCall("Update", nth: 15, table: LeadSchema.EntityName);

        scenario.Organization.RunPendingAsyncJobs();
        var failed = Assert.Single(scenario.Organization.AsyncJobs.Failed);
        var rescoredBeforeTheFailure = FitScores().Count(fit => fit == 70);
        scenario.Organization.AsyncJobs.Retry(failed);
        scenario.Organization.RunPendingAsyncJobs();

        // As in Dataverse, an asynchronous step runs outside a transaction: the 14 leads written before the failure stay written.
        Assert.Equal(14, rescoredBeforeTheFailure);
        Assert.All(FitScores(), fit => Assert.Equal(70, fit));
        Assert.Equal(AsyncJobStatus.Succeeded, failed.Status);
    }

    private void RuleChangedOverLeads(int leads)
    {
        var model = new ScoringModelBuilder().FitRule("Head of", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of", 50).CreateIn(scenario.Marketing);
        for (var i = 0; i < leads; i++)
        {
            var lead = new LeadBuilder().JobTitle($"Head of unit {i}").CreateIn(scenario.Marketing);
            new InteractionBuilder(lead).Of(InteractionType.WebsiteVisit).CreateIn(scenario.Marketing);
        }

        scenario.Organization.RunPendingAsyncJobs();
        scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule("Head of")) { [ScoringRuleSchema.Points] = 70 });
    }

    private IEnumerable<int?> FitScores() =>
        scenario.System.RetrieveMultiple(new QueryExpression(LeadSchema.EntityName) { ColumnSet = new ColumnSet(LeadSchema.FitScore) })
            .Entities.Select(row => row.GetAttributeValue<int?>(LeadSchema.FitScore));
}
