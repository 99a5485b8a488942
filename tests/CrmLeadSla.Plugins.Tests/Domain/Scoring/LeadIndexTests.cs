using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class LeadIndexTests
{
    [Fact]
    public void A_well_fitting_engaged_lead_reads_A50()
    {
        var title = ScoringScenario.FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 60);
        var webinar = ScoringScenario.BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 25);
        var model = ScoringScenario.Model(title, webinar);
        var webinarOnMonday = ScoringScenario.Webinar(ScoringScenario.Monday);
        var state = model.Behaviour.Add(model.Behaviour.Add(BehaviourState.Empty, webinarOnMonday, ScoringScenario.Monday), webinarOnMonday, ScoringScenario.Monday);

        var score = model.Score(ScoringScenario.LeadWithTitle("Head of Development"), state);

        Assert.Equal("A50", score.Index.ToString());
    }

    [Fact]
    public void A_fair_fit_with_some_behaviour_reads_B15()
    {
        var size = ScoringScenario.FitRule("Company size", "numberofemployees", RuleOperator.GreaterThanOrEqual, "200", 35);
        var visit = ScoringScenario.BehaviourRule("Website visit", InteractionType.WebsiteVisit, 5);
        var model = ScoringScenario.Model(size, visit);
        var state = Enumerable.Range(0, 3).Aggregate(BehaviourState.Empty, (current, _) =>
            model.Behaviour.Add(current, ScoringScenario.Visit(ScoringScenario.Monday), ScoringScenario.Monday));

        var score = model.Score(ScoringScenario.Lead("numberofemployees", ColumnValue.Number(450)), state);

        Assert.Equal("B15", score.Index.ToString());
    }

    [Fact]
    public void Behaviour_points_below_zero_show_as_none()
    {
        Assert.Equal("B0", LeadIndex.For(Grade.B, -25.4).ToString());
    }

    [Fact]
    public void A_negative_rule_takes_points_away_but_the_index_stays_a_letter_and_a_number()
    {
        var unsubscribe = ScoringScenario.BehaviourRule("Unsubscribe", InteractionType.Unsubscribe, -40);
        var visit = ScoringScenario.BehaviourRule("Website visit", InteractionType.WebsiteVisit, 15);
        var model = ScoringScenario.Model(unsubscribe, visit);
        var state = model.Behaviour.Add(BehaviourState.Empty, ScoringScenario.Visit(ScoringScenario.Monday), ScoringScenario.Monday);
        state = model.Behaviour.Add(state, new Interaction(InteractionType.Unsubscribe, ScoringScenario.Monday), ScoringScenario.Monday);

        var score = model.Score(ColumnValues.None, state);

        Assert.Equal(("D0", 0), (score.Index.ToString(), score.Behaviour.Points));
    }

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(0.5, 1)]
    [InlineData(-2.5, 0)]
    [InlineData(2.4999, 2)]
    [InlineData(49.5, 50)]
    public void Behaviour_points_round_half_away_from_zero(double decayed, int shown)
    {
        Assert.Equal(shown, LeadIndex.RoundedBehaviourPoints(decayed));
    }

    [Theory]
    [InlineData(5_000_000, "A999999")]
    [InlineData(-5_000_000, "D0")]
    public void Behaviour_points_are_held_within_bounds_so_the_index_fits_its_column(double decayed, string index)
    {
        var text = LeadIndex.For(decayed > 0 ? Grade.A : Grade.D, decayed).ToString();

        Assert.Equal(index, text);
        Assert.True(text.Length <= 10);
    }
}
