using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>The funnel's answer to a <see cref="StageMoveRequest"/>: the accepted move or a refusal.</summary>
    public sealed class StageMoveDecision
    {
        private StageMoveDecision(AcceptedMove? move, Text? refusal)
        {
            Move = move;
            Refusal = refusal;
        }

        /// <summary>The move to make; null when refused.</summary>
        public AcceptedMove? Move { get; }

        /// <summary>
        /// Why the move is refused, for a business user: which move, why not, what to do instead. Null when accepted.
        /// </summary>
        public Text? Refusal { get; }

        /// <summary>Whether the move may be made.</summary>
        public bool IsAccepted => Move != null;

        /// <summary>A decision that allows the move.</summary>
        public static StageMoveDecision Accepted(AcceptedMove move) => new StageMoveDecision(move, null);

        /// <summary>A decision that refuses the move with a message.</summary>
        public static StageMoveDecision Refused(Text message) => new StageMoveDecision(null, message);
    }
}
