namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_slaagreement: the agreement between marketing and sales for one campaign.</summary>
    public static class SlaAgreementSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_slaagreement";
        /// <summary>Primary key.</summary>
        public const string Id = "lsla_slaagreementid";
        /// <summary>Campaign name.</summary>
        public const string Name = "lsla_name";
        /// <summary>Buyer personas and target group.</summary>
        public const string TargetGroup = "lsla_targetgroup";
        /// <summary>The market the campaign addresses.</summary>
        public const string Market = "lsla_market";
        /// <summary>Products and services the campaign promotes.</summary>
        public const string Products = "lsla_products";
        /// <summary>Responsible marketing user (lookup to systemuser).</summary>
        public const string MarketingOwnerId = "lsla_marketingownerid";
        /// <summary>Responsible sales user (lookup to systemuser).</summary>
        public const string SalesOwnerId = "lsla_salesownerid";
        /// <summary>The sales team that works the leads (lookup to team).</summary>
        public const string SalesTeamId = "lsla_salesteamid";
        /// <summary>The team member who took the most recent hand-over (lookup to systemuser): the team's turn, kept by the funnel.</summary>
        public const string LastAssigneeId = "lsla_lastassigneeid";
        /// <summary>Marks the agreement for leads that name none.</summary>
        public const string IsDefault = "lsla_isdefault";
        /// <summary>The scoring model of the campaign's leads.</summary>
        public const string ScoringModelId = "lsla_scoringmodelid";
        /// <summary>Marketing: business hours from MQL to hand-over.</summary>
        public const string HandOverWithinHours = "lsla_handoverwithinhours";
        /// <summary>Marketing: automatic hand-over or hand-over after marketing's review (local option set, HandOverMode).</summary>
        public const string HandOverMode = "lsla_handovermode";
        /// <summary>Sales: business hours to accept or reject a handed-over lead.</summary>
        public const string AcceptWithinHours = "lsla_acceptwithinhours";
        /// <summary>Sales: business hours to first contact an accepted lead.</summary>
        public const string FirstContactWithinHours = "lsla_firstcontactwithinhours";
        /// <summary>Sales: days to qualify or return an accepted lead.</summary>
        public const string QualifyWithinDays = "lsla_qualifywithindays";
        /// <summary>Marketing: days after which a nurtured lead is reactivated.</summary>
        public const string ReactivateAfterDays = "lsla_reactivateafterdays";
        /// <summary>Marketing: qualified leads handed over per month at least.</summary>
        public const string MinLeadsPerMonth = "lsla_minleadspermonth";
        /// <summary>Windows time zone id of the business hours.</summary>
        public const string TimeZone = "lsla_timezone";
        /// <summary>Start of business hours, minutes after local midnight.</summary>
        public const string WorkdayStart = "lsla_workdaystart";
        /// <summary>End of business hours, minutes after local midnight.</summary>
        public const string WorkdayEnd = "lsla_workdayend";
        /// <summary>Days with business hours (multi-select of <see cref="Domain.Sla.WorkingDay"/>, Monday … Sunday).</summary>
        public const string WorkingDays = "lsla_workingdays";
        /// <summary>Share of a deadline's business time after which a clock is at risk.</summary>
        public const string AtRiskPercent = "lsla_atriskpercent";
        /// <summary>What sales commits to beyond the deadlines (working a lead, feedback, data upkeep).</summary>
        public const string SalesCommitments = "lsla_salescommitments";
        /// <summary>What marketing commits to beyond the deadlines (form of the hand-over, nurturing plan).</summary>
        public const string MarketingCommitments = "lsla_marketingcommitments";
    }
}
