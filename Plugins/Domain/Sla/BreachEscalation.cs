using System;
using System.Globalization;
using CrmLeadSla.Plugins.Domain.Funnel;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Who answers for a breached promise and what the escalation says: the hand-over is marketing's promise,
    /// accept, first contact and qualify are sales'. The responsible side gets a task; the other side's owner
    /// is told by e-mail.
    /// </summary>
    public static class BreachEscalation
    {
        /// <summary>The side that made the promise.</summary>
        public static FunnelActor ResponsibleFor(SlaKind kind) => kind == SlaKind.Handover ? FunnelActor.Marketing : FunnelActor.Sales;

        /// <summary>The task's subject, e.g. "SLA breached: Accept for Contoso Ltd." — also how a second escalation of the same breach is recognised.</summary>
        public static string Subject(SlaKind kind, string leadName) =>
            string.Format(CultureInfo.InvariantCulture, "SLA breached: {0} for {1}", SlaWording.NameOf(kind), leadName);

        /// <summary>What the task and e-mail say: the promise, the agreement and the deadline in the agreement's zone.</summary>
        public static string Description(SlaKind kind, string agreementName, DateTime dueOnUtc, TimeZoneInfo zone) =>
            string.Format(CultureInfo.InvariantCulture,
                "The {0} deadline of the agreement '{1}' was {2:d MMMM yyyy HH:mm} ({3}) and has passed. {4} answers for it: {5}",
                SlaWording.NameOf(kind).ToLowerInvariant(), agreementName, WallClock.LocalAt(zone, Utc.Of(dueOnUtc, nameof(dueOnUtc))), zone.Id,
                FunnelWording.NameOf(ResponsibleFor(kind)), WhatToDo(kind));

        private static string WhatToDo(SlaKind kind) => kind switch
        {
            SlaKind.Handover => "hand the lead over to sales now.",
            SlaKind.Accept => "accept the lead, or reject it with an agreed reason, now.",
            SlaKind.FirstContact => "contact the lead now.",
            _ => "qualify the lead, or return it with an agreed reason, now.",
        };
    }
}
