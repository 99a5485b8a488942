using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Scoring;
using CsCheck;
using Xunit.Abstractions;

namespace CrmLeadSla.Reliability.Tests.Properties;

[Trait("Category", "Reliability")]
public class ScoringProperties(ITestOutputHelper output)
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly Gen<InteractionType> Type = Gen.Enum<InteractionType>();

    // A behaviour rule per generated entry: its type, points (sign chosen by the caller) and an optional cap.
    private static readonly Gen<(InteractionType Type, int Points, int? Max)> RuleShape =
        Gen.Select(Type, Gen.Int[1, 200], Gen.Int[0, 300].Select(max => max < 100 ? (int?)null : max));

    private static readonly Gen<int?> HalfLife = Gen.Int[0, 90].Select(days => days == 0 ? (int?)null : days);

    // Earlier interactions, each minutes after the start.
    private static readonly Gen<(InteractionType Type, int Minutes)[]> History =
        Gen.Select(Type, Gen.Int[0, 60 * 24 * 120]).Array[0, 30];

    [Fact]
    public void Adding_an_interaction_worth_positive_points_never_lowers_the_behaviour_points()
    {
        PropertyRuns.Check(
            Gen.Select(RuleShape.Array[1, 6], HalfLife, History, Type, Gen.Int[0, 60 * 24 * 200]),
            generated =>
            {
                var (shapes, halfLife, history, type, laterMinutes) = generated;
                var model = ModelOf(shapes, halfLife, sign: 1);
                var now = Start.AddMinutes(laterMinutes);
                var before = model.Behaviour.BroughtTo(Replayed(model, history), now);

                var after = model.Behaviour.Add(before, new Interaction(type, now), now);

                Assert.True(model.BehaviourOf(after).Points >= model.BehaviourOf(before).Points);
            });
        output.WriteLine(PropertyRuns.Describe());
    }

    [Fact]
    public void Decay_never_raises_any_rules_points_whatever_their_sign()
    {
        PropertyRuns.Check(
            Gen.Select(RuleShape.Array[1, 6], Gen.Int[1, 90], History, Gen.Bool, Gen.Int[0, 60 * 24 * 400]),
            generated =>
            {
                var (shapes, halfLife, history, negative, laterMinutes) = generated;
                var model = ModelOf(shapes, halfLife, sign: negative ? -1 : 1);
                var state = Replayed(model, history);

                var decayed = model.Behaviour.BroughtTo(state, state.AsOf.GetValueOrDefault(Start).AddMinutes(laterMinutes));

                Assert.All(model.Behaviour.Rules, rule => Assert.True(Math.Abs(decayed.TotalOf(rule.Id)) <= Math.Abs(state.TotalOf(rule.Id)) + 1e-9));
                Assert.True(Math.Abs(model.BehaviourOf(decayed).Points) <= Math.Abs(model.BehaviourOf(state).Points));
            });
        output.WriteLine(PropertyRuns.Describe());
    }

    [Fact]
    public void The_grade_agrees_with_the_thresholds_and_more_fit_never_gives_a_worse_grade()
    {
        PropertyRuns.Check(
            Gen.Select(Gen.Int[-1000, 1000], Gen.Int[1, 500], Gen.Int[1, 500], Gen.Int[-2000, 2000], Gen.Int[0, 500]),
            generated =>
            {
                var (c, stepB, stepA, fit, more) = generated;
                var thresholds = new GradeThresholds(c + stepB + stepA, c + stepB, c);

                var grade = thresholds.GradeFor(fit);

                Assert.Equal(fit >= thresholds.A, grade == Grade.A);
                Assert.Equal(fit < thresholds.C, grade == Grade.D);
                Assert.True(grade != Grade.B || (fit >= thresholds.B && fit < thresholds.A));
                Assert.True(thresholds.GradeFor(fit + more) <= grade, "more fit points gave a worse grade");
            });
        output.WriteLine(PropertyRuns.Describe());
    }

    private static ScoringModel ModelOf((InteractionType Type, int Points, int? Max)[] shapes, int? halfLife, int sign)
    {
        var rules = shapes.Select((shape, i) => new ScoringRule(new Guid(i + 1, 0, 0, new byte[8]), $"Rule {i}", RuleCategory.Behaviour, sign * shape.Points)
        {
            InteractionType = shape.Type,
            MaxPoints = shape.Max,
        });
        var settings = new ModelSettings(new GradeThresholds(60, 40, 20), MqlThreshold: 50) { DecayHalfLifeDays = halfLife };
        return ScoringModel.Compile(settings, rules, ScorableColumns.Lead, ScorableColumns.Interaction);
    }

    private static BehaviourState Replayed(ScoringModel model, (InteractionType Type, int Minutes)[] history)
    {
        var state = BehaviourState.Empty;
        foreach (var (type, minutes) in history.OrderBy(h => h.Minutes))
        {
            var moment = Start.AddMinutes(minutes);
            state = model.Behaviour.Add(state, new Interaction(type, moment), moment);
        }

        return state;
    }
}
