using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class BehaviourScoringTests
{
    private const int OneWeek = 7;

    private static readonly ScoringRule WebinarAttendance = ScoringScenario.BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 40);

    [Fact]
    public void Behaviour_points_halve_after_one_half_life()
    {
        var (behaviour, state) = WebinarOnMondayDecayingWeekly();

        var aWeekLater = behaviour.BroughtTo(state, ScoringScenario.Monday.AddDays(7));

        Assert.Equal(20, behaviour.PointsOf(aWeekLater), 9);
    }

    [Fact]
    public void Behaviour_points_quarter_after_two_half_lives()
    {
        var (behaviour, state) = WebinarOnMondayDecayingWeekly();

        var twoWeeksLater = behaviour.BroughtTo(state, ScoringScenario.Monday.AddDays(14));

        Assert.Equal(10, behaviour.PointsOf(twoWeeksLater), 9);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Behaviour_points_do_not_decay_without_a_half_life(int? halfLifeDays)
    {
        var behaviour = ScoringScenario.ModelWithHalfLife(halfLifeDays, WebinarAttendance).Behaviour;
        var state = behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday);

        Assert.Equal(40, behaviour.PointsOf(behaviour.BroughtTo(state, ScoringScenario.Monday.AddDays(365))));
    }

    [Fact]
    public void An_interaction_recorded_late_counts_with_the_decay_since_it_occurred()
    {
        var behaviour = ScoringScenario.ModelWithHalfLife(OneWeek, WebinarAttendance).Behaviour;

        var state = behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday.AddDays(7));

        Assert.Equal(20, behaviour.PointsOf(state), 9);
    }

    [Fact]
    public void A_clock_behind_the_state_does_not_undo_decay()
    {
        var behaviour = ScoringScenario.ModelWithHalfLife(OneWeek, WebinarAttendance).Behaviour;
        var state = behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday.AddDays(7));

        var earlier = behaviour.BroughtTo(state, ScoringScenario.Monday);

        Assert.Equal(ScoringScenario.Monday.AddDays(7), earlier.AsOf);
        Assert.Equal(20, behaviour.PointsOf(earlier), 9);
    }

    [Fact]
    public void A_rule_holds_no_more_than_its_cap()
    {
        var visits = ScoringScenario.BehaviourRule("Website visits", InteractionType.WebsiteVisit, 5, maxPoints: 12);
        var behaviour = ScoringScenario.Model(visits).Behaviour;

        var state = Enumerable.Range(0, 4).Aggregate(BehaviourState.Empty, (current, day) =>
            behaviour.Add(current, ScoringScenario.Visit(ScoringScenario.Monday.AddDays(day)), ScoringScenario.Monday.AddDays(day)));

        Assert.Equal(12, behaviour.PointsOf(state));
    }

    [Fact]
    public void A_capped_rule_earns_again_once_its_points_have_decayed()
    {
        var visits = ScoringScenario.BehaviourRule("Website visits", InteractionType.WebsiteVisit, 10, maxPoints: 10);
        var behaviour = ScoringScenario.ModelWithHalfLife(OneWeek, visits).Behaviour;
        var capped = behaviour.Add(
            behaviour.Add(BehaviourState.Empty, ScoringScenario.Visit(ScoringScenario.Monday), ScoringScenario.Monday),
            ScoringScenario.Visit(ScoringScenario.Monday),
            ScoringScenario.Monday);

        var aWeekLater = behaviour.Add(capped, ScoringScenario.Visit(ScoringScenario.Monday.AddDays(7)), ScoringScenario.Monday.AddDays(7));

        Assert.Equal(10, behaviour.PointsOf(aWeekLater), 9);
    }

    [Fact]
    public void Negative_behaviour_points_lower_the_score_within_their_cap()
    {
        var unsubscribe = ScoringScenario.BehaviourRule("Unsubscribe", InteractionType.Unsubscribe, -30, maxPoints: 40);
        var behaviour = ScoringScenario.Model(unsubscribe).Behaviour;
        var interaction = new Interaction(InteractionType.Unsubscribe, ScoringScenario.Monday);

        var state = behaviour.Add(behaviour.Add(BehaviourState.Empty, interaction, ScoringScenario.Monday), interaction, ScoringScenario.Monday);

        Assert.Equal(-40, behaviour.PointsOf(state));
    }

    [Fact]
    public void A_filter_counts_only_the_interactions_it_names()
    {
        var pricing = ScoringScenario.BehaviourRule("Pricing page", InteractionType.WebsiteVisit, 20) with
        {
            Attribute = InteractionSchema.Url, Operator = RuleOperator.Contains, Value = "/pricing",
        };
        var behaviour = ScoringScenario.Model(pricing).Behaviour;

        var state = behaviour.Add(BehaviourState.Empty, ScoringScenario.Visit(ScoringScenario.Monday, "https://contoso.com/blog"), ScoringScenario.Monday);
        state = behaviour.Add(state, ScoringScenario.Visit(ScoringScenario.Monday, "https://contoso.com/Pricing/enterprise"), ScoringScenario.Monday);
        state = behaviour.Add(state, ScoringScenario.Visit(ScoringScenario.Monday), ScoringScenario.Monday);

        Assert.Equal(20, behaviour.PointsOf(state));
    }

    [Fact]
    public void Removing_an_interaction_takes_away_its_decayed_points()
    {
        var behaviour = ScoringScenario.ModelWithHalfLife(OneWeek, WebinarAttendance).Behaviour;
        var first = ScoringScenario.Webinar(ScoringScenario.Monday);
        var second = ScoringScenario.Webinar(ScoringScenario.Monday.AddDays(7));
        var state = behaviour.Add(behaviour.Add(BehaviourState.Empty, first, first.OccurredOn), second, second.OccurredOn);

        var afterRemoval = behaviour.Remove(state, first, ScoringScenario.Monday.AddDays(14));

        Assert.Equal(20, behaviour.PointsOf(afterRemoval), 9);
    }

    [Fact]
    public void Removing_an_interaction_from_a_capped_rule_never_goes_below_zero()
    {
        var visits = ScoringScenario.BehaviourRule("Website visits", InteractionType.WebsiteVisit, 10, maxPoints: 15);
        var behaviour = ScoringScenario.Model(visits).Behaviour;
        var visit = ScoringScenario.Visit(ScoringScenario.Monday);
        var capped = behaviour.Add(behaviour.Add(BehaviourState.Empty, visit, ScoringScenario.Monday), visit, ScoringScenario.Monday);

        var state = behaviour.Remove(behaviour.Remove(capped, visit, ScoringScenario.Monday), visit, ScoringScenario.Monday);

        Assert.Equal(0, behaviour.PointsOf(state));
    }

    [Fact]
    public void Incremental_scoring_equals_full_recomputation_over_a_thousand_interactions()
    {
        var (behaviour, stream) = RandomStream(seed: 20260302, count: 1000, withCaps: false);
        var state = BehaviourState.Empty;
        var kept = new List<Interaction>();
        var random = new Random(7);
        foreach (var interaction in stream)
        {
            state = behaviour.Add(state, interaction, interaction.OccurredOn);
            kept.Add(interaction);
            if (random.Next(5) == 0)
            {
                var removed = kept[random.Next(kept.Count)];
                kept.Remove(removed);
                state = behaviour.Remove(state, removed, interaction.OccurredOn);
            }
        }

        var asOf = stream[^1].OccurredOn.AddDays(3);
        var incremental = behaviour.BroughtTo(state, asOf);
        var full = behaviour.Recompute(kept, asOf);

        Assert.All(behaviour.Rules, rule => Assert.Equal(full.TotalOf(rule.Id), incremental.TotalOf(rule.Id), 6));
        Assert.Equal(LeadIndex.RoundedBehaviourPoints(behaviour.PointsOf(full)), LeadIndex.RoundedBehaviourPoints(behaviour.PointsOf(incremental)));
    }

    [Fact]
    public void Incremental_scoring_equals_full_recomputation_with_caps_when_events_arrive_in_order()
    {
        var (behaviour, stream) = RandomStream(seed: 99, count: 1000, withCaps: true);

        var incremental = stream.Aggregate(BehaviourState.Empty, (state, interaction) => behaviour.Add(state, interaction, interaction.OccurredOn));
        var full = behaviour.Recompute(stream.Reverse(), stream[^1].OccurredOn);

        Assert.All(behaviour.Rules, rule => Assert.Equal(full.TotalOf(rule.Id), incremental.TotalOf(rule.Id), 6));
    }

    [Fact]
    public void The_state_does_not_grow_with_the_history()
    {
        var (behaviour, stream) = RandomStream(seed: 5, count: 1000, withCaps: false);
        var afterTen = stream.Take(10).Aggregate(BehaviourState.Empty, (state, interaction) => behaviour.Add(state, interaction, interaction.OccurredOn));
        var afterAll = stream.Aggregate(BehaviourState.Empty, (state, interaction) => behaviour.Add(state, interaction, interaction.OccurredOn));

        Assert.True(afterAll.Totals.Count <= behaviour.Rules.Count, $"{afterAll.Totals.Count} totals for {behaviour.Rules.Count} rules");
        Assert.True(afterTen.Totals.Count <= afterAll.Totals.Count);
    }

    private static (BehaviourScoring Behaviour, BehaviourState State) WebinarOnMondayDecayingWeekly()
    {
        var behaviour = ScoringScenario.ModelWithHalfLife(OneWeek, WebinarAttendance).Behaviour;
        return (behaviour, behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday));
    }

    private static (BehaviourScoring Behaviour, Interaction[] Stream) RandomStream(int seed, int count, bool withCaps)
    {
        var rules = new[]
        {
            ScoringScenario.BehaviourRule("Website visit", InteractionType.WebsiteVisit, 2, withCaps ? 15 : null),
            ScoringScenario.BehaviourRule("Pricing page", InteractionType.WebsiteVisit, 10, withCaps ? 25 : null) with
            {
                Attribute = InteractionSchema.Url, Operator = RuleOperator.Contains, Value = "/pricing",
            },
            ScoringScenario.BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30, withCaps ? 45 : null),
            ScoringScenario.BehaviourRule("E-mail click", InteractionType.EmailClick, 3),
            ScoringScenario.BehaviourRule("Unsubscribe", InteractionType.Unsubscribe, -25, withCaps ? 30 : null),
        };
        var behaviour = ScoringScenario.ModelWithHalfLife(OneWeek, rules).Behaviour;
        var random = new Random(seed);
        var types = new[] { InteractionType.WebsiteVisit, InteractionType.WebinarAttendance, InteractionType.EmailClick, InteractionType.Unsubscribe, InteractionType.Download };
        var urls = new[] { "https://contoso.com/pricing", "https://contoso.com/blog", "https://contoso.com/" };
        var moment = ScoringScenario.Monday;
        var stream = new Interaction[count];
        for (var index = 0; index < count; index++)
        {
            moment = moment.AddMinutes(random.Next(0, 24 * 60));
            stream[index] = new Interaction(types[random.Next(types.Length)], moment)
            {
                Columns = ColumnValues.None.With(InteractionSchema.Url, ColumnValue.Text(urls[random.Next(urls.Length)])),
            };
        }

        return (behaviour, stream);
    }
}
