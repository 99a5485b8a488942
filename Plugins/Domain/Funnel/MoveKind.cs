namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>What a stage move means in the agreement.</summary>
    public enum MoveKind
    {
        /// <summary>Inquiry to MQL: the lead is handed over to sales.</summary>
        HandOver,
        /// <summary>MQL to SAL: sales accepts the lead.</summary>
        Accept,
        /// <summary>MQL to Nurture or Disqualified: sales rejects the lead with an agreed reason.</summary>
        Reject,
        /// <summary>SAL to SQL: the lead is qualified and an opportunity exists.</summary>
        Qualify,
        /// <summary>SAL to Nurture: sales returns an accepted lead with a reason.</summary>
        Return,
        /// <summary>SQL to Won: the opportunity is won.</summary>
        Win,
        /// <summary>SQL to Nurture: the opportunity is lost.</summary>
        Lose,
        /// <summary>Nurture to Inquiry: the reactivation date is reached.</summary>
        Reactivate,
        /// <summary>Nurture to MQL: the lead's behaviour qualifies it again.</summary>
        Requalify,
        /// <summary>Any stage to Excluded: an exclusion rule takes the lead out of the process.</summary>
        Exclude,
        /// <summary>
        /// Inquiry (or Nurture) to Inquiry: the lead meets the criteria under an agreement with marketing's review; it stays
        /// with marketing, ready for hand-over, and marketing's hand-over clock starts.
        /// </summary>
        ReadyForHandOver,
        /// <summary>Inquiry to Nurture: marketing reviews a lead and keeps nurturing it instead of handing it over.</summary>
        KeepNurturing,
    }
}
