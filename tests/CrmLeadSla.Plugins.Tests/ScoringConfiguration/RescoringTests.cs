using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Plugins.Tests.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.ScoringConfiguration;

public class RescoringTests
{
    private static readonly Guid RescoringStepId = new("5c7e2b1d-8f3a-4e6b-b2d9-1a4c6e8f0b11");

    private readonly SolutionScenario scenario = new();
    private readonly ScoringModelIds model;

    public RescoringTests()
    {
        model = new ScoringModelBuilder()
            .FitRule("Chief technology officer", "jobtitle", RuleOperator.ContainsAnyKeyword, "CTO", 40)
            .BehaviourRule("Webinar", InteractionType.WebinarAttendance, 10)
            .CreateIn(scenario.Marketing);
        scenario.Organization.RunPendingAsyncJobs();
    }

    [Fact]
    public void After_a_rule_change_every_lead_of_the_model_carries_the_new_score()
    {
        var leads = Enumerable.Range(0, 5).Select(_ => new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing)).ToList();

        ChangePoints("Chief technology officer", 25);
        scenario.Organization.RunPendingAsyncJobs();

        Assert.All(leads, lead => Assert.Equal(25, ScoredLeads.Read(scenario.Marketing, lead).FitScore()));
    }

    [Fact]
    public void Rescoring_replays_the_interactions_with_the_new_points()
    {
        var leadId = new LeadBuilder().JobTitle("Intern").CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        ChangePoints("Webinar", 20);
        scenario.Organization.RunPendingAsyncJobs();

        Assert.Equal(40, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Fact]
    public void Rescoring_writes_only_the_leads_whose_score_changed()
    {
        new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);
        new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);
        new LeadBuilder().JobTitle("Intern").CreateIn(scenario.Marketing);
        ChangePoints("Chief technology officer", 25);

        using var requests = scenario.Organization.Requests.Measure();
        scenario.Organization.RunPendingAsyncJobs();

        Assert.Equal(2, requests.CountOf("Update", LeadSchema.EntityName));
    }

    [Fact]
    public void Rescoring_reads_each_page_of_leads_and_its_interactions_once()
    {
        Configure("pagesize=2;pagesperrun=20");
        var leads = Enumerable.Range(0, 6).Select(_ => new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing)).ToList();
        leads.ForEach(lead => new InteractionBuilder(lead).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing));
        ChangePoints("Chief technology officer", 25);

        using var requests = scenario.Organization.Requests.Measure();
        scenario.Organization.RunPendingAsyncJobs();

        Assert.Equal(3, requests.CountOf("RetrieveMultiple", LeadSchema.EntityName));
        Assert.Equal(3, requests.CountOf("RetrieveMultiple", InteractionSchema.EntityName));
        Assert.Equal(6, requests.CountOf("Update", LeadSchema.EntityName));
    }

    [Fact]
    public void A_job_takes_a_bounded_number_of_pages_and_the_next_job_continues()
    {
        Configure("pagesize=1;pagesperrun=1");
        var leads = Enumerable.Range(0, 3).Select(_ => new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing)).ToList();
        var jobsBefore = RescoringJobs();

        ChangePoints("Chief technology officer", 25);
        scenario.Organization.RunPendingAsyncJobs();

        // Three jobs of one page each, then one that finds the rescan complete.
        Assert.Equal(4, RescoringJobs() - jobsBefore);
        Assert.All(leads, lead => Assert.Equal(25, ScoredLeads.Read(scenario.Marketing, lead).FitScore()));
    }

    [Fact]
    public void An_interrupted_rescan_resumes_at_the_page_where_it_stopped()
    {
        Configure("pagesize=1;pagesperrun=1");
        var leads = Enumerable.Range(0, 3).Select(_ => new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing)).ToList();
        ChangePoints("Chief technology officer", 25);
        // As an interrupted job leaves it: the first page of this version done.
        scenario.System.Update(new Entity(ScoringModelSchema.EntityName, model.ModelId)
        {
            [ScoringModelSchema.RescoreProgress] = new RescoreProgress(Version(), 2, null, 1, 1, false).Write(),
        });

        scenario.Organization.RunPendingAsyncJobs();

        Assert.Equal(2, leads.Count(lead => ScoredLeads.Read(scenario.Marketing, lead).FitScore() == 25));
        Assert.Contains("completed: yes", Progress());
    }

    [Fact]
    public void A_newer_version_restarts_the_rescan()
    {
        Configure("pagesize=1;pagesperrun=1");
        var leads = Enumerable.Range(0, 3).Select(_ => new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing)).ToList();
        scenario.System.Update(new Entity(ScoringModelSchema.EntityName, model.ModelId)
        {
            [ScoringModelSchema.RescoreProgress] = new RescoreProgress(Version(), 3, null, 2, 0, false).Write(),
        });

        ChangePoints("Chief technology officer", 25);
        scenario.Organization.RunPendingAsyncJobs();

        Assert.All(leads, lead => Assert.Equal(25, ScoredLeads.Read(scenario.Marketing, lead).FitScore()));
    }

    [Fact]
    public void Activating_another_model_rescores_the_open_leads_with_it()
    {
        var leadId = new LeadBuilder().JobTitle("CTO").CreateIn(scenario.Marketing);
        var other = new ScoringModelBuilder().Named("Trade fairs").Inactive()
            .FitRule("Technical lead", "jobtitle", RuleOperator.ContainsAnyKeyword, "CTO", 70)
            .CreateIn(scenario.Marketing);

        scenario.Marketing.Update(new Entity(ScoringModelSchema.EntityName, model.ModelId) { [ScoringModelSchema.IsActive] = false });
        scenario.Marketing.Update(new Entity(ScoringModelSchema.EntityName, other.ModelId) { [ScoringModelSchema.IsActive] = true });
        scenario.Organization.RunPendingAsyncJobs();

        var lead = ScoredLeads.Read(scenario.Marketing, leadId);
        Assert.Equal(70, lead.FitScore());
        Assert.Equal(other.ModelId, lead.GetAttributeValue<EntityReference>(LeadSchema.ScoringModelId).Id);
    }

    private void ChangePoints(string rule, int points) =>
        scenario.Marketing.Update(new Entity(ScoringRuleSchema.EntityName, model.Rule(rule)) { [ScoringRuleSchema.Points] = points });

    private void Configure(string configuration) =>
        scenario.System.Update(new Entity("sdkmessageprocessingstep", RescoringStepId) { ["configuration"] = configuration });

    private int RescoringJobs() => scenario.Organization.AsyncJobs.All.Count(job => job.Step?.Id == RescoringStepId);

    private int Version() =>
        scenario.System.Retrieve(ScoringModelSchema.EntityName, model.ModelId, new ColumnSet(ScoringModelSchema.Version)).GetAttributeValue<int>(ScoringModelSchema.Version);

    private string Progress() =>
        scenario.System.Retrieve(ScoringModelSchema.EntityName, model.ModelId, new ColumnSet(ScoringModelSchema.RescoreProgress)).GetAttributeValue<string>(ScoringModelSchema.RescoreProgress);
}
