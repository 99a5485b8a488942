namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>Where an SLA clock is in its life: open, met, breached or cancelled.</summary>
    public enum SlaClockState
    {
        /// <summary>Running or paused.</summary>
        Open = 271800000,
        /// <summary>Completed on time.</summary>
        Met = 271800001,
        /// <summary>Completed late, or closed as past due.</summary>
        Breached = 271800002,
        /// <summary>No longer applies (e.g. the lead left the stage the promise was about).</summary>
        Cancelled = 271800003,
    }
}
