using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Funnel;
using static CrmLeadSla.Plugins.Domain.Funnel.FunnelActor;
using static CrmLeadSla.Plugins.Domain.Funnel.FunnelStage;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class AllowedMoveTests
{
    /// <summary>The moves of the agreement (issue 4), written out independently of the table in the code.</summary>
    public static TheoryData<FunnelStage, FunnelStage, FunnelActor, MoveKind> AgreedMoves => new()
    {
        { Inquiry, Mql, FunnelActor.System, MoveKind.HandOver },
        { Inquiry, Mql, Marketing, MoveKind.HandOver },
        { Inquiry, Nurture, Marketing, MoveKind.KeepNurturing },
        { Mql, Sal, Sales, MoveKind.Accept },
        { Mql, Nurture, Sales, MoveKind.Reject },
        { Mql, Disqualified, Sales, MoveKind.Reject },
        { Sal, Sql, Sales, MoveKind.Qualify },
        { Sal, Nurture, Sales, MoveKind.Return },
        { Sql, Won, FunnelActor.System, MoveKind.Win },
        { Sql, Nurture, FunnelActor.System, MoveKind.Lose },
        { Nurture, Inquiry, FunnelActor.System, MoveKind.Reactivate },
        { Nurture, Mql, FunnelActor.System, MoveKind.Requalify },
        { Inquiry, Excluded, FunnelActor.System, MoveKind.Exclude },
        { Mql, Excluded, FunnelActor.System, MoveKind.Exclude },
        { Sal, Excluded, FunnelActor.System, MoveKind.Exclude },
        { Sql, Excluded, FunnelActor.System, MoveKind.Exclude },
        { Nurture, Excluded, FunnelActor.System, MoveKind.Exclude },
        { Disqualified, Excluded, FunnelActor.System, MoveKind.Exclude },
    };

    [Theory]
    [MemberData(nameof(AgreedMoves))]
    public void An_agreed_move_by_its_actor_is_accepted(FunnelStage from, FunnelStage to, FunnelActor actor, MoveKind kind)
    {
        var decision = FunnelRules.Decide(FunnelScenario.Satisfying(from, to, actor));

        Assert.Null(decision.Refusal);
        Assert.Equal(new StageChange(from, to, FunnelScenario.Noon), decision.Move!.Change);
        Assert.Equal(kind, decision.Move.Kind);
    }

    [Fact]
    public void The_table_holds_only_the_agreed_moves()
    {
        var agreed = AgreedMoves.Select(row => ((FunnelStage)row[0], (FunnelStage)row[1], (FunnelActor)row[2], (MoveKind)row[3]));

        var table = FunnelMoves.All.Select(move => (move.From, move.To, move.Actor, move.Kind));

        Assert.Equal(agreed.OrderBy(row => row.ToString()), table.OrderBy(row => row.ToString()));
    }

    public static TheoryData<FunnelStage, FunnelStage, FunnelActor> MovesOutsideTheAgreement()
    {
        var agreed = AgreedMoves.Select(row => ((FunnelStage)row[0], (FunnelStage)row[1], (FunnelActor)row[2])).ToList();
        var data = new TheoryData<FunnelStage, FunnelStage, FunnelActor>();
        foreach (var from in Enum.GetValues<FunnelStage>())
        {
            foreach (var to in Enum.GetValues<FunnelStage>())
            {
                foreach (var actor in Enum.GetValues<FunnelActor>().Where(actor => !agreed.Contains((from, to, actor))))
                {
                    data.Add(from, to, actor);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MovesOutsideTheAgreement))]
    public void A_move_outside_the_agreement_is_refused_naming_the_move(FunnelStage from, FunnelStage to, FunnelActor actor)
    {
        var decision = FunnelRules.Decide(FunnelScenario.Satisfying(from, to, actor));

        Assert.False(decision.IsAccepted);
        Assert.StartsWith(
            $"{FunnelWording.NameOf(actor)} cannot move a lead from {FunnelWording.NameOf(from)} to {FunnelWording.NameOf(to)}: ",
            decision.Refusal?.In(Language.English));
    }
}
