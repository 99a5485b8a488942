using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>One row of the funnel's table of allowed moves.</summary>
    /// <param name="From">Stage the lead leaves.</param>
    /// <param name="To">Stage the lead enters.</param>
    /// <param name="Actor">Who may make the move.</param>
    /// <param name="Kind">What the move means.</param>
    /// <param name="When">When the move happens, in the words of the agreement.</param>
    /// <param name="HowTo">What a user does to make it happen; used when someone else tries it.</param>
    public sealed record AllowedMove(FunnelStage From, FunnelStage To, FunnelActor Actor, MoveKind Kind, TextKey When, TextKey HowTo);
}
