namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of the lead table and the columns the solution adds (data contract).</summary>
    public static class LeadSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lead";
        /// <summary>Primary key.</summary>
        public const string Id = "leadid";
        /// <summary>Explicit (fit) points.</summary>
        public const string FitScore = "lsla_fitscore";
        /// <summary>Implicit (behaviour) points after decay.</summary>
        public const string BehaviorScore = "lsla_behaviorscore";
        /// <summary>Fit grade A–D (option set lsla_grade).</summary>
        public const string Grade = "lsla_grade";
        /// <summary>Grade letter + behaviour points, e.g. A50.</summary>
        public const string LeadIndex = "lsla_leadindex";
        /// <summary>Which rules fired and the points each gave.</summary>
        public const string ScoreExplanation = "lsla_scoreexplanation";
        /// <summary>The behaviour state the next interaction continues from (memo, kept by scoring, on no form).</summary>
        public const string BehaviorState = "lsla_behaviorstate";
        /// <summary>When the behaviour score was last brought up to date.</summary>
        public const string ScoredOn = "lsla_scoredon";
        /// <summary>The scoring model that last scored the lead (lookup to lsla_scoringmodel).</summary>
        public const string ScoringModelId = "lsla_scoringmodelid";
        /// <summary>Funnel stage (option set lsla_funnelstage).</summary>
        public const string FunnelStage = "lsla_funnelstage";
        /// <summary>Last stage change.</summary>
        public const string StageChangedOn = "lsla_stagechangedon";
        /// <summary>The agreement that governs the lead.</summary>
        public const string SlaAgreementId = "lsla_slaagreementid";
        /// <summary>Hand-over time.</summary>
        public const string HandedOverOn = "lsla_handedoveron";
        /// <summary>Accept deadline.</summary>
        public const string AcceptDueOn = "lsla_acceptdueon";
        /// <summary>First contact deadline.</summary>
        public const string FirstContactDueOn = "lsla_firstcontactdueon";
        /// <summary>Hand-over deadline of a lead ready for hand-over, waiting for marketing's review; empty otherwise.</summary>
        public const string HandOverDueOn = "lsla_handoverdueon";
        /// <summary>Why sales rejected the lead.</summary>
        public const string RejectionReasonId = "lsla_rejectionreasonid";
        /// <summary>Sales' comment on the rejection.</summary>
        public const string RejectionComment = "lsla_rejectioncomment";
        /// <summary>When a nurtured lead comes back.</summary>
        public const string ReactivateOn = "lsla_reactivateon";
        /// <summary>Worst open SLA state (option set lsla_slastatus).</summary>
        public const string SlaStatus = "lsla_slastatus";
        /// <summary>The lead waits on the customer: the rep sets it, and sales' open clocks stand still until it is cleared.</summary>
        public const string WaitingOnCustomer = "lsla_waitingoncustomer";
        /// <summary>Taken out of the process.</summary>
        public const string Excluded = "lsla_excluded";
        /// <summary>Why the lead was taken out of the process.</summary>
        public const string ExclusionReason = "lsla_exclusionreason";
    }
}
