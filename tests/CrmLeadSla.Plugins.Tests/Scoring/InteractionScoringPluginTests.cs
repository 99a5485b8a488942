using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Scoring;

/// <summary>The interaction step: behaviour points added and removed incrementally on the regarding lead.</summary>
public class InteractionScoringPluginTests
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public void A_well_fitting_lead_with_a_webinar_and_a_pricing_visit_reads_A50()
    {
        new ScoringModelBuilder()
            .Thresholds(a: 60, b: 40, c: 20)
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 40)
            .FitRule("Company size 200–1000", "numberofemployees", RuleOperator.Between, "200", 25, valueTo: "1000")
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30)
            .BehaviourRule("Pricing page", InteractionType.WebsiteVisit, 20, attribute: InteractionSchema.Url, @operator: RuleOperator.Contains, value: "/pricing")
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().JobTitle("Head of Development").With("numberofemployees", 500).CreateIn(scenario.Marketing);

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.WebsiteVisit).Url("https://contoso.com/pricing").CreateIn(scenario.Marketing);

        Assert.Equal("A50", ScoredLeads.Read(scenario.Marketing, leadId).Index());
    }

    [Fact]
    public void A_fair_fit_with_one_download_reads_B15()
    {
        new ScoringModelBuilder()
            .Thresholds(a: 60, b: 40, c: 20)
            .FitRule("Decision maker", "decisionmaker", RuleOperator.Equals, "yes", 45)
            .BehaviourRule("Download", InteractionType.Download, 15)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().With("decisionmaker", true).CreateIn(scenario.Marketing);

        new InteractionBuilder(leadId).Of(InteractionType.Download).CreateIn(scenario.Marketing);

        Assert.Equal("B15", ScoredLeads.Read(scenario.Marketing, leadId).Index());
    }

    [Fact]
    public void A_rule_holds_no_more_than_its_cap()
    {
        new ScoringModelBuilder().BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30, max: 60).CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);

        for (var webinar = 0; webinar < 3; webinar++)
        {
            new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        }

        Assert.Equal(60, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Fact]
    public void An_unsubscribe_takes_points_away_but_never_below_none()
    {
        new ScoringModelBuilder()
            .BehaviourRule("Download", InteractionType.Download, 40)
            .BehaviourRule("Unsubscribe", InteractionType.Unsubscribe, -25)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.Download).CreateIn(scenario.Marketing);

        new InteractionBuilder(leadId).Of(InteractionType.Unsubscribe).CreateIn(scenario.Marketing);
        var afterOne = ScoredLeads.Read(scenario.Marketing, leadId).Index();
        new InteractionBuilder(leadId).Of(InteractionType.Unsubscribe).CreateIn(scenario.Marketing);

        Assert.Equal(("D15", "D0"), (afterOne, ScoredLeads.Read(scenario.Marketing, leadId).Index()));
    }

    [Theory]
    [InlineData("https://contoso.com/pricing/enterprise", 20)]
    [InlineData("https://contoso.com/blog", 0)]
    public void A_filter_on_the_url_decides_which_visits_count(string url, int expected)
    {
        new ScoringModelBuilder()
            .BehaviourRule("Pricing page", InteractionType.WebsiteVisit, 20, attribute: InteractionSchema.Url, @operator: RuleOperator.Contains, value: "/pricing")
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);

        new InteractionBuilder(leadId).Of(InteractionType.WebsiteVisit).Url(url).CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Theory]
    [InlineData(0, 40)]
    [InlineData(2, 20)]
    [InlineData(4, 10)]
    [InlineData(8, 3)]
    public void Behaviour_points_halve_with_every_half_life_that_passes(int weeks, int expected)
    {
        new ScoringModelBuilder()
            .HalfLife(days: 14)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 40)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(7 * weeks));

        // An e-mail open earns nothing here; it only brings the lead's points up to date.
        new InteractionBuilder(leadId).Of(InteractionType.EmailOpen).At(scenario.Organization.Clock.UtcNow).CreateIn(scenario.Marketing);

        Assert.Equal(expected, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Fact]
    public void An_interaction_that_occurred_earlier_arrives_already_decayed()
    {
        new ScoringModelBuilder()
            .HalfLife(days: 30)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 40)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(30));

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).At(SolutionScenario.Start).CreateIn(scenario.Marketing);

        Assert.Equal(20, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Fact]
    public void Deleting_an_interaction_takes_its_points_away()
    {
        new ScoringModelBuilder()
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30)
            .BehaviourRule("Download", InteractionType.Download, 15)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        var webinar = new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.Download).CreateIn(scenario.Marketing);

        scenario.Marketing.Delete(InteractionSchema.EntityName, webinar);

        Assert.Equal(15, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Fact]
    public void Changing_an_interactions_type_removes_the_old_points_and_adds_the_new()
    {
        new ScoringModelBuilder()
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30)
            .BehaviourRule("Webinar registration", InteractionType.WebinarRegistration, 10)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);
        var interaction = new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        scenario.Marketing.Update(new Entity(InteractionSchema.EntityName, interaction)
        {
            [InteractionSchema.InteractionType] = new OptionSetValue((int)InteractionType.WebinarRegistration),
        });

        Assert.Equal(10, ScoredLeads.Read(scenario.Marketing, leadId).BehaviourScore());
    }

    [Fact]
    public void Moving_an_interaction_to_another_lead_moves_its_points()
    {
        new ScoringModelBuilder().BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30).CreateIn(scenario.System);
        var first = new LeadBuilder().CreateIn(scenario.Marketing);
        var second = new LeadBuilder().CreateIn(scenario.Marketing);
        var interaction = new InteractionBuilder(first).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        scenario.Marketing.Update(new Entity(InteractionSchema.EntityName, interaction)
        {
            [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, second),
        });

        Assert.Equal(0, ScoredLeads.Read(scenario.Marketing, first).BehaviourScore());
        Assert.Equal(30, ScoredLeads.Read(scenario.Marketing, second).BehaviourScore());
    }

    [Fact]
    public void An_interaction_about_an_account_scores_no_lead()
    {
        new ScoringModelBuilder().BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30).CreateIn(scenario.System);
        var accountId = scenario.System.Create(new Entity("account") { ["name"] = "Contoso" });
        var interaction = new InteractionBuilder(Guid.Empty).Of(InteractionType.WebinarAttendance).Build();
        interaction[InteractionSchema.RegardingObjectId] = new EntityReference("account", accountId);

        scenario.Marketing.Create(interaction);

        Assert.Contains(scenario.Organization.Traces.Entries.Last().Lines, line => line.Contains("not about a lead", StringComparison.Ordinal));
    }

    [Fact]
    public void The_explanation_shows_each_behaviour_rules_current_points()
    {
        new ScoringModelBuilder()
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30)
            .BehaviourRule("Download", InteractionType.Download, 15)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);

        new InteractionBuilder(leadId).Of(InteractionType.Download).CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        var lines = ScoredLeads.Read(scenario.Sales, leadId).Explanation()!.Split('\n');
        Assert.Equal("Behaviour 45: Webinar attendance 30.0; Download 15.0", lines[1]);
    }

    [Fact]
    public void Reaching_the_mql_threshold_moves_the_lead_to_mql_with_a_history_row()
    {
        new ScoringModelBuilder()
            .MqlAt(50, minGrade: Grade.B)
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 60)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().JobTitle("Head of Development").CreateIn(scenario.Marketing);
        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);
        Assert.Equal(FunnelStage.Inquiry, ScoredLeads.Read(scenario.Marketing, leadId).Stage());
        scenario.Organization.Clock.Advance(TimeSpan.FromHours(1));

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.Equal(FunnelStage.Mql, ScoredLeads.Read(scenario.Marketing, leadId).Stage());
        var move = ScoredLeads.History(scenario.Marketing, leadId).Last();
        Assert.Equal((int)FunnelStage.Mql, move.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value);
        Assert.Equal("A60", move.GetAttributeValue<string>(StageTransitionSchema.LeadIndex));
    }

    [Fact]
    public void A_poor_fit_does_not_become_mql_however_engaged()
    {
        new ScoringModelBuilder()
            .MqlAt(50, minGrade: Grade.B)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 60)
            .CreateIn(scenario.System);
        var leadId = new LeadBuilder().CreateIn(scenario.Marketing);

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.Equal(FunnelStage.Inquiry, ScoredLeads.Read(scenario.Marketing, leadId).Stage());
    }

    [Fact]
    public void A_lead_created_before_any_model_is_scored_whole_by_its_first_interaction()
    {
        var leadId = new LeadBuilder().JobTitle("Head of Development").CreateIn(scenario.Marketing);
        new ScoringModelBuilder()
            .FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 60)
            .BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30)
            .CreateIn(scenario.System);

        new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).CreateIn(scenario.Marketing);

        Assert.Equal("A30", ScoredLeads.Read(scenario.Marketing, leadId).Index());
    }
}
