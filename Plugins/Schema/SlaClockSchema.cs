namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>
    /// Logical names of lsla_slainstance, the table of SLA clocks: one row is one clock of a lead. The table's
    /// logical name is part of the public data contract and keeps its first name; code and docs call a row a clock.
    /// </summary>
    public static class SlaClockSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_slainstance";
        /// <summary>Primary key.</summary>
        public const string Id = "lsla_slainstanceid";
        /// <summary>Summary, e.g. "Accept – Contoso Ltd.".</summary>
        public const string Name = "lsla_name";
        /// <summary>The lead the clock runs for.</summary>
        public const string LeadId = "lsla_leadid";
        /// <summary>Which promise (<see cref="Domain.Sla.SlaKind"/>: hand-over, accept, first contact, qualify).</summary>
        public const string Kind = "lsla_kind";
        /// <summary>When the clock started.</summary>
        public const string StartedOn = "lsla_startedon";
        /// <summary>The deadline.</summary>
        public const string DueOn = "lsla_dueon";
        /// <summary>Open, Met, Breached or Cancelled.</summary>
        public const string Status = "lsla_status";
        /// <summary>When the clock was closed.</summary>
        public const string CompletedOn = "lsla_completedon";
        /// <summary>When the clock was paused (the lead waits on the customer); empty while it runs.</summary>
        public const string PausedOn = "lsla_pausedon";
        /// <summary>The business minutes the clock has stood still in its finished pauses.</summary>
        public const string PausedMinutes = "lsla_pausedminutes";
        /// <summary>The agreement whose deadline this is.</summary>
        public const string SlaAgreementId = "lsla_slaagreementid";
        /// <summary>The user who answered for the promise when the clock opened (the lead's owner then).</summary>
        public const string OpenResponsibleUserId = "lsla_openresponsibleuserid";
        /// <summary>The team that answered for the promise when the clock opened.</summary>
        public const string OpenResponsibleTeamId = "lsla_openresponsibleteamid";
        /// <summary>The user who answered for the promise when the clock closed; for a breach, when the deadline passed.</summary>
        public const string CloseResponsibleUserId = "lsla_closeresponsibleuserid";
        /// <summary>The team that answered for the promise when the clock closed; for a breach, when the deadline passed.</summary>
        public const string CloseResponsibleTeamId = "lsla_closeresponsibleteamid";
    }
}
