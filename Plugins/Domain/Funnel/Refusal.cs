namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Why a move is refused and what the user can do instead, before it is worded as a message.</summary>
    /// <param name="Why">Why not, as the middle of a sentence (no capital, no full stop).</param>
    /// <param name="Instead">What to do instead, as a sentence without its full stop.</param>
    public sealed record Refusal(string Why, string Instead)
    {
        /// <summary>
        /// The message a business user reads: "Sales cannot move a lead from Inquiry to SAL: why. Instead."
        /// </summary>
        public string For(StageMoveRequest request) =>
            $"{FunnelWording.NameOf(request.Actor)} cannot move a lead from {FunnelWording.NameOf(request.From)} " +
            $"to {FunnelWording.NameOf(request.To)}: {Why}. {Instead}.";
    }
}
