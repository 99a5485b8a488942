namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Kind of marketing touch (the interaction's type).</summary>
    public enum InteractionType
    {
        /// <summary>Website visit.</summary>
        WebsiteVisit = 271800000,
        /// <summary>Form submission.</summary>
        FormSubmission = 271800001,
        /// <summary>Webinar registration.</summary>
        WebinarRegistration = 271800002,
        /// <summary>Webinar attendance.</summary>
        WebinarAttendance = 271800003,
        /// <summary>E-mail open.</summary>
        EmailOpen = 271800004,
        /// <summary>E-mail click.</summary>
        EmailClick = 271800005,
        /// <summary>Download.</summary>
        Download = 271800006,
        /// <summary>Event attendance.</summary>
        EventAttendance = 271800007,
        /// <summary>Unsubscribe.</summary>
        Unsubscribe = 271800008,
    }
}
