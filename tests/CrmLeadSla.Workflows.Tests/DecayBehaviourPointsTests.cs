using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

/// <summary>
/// The daily score refresh: behaviour points decay in the views without anyone saving the lead — the shipped workflow
/// on the scoring model runs DecayBehaviourPoints once a day, within a request budget, resumable.
/// </summary>
public class DecayBehaviourPointsTests
{
    private const string DailyRefresh = "Lead SLA: daily score refresh";

    private readonly SlaScenario scenario = new();
    private readonly Guid model;

    public DecayBehaviourPointsTests()
    {
        // A webinar gives 40 points, which halve every 30 days; an MQL needs 30.
        model = scenario.System.Create(new Entity(ScoringModelSchema.EntityName)
        {
            [ScoringModelSchema.Name] = "Decaying model",
            [ScoringModelSchema.IsActive] = true,
            [ScoringModelSchema.GradeAThreshold] = 60,
            [ScoringModelSchema.GradeBThreshold] = 40,
            [ScoringModelSchema.GradeCThreshold] = 20,
            [ScoringModelSchema.MqlThreshold] = 30,
            [ScoringModelSchema.DecayHalfLifeDays] = 30,
        });
        Rule("Webinar attendance", InteractionType.WebinarAttendance, 40);
        Rule("E-mail click", InteractionType.EmailClick, 10);
    }

    [Fact]
    public void Thirty_days_without_activity_halve_a_leads_behaviour_points_in_the_views_with_no_save_of_the_lead()
    {
        var lead = scenario.Lead(null);
        Touch(lead, InteractionType.WebinarAttendance);
        var before = Shown(lead);

        scenario.Organization.RunAsyncJobsUntil(Start.AddDays(30).AddMinutes(1));

        Assert.Equal((40, "D40"), before);
        Assert.Equal((20, "D20"), Shown(lead));
        Assert.Equal(31, scenario.Organization.AsyncJobs.All.Count(job => job.Name == DailyRefresh));
    }

    [Fact]
    public void A_run_reads_a_page_of_leads_per_request_and_writes_only_the_leads_whose_shown_points_changed()
    {
        // 10 points lose less than half a point in a day; 40 points lose almost one.
        var steady = Enumerable.Range(0, 4).Select(_ => LeadWith(InteractionType.EmailClick)).ToList();
        var decaying = Enumerable.Range(0, 3).Select(_ => LeadWith(InteractionType.WebinarAttendance)).ToList();
        var silent = scenario.Lead(null);
        scenario.Organization.Clock.Set(Start.AddDays(1));
        using var requests = scenario.Organization.Requests.Measure();

        var outputs = Decay(pageSize: 3, maxPages: 10);

        Assert.Equal((7, 3, false), ((int)outputs["Scanned"]!, (int)outputs["Changed"]!, (bool)outputs["HasMore"]!));
        // The active model and its rules (2: the activity assembly compiles the model once per version), its progress (1),
        // three pages of leads showing points (3); one write per changed lead (3) and the progress (1). Run on its own here,
        // the activity writes at depth 1, where the scoring step looks at the model's version once per write; the shipped
        // workflow's writes are nested and cost no plug-in request (below).
        Assert.Equal(3, requests.CountOf("RetrieveMultiple", LeadSchema.EntityName));
        Assert.Equal(3, requests.CountOf("Update", LeadSchema.EntityName));
        Assert.Equal(1, requests.CountOf("Update", ScoringModelSchema.EntityName));
        Assert.Equal(0, requests.CountOf("RetrieveMultiple", InteractionSchema.EntityName));
        Assert.Equal(10, requests.Requests.Count(r => !r.FromPlugin));
        Assert.All(decaying, lead => Assert.Equal(39, Shown(lead).Points));
        Assert.All(steady, lead => Assert.Equal(10, Shown(lead).Points));
        Assert.Equal(0, Shown(silent).Points);
    }

    [Fact]
    public void The_shipped_daily_run_reads_the_leads_once_writes_each_changed_lead_once_and_costs_no_plug_in_request()
    {
        var decaying = Enumerable.Range(0, 3).Select(_ => LeadWith(InteractionType.WebinarAttendance)).ToList();
        LeadWith(InteractionType.EmailClick);
        scenario.Organization.RunAsyncJobsUntil(Start.AddHours(1));
        using var requests = scenario.Organization.Requests.Measure();

        scenario.Organization.RunAsyncJobsUntil(Start.AddDays(1).AddHours(1));

        Assert.Equal((1, 3, 0), (requests.CountOf("RetrieveMultiple", LeadSchema.EntityName), requests.CountOf("Update", LeadSchema.EntityName), requests.FromPlugins));
        Assert.All(decaying, lead => Assert.Equal(39, Shown(lead).Points));
    }

    [Fact]
    public void A_run_stopped_by_its_page_limit_is_resumed_by_the_next_and_a_finished_day_is_not_done_twice()
    {
        var leads = Enumerable.Range(0, 3).Select(_ => LeadWith(InteractionType.WebinarAttendance)).ToList();
        scenario.Organization.Clock.Set(Start.AddDays(1));

        var runs = Enumerable.Range(0, 4).Select(_ => Decay(pageSize: 1, maxPages: 2)).Select(o => ((int)o["Scanned"]!, (bool)o["HasMore"]!)).ToList();

        Assert.Equal([(2, true), (1, false), (0, false), (0, false)], runs);
        Assert.All(leads, lead => Assert.Equal(39, Shown(lead).Points));
    }

    [Fact]
    public void Decay_never_moves_a_lead_back_in_the_funnel()
    {
        var lead = LeadWith(InteractionType.WebinarAttendance);
        var stageBefore = Stage(lead);

        scenario.Organization.RunAsyncJobsUntil(Start.AddDays(30).AddMinutes(1));

        Assert.Equal((FunnelStage.Mql, FunnelStage.Mql), (stageBefore, Stage(lead)));
        Assert.Equal(20, Shown(lead).Points);
    }

    [Fact]
    public void A_model_that_is_not_the_active_one_refreshes_nothing()
    {
        LeadWith(InteractionType.WebinarAttendance);
        scenario.System.Update(new Entity(ScoringModelSchema.EntityName, model) { [ScoringModelSchema.IsActive] = false });
        scenario.Organization.Clock.Set(Start.AddDays(1));

        var outputs = Decay(pageSize: 10, maxPages: 10);

        Assert.Equal((0, false), ((int)outputs["Changed"]!, (bool)outputs["HasMore"]!));
    }

    private Guid LeadWith(InteractionType type)
    {
        var lead = scenario.Lead(null);
        Touch(lead, type);
        return lead;
    }

    private void Touch(Guid lead, InteractionType type) => scenario.Marketing.Create(new Entity(InteractionSchema.EntityName)
    {
        [InteractionSchema.Subject] = type.ToString(),
        [InteractionSchema.RegardingObjectId] = LeadRef(lead),
        [InteractionSchema.InteractionType] = new OptionSetValue((int)type),
        [InteractionSchema.OccurredOn] = scenario.Now,
    });

    private void Rule(string name, InteractionType type, int points) => scenario.System.Create(new Entity(ScoringRuleSchema.EntityName)
    {
        [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, model),
        [ScoringRuleSchema.Name] = name,
        [ScoringRuleSchema.Category] = new OptionSetValue((int)RuleCategory.Behaviour),
        [ScoringRuleSchema.InteractionType] = new OptionSetValue((int)type),
        [ScoringRuleSchema.Points] = points,
        [ScoringRuleSchema.IsActive] = true,
    });

    private IReadOnlyDictionary<string, object?> Decay(int pageSize, int maxPages) =>
        scenario.Run(new DecayBehaviourPoints(), new EntityReference(ScoringModelSchema.EntityName, model), new Dictionary<string, object?>
        {
            ["Model"] = new EntityReference(ScoringModelSchema.EntityName, model),
            ["PageSize"] = pageSize,
            ["MaxPages"] = maxPages,
        }, scenario.Organization.AdminUserId);

    // What a view of leads shows, read as marketing reads it.
    private (int Points, string Index) Shown(Guid lead)
    {
        var query = new QueryExpression(LeadSchema.EntityName) { ColumnSet = new ColumnSet(LeadSchema.BehaviorScore, LeadSchema.LeadIndex) };
        query.Criteria.AddCondition(LeadSchema.Id, ConditionOperator.Equal, lead);
        var row = scenario.Marketing.RetrieveMultiple(query).Entities.Single();
        return (row.GetAttributeValue<int>(LeadSchema.BehaviorScore), row.GetAttributeValue<string>(LeadSchema.LeadIndex));
    }

    private FunnelStage Stage(Guid lead) =>
        (FunnelStage)scenario.Row(LeadSchema.EntityName, lead, LeadSchema.FunnelStage).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value;
}
