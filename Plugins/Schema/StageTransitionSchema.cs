namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_stagetransition: the funnel history, one row per move.</summary>
    public static class StageTransitionSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_stagetransition";
        /// <summary>Primary name: the move in words, e.g. "MQL → SAL".</summary>
        public const string Name = "lsla_name";
        /// <summary>The lead that moved.</summary>
        public const string LeadId = "lsla_leadid";
        /// <summary>Stage before the move (empty for a new lead).</summary>
        public const string FromStage = "lsla_fromstage";
        /// <summary>Stage after the move.</summary>
        public const string ToStage = "lsla_tostage";
        /// <summary>When the lead moved.</summary>
        public const string ChangedOn = "lsla_changedon";
        /// <summary>Who moved it: the user, or SYSTEM for the system's moves.</summary>
        public const string ChangedBy = "lsla_changedby";
        /// <summary>For a move the system made: the user whose save triggered it.</summary>
        public const string TriggeredBy = "lsla_triggeredby";
        /// <summary>The rejection reason of a rejection.</summary>
        public const string RejectionReasonId = "lsla_rejectionreasonid";
        /// <summary>Comment given with the move.</summary>
        public const string Comment = "lsla_comment";
        /// <summary>The lead's index at the move.</summary>
        public const string LeadIndex = "lsla_leadindex";
        /// <summary>The agreement the lead moved under (contract extension), for marketing's monthly hand-over count.</summary>
        public const string SlaAgreementId = "lsla_slaagreementid";
    }
}
