using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class BehaviourStateTests
{
    private static readonly ScoringRule Webinar = ScoringScenario.BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30);
    private static readonly ScoringRule Visit = ScoringScenario.BehaviourRule("Website visit", InteractionType.WebsiteVisit, 3);

    [Fact]
    public void A_state_reads_back_what_it_wrote()
    {
        var behaviour = ScoringScenario.ModelWithHalfLife(7, Webinar, Visit).Behaviour;
        var state = behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday);
        state = behaviour.Add(state, ScoringScenario.Visit(ScoringScenario.Monday.AddHours(5)), ScoringScenario.Monday.AddHours(5));

        var read = BehaviourState.Read(state.ToText());

        Assert.Equal(state.AsOf, read.AsOf);
        Assert.Equal(state.Totals.OrderBy(entry => entry.Key), read.Totals.OrderBy(entry => entry.Key));
        Assert.Null(read.Note);
    }

    [Fact]
    public void An_empty_memo_is_a_lead_without_behaviour_points()
    {
        var read = BehaviourState.Read(null);

        Assert.Same(BehaviourState.Empty, read);
    }

    [Theory]
    [InlineData("Fit was fine once")]
    [InlineData("lsla-behaviour 1 yesterday")]
    [InlineData("lsla-behaviour 2 2026-03-02T09:00:00.0000000Z")]
    [InlineData("lsla-behaviour 1 2026-03-02T09:00:00.0000000Z\nnot-a-guid 12")]
    [InlineData("lsla-behaviour 1 2026-03-02T09:00:00.0000000Z\n0123456789abcdef0123456789abcdef NaN")]
    public void Garbage_starts_afresh_with_a_note(string text)
    {
        var read = BehaviourState.Read(text);

        Assert.Empty(read.Totals);
        Assert.Null(read.AsOf);
        Assert.StartsWith("The stored behaviour state could not be read", read.Note, StringComparison.Ordinal);
    }
}
