namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Both sides' promises of an agreement in numbers. A null deadline means the
    /// agreement makes no such promise, so no clock runs for it.
    /// </summary>
    public sealed record AgreementTerms
    {
        /// <summary>Marketing: business hours from meeting the MQL criteria to the hand-over.</summary>
        public int? HandOverWithinHours { get; init; }

        /// <summary>
        /// Marketing: whether a lead that meets the criteria is handed over at once or after marketing's review; a review
        /// needs <see cref="HandOverWithinHours"/>, without it there is no time to measure and the hand-over is automatic.
        /// </summary>
        public HandOverMode HandOverMode { get; init; } = HandOverMode.Automatic;

        /// <summary>Whether a lead that meets the criteria waits for marketing's review, on marketing's hand-over clock.</summary>
        public bool ReviewsHandOver => HandOverMode == HandOverMode.Review && HandOverWithinHours != null;

        /// <summary>Sales: business hours to accept or reject a handed-over lead.</summary>
        public int? AcceptWithinHours { get; init; }

        /// <summary>Sales: business hours from acceptance to the first contact.</summary>
        public int? FirstContactWithinHours { get; init; }

        /// <summary>Sales: calendar days from acceptance to qualifying or returning the lead.</summary>
        public int? QualifyWithinDays { get; init; }

        /// <summary>Marketing: calendar days after which a nurtured lead comes back, unless its reason says otherwise.</summary>
        public int? ReactivateAfterDays { get; init; }

        /// <summary>Marketing: qualified leads handed over per calendar month at least.</summary>
        public int? MinLeadsPerMonth { get; init; }

        /// <summary>Share of a deadline's business time after which a clock is at risk; null: 75.</summary>
        public int? AtRiskPercent { get; init; }
    }
}
