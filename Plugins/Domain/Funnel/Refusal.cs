using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Why a move is refused and what the user can do instead, before it is worded as a message.</summary>
    /// <param name="Why">Why not, as the part of the message after the colon (no full stop).</param>
    /// <param name="Instead">What to do instead, as a sentence without its full stop.</param>
    public sealed record Refusal(Text Why, Text Instead)
    {
        /// <summary>A refusal with texts that take no arguments.</summary>
        public Refusal(TextKey why, TextKey instead)
            : this(Text.Of(why), Text.Of(instead))
        {
        }

        /// <summary>
        /// The message a business user reads: "Sales cannot move a lead from Inquiry to SAL: why. Instead."
        /// </summary>
        public Text For(StageMoveRequest request) =>
            Text.Of(TextKey.MoveRefused, FunnelWording.NameOf(request.Actor), FunnelWording.NameOf(request.From), FunnelWording.NameOf(request.To), Why, Instead);
    }
}
