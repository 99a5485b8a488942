using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

/// <summary>The decision pre-operation carries to post-operation as text: what is read back is what was decided.</summary>
public class DecidedMoveTests
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void A_rejection_with_a_comment_of_any_text_reads_back_as_decided()
    {
        var decided = new DecidedMove
        {
            Change = new StageChange(FunnelStage.Mql, FunnelStage.Nurture, At),
            Kind = MoveKind.Reject,
            LeadIndex = "C40",
            ReasonId = Guid.Parse("6a1f3e2d-9c4b-4f7a-8e21-3d5b7c9e1f01"),
            Comment = "Kein Budget für 2026 – 100 % sicher.\r\nZweite Zeile mit %20 darin",
            AgreementId = Guid.Parse("3f0d1c2a-6b7e-4c1d-9a51-0c8e2f4b7a01"),
            AgreementName = "Frühjahrskampagne Süd",
            ClosedClocks = [new ClosedClock(Guid.Parse("11111111-2222-3333-4444-555555555555"), SlaClockState.Met, At), new ClosedClock(Guid.Parse("66666666-2222-3333-4444-555555555555"), SlaClockState.Cancelled, At) { EndsPause = true, PausedMinutes = 120 }],
        };

        var read = DecidedMove.Read(decided.Write());

        Assert.Equal(decided.Write(), read.Write());
        Assert.Equal((decided.Change, decided.Kind, decided.Comment, decided.AgreementName), (read.Change, read.Kind, read.Comment, read.AgreementName));
        Assert.Equal(decided.ClosedClocks, read.ClosedClocks);
        Assert.Equal(DateTimeKind.Utc, read.Change!.ChangedOn.Kind);
    }

    [Fact]
    public void A_new_lead_handed_over_at_once_reads_back_with_its_entry_owner_and_clocks()
    {
        var decided = new DecidedMove
        {
            Entry = FunnelStage.Inquiry,
            Change = new StageChange(FunnelStage.Inquiry, FunnelStage.Mql, At),
            Kind = MoveKind.HandOver,
            LeadIndex = "A50",
            NewOwnerId = Guid.Parse("aaaaaaaa-2222-3333-4444-555555555555"),
            AgreementId = Guid.Parse("3f0d1c2a-6b7e-4c1d-9a51-0c8e2f4b7a01"),
            AgreementName = "Default agreement",
            OpenedClocks = [new OpenedClock(SlaKind.Accept, At, At.AddHours(8)), new OpenedClock(SlaKind.FirstContact, At, At.AddHours(16)) { PausedOn = At }],
        };

        var read = DecidedMove.Read(decided.Write());

        Assert.Equal((FunnelStage?)FunnelStage.Inquiry, read.Entry);
        Assert.Equal(decided.NewOwnerId, read.NewOwnerId);
        Assert.Equal(decided.OpenedClocks, read.OpenedClocks);
        Assert.Null(read.ReasonId);
    }

    [Fact]
    public void Text_that_is_not_a_decision_is_refused()
    {
        Assert.Throws<FormatException>(() => DecidedMove.Read("move Mql Somewhere 2026-03-02T09:30:00.0000000Z Accept\n"));
    }
}
