using System;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// Who answers for a breached promise and what the escalation says: the hand-over is marketing's promise,
    /// accept, first contact and qualify are sales'. The responsible side gets a task; the other side's owner
    /// is told by e-mail. Each reads it in their own language.
    /// </summary>
    public static class BreachEscalation
    {
        /// <summary>The side that made the promise.</summary>
        public static FunnelActor ResponsibleFor(SlaKind kind) => Promise.IsSales(kind) ? FunnelActor.Sales : FunnelActor.Marketing;

        /// <summary>The task's subject, e.g. "SLA breached: Accept for Contoso Ltd." — in any language also how a second escalation of the same breach is recognised.</summary>
        public static Text Subject(SlaKind kind, string leadName) => Text.Of(TextKey.EscalationSubject, SlaWording.NameOf(kind), leadName);

        /// <summary>What the task and e-mail say: the promise, the agreement and the deadline in the agreement's zone.</summary>
        public static Text Description(SlaKind kind, string agreementName, DateTime dueOnUtc, TimeZoneInfo zone) =>
            Text.Of(TextKey.EscalationDescription,
                SlaWording.InSentence(kind), agreementName, WallClock.LocalAt(zone, Utc.Of(dueOnUtc, nameof(dueOnUtc))), zone.Id,
                FunnelWording.NameOf(ResponsibleFor(kind)), Text.Of(WhatToDo(kind)));

        private static TextKey WhatToDo(SlaKind kind) => kind switch
        {
            SlaKind.HandOver => TextKey.EscalationHandOverNow,
            SlaKind.Accept => TextKey.EscalationAcceptNow,
            SlaKind.FirstContact => TextKey.EscalationContactNow,
            _ => TextKey.EscalationQualifyNow,
        };
    }
}
