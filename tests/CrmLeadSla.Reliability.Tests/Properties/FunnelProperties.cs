using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CsCheck;
using Xunit.Abstractions;

namespace CrmLeadSla.Reliability.Tests.Properties;

[Trait("Category", "Reliability")]
public class FunnelProperties(ITestOutputHelper output)
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly RejectionReason[] Reasons =
    [
        new(Guid.NewGuid(), "No budget", RejectionOutcome.Nurture, RecycleAfterDays: 90, LowersGrade: true),
        new(Guid.NewGuid(), "Wrong person", RejectionOutcome.Disqualify, RequiresComment: true),
        new(Guid.NewGuid(), "Old reason", RejectionOutcome.Nurture, IsActive: false),
    ];

    // One requested move: target stage, who asks, the lead's facts, an optional reason and comment, minutes later.
    private static readonly Gen<(FunnelStage To, FunnelActor Actor, bool Mql, bool Qualified, int Reason, bool Comment, int Minutes)> Request =
        Gen.Select(Gen.Enum<FunnelStage>(), Gen.Enum<FunnelActor>(), Gen.Bool, Gen.Bool, Gen.Int[-1, Reasons.Length - 1], Gen.Bool, Gen.Int[0, 60 * 24 * 10]);

    [Fact]
    public void Any_sequence_of_requested_moves_keeps_one_stage_and_a_complete_history()
    {
        PropertyRuns.Check(
            Gen.Select(Gen.Enum<Grade>(), Request.Array[1, 40]),
            generated =>
            {
                var (grade, requests) = generated;
                var stage = FunnelStage.Inquiry;
                var now = Start;
                var history = new List<AcceptedMove>();
                foreach (var (to, actor, mql, qualified, reason, comment, minutes) in requests)
                {
                    now = now.AddMinutes(minutes);
                    var request = new StageMoveRequest(stage, to, actor, now)
                    {
                        Grade = grade,
                        MeetsMqlCriteria = mql,
                        IsQualified = qualified,
                        Reason = reason < 0 ? null : Reasons[reason],
                        Comment = comment ? "Called twice, no answer." : null,
                    };

                    var decision = FunnelRules.Decide(request);

                    Assert.Equal(decision.IsAccepted, decision.Refusal is null);
                    Assert.True(decision.IsAccepted || decision.Refusal!.In(Language.English).Length > 20, "a refusal must say why");
                    Assert.True(decision.IsAccepted || decision.Refusal!.In(Language.German).Length > 20, "a refusal must say why in German too");
                    if (decision.Move is { } move)
                    {
                        Assert.Equal((stage, to, now), (move.Change.From, move.Change.To, move.Change.ChangedOn));
                        Assert.True(move.ReactivateOn is null || (move.Change.To == FunnelStage.Nurture && move.ReactivateOn > now));
                        Assert.True(move.Reason is null || move.Reason.IsActive, "an inactive reason was accepted");
                        history.Add(move);
                        stage = move.Change.To;
                    }
                }

                // Complete history: every move starts where the previous one ended, and the last ends at the stage.
                Assert.All(history.Zip(history.Skip(1)), pair => Assert.Equal(pair.First.Change.To, pair.Second.Change.From));
                Assert.Equal(stage, history.Count == 0 ? FunnelStage.Inquiry : history[^1].Change.To);
            });
        output.WriteLine(PropertyRuns.Describe());
    }

    [Fact]
    public void The_same_request_always_gets_the_same_answer()
    {
        PropertyRuns.Check(
            Gen.Select(Gen.Enum<FunnelStage>(), Request),
            generated =>
            {
                var (from, r) = generated;
                var request = new StageMoveRequest(from, r.To, r.Actor, Start)
                {
                    MeetsMqlCriteria = r.Mql,
                    IsQualified = r.Qualified,
                    Reason = r.Reason < 0 ? null : Reasons[r.Reason],
                };

                Assert.Equal(FunnelRules.Decide(request).Refusal?.In(Language.English), FunnelRules.Decide(request).Refusal?.In(Language.English));
                Assert.Equal(FunnelRules.Decide(request).Move, FunnelRules.Decide(request).Move);
            });
        output.WriteLine(PropertyRuns.Describe());
    }
}
