using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The rep's "Waiting on the customer" (lsla_waitingoncustomer): set, it pauses the lead's open sales clocks; cleared,
    /// it resumes them with their due times (and the lead's copies) moved by the business time they stood still. Only the
    /// lead's owner or an administrator may change it: it stops the owner's clocks.
    /// </summary>
    public static class WaitingOnCustomer
    {
        /// <summary>
        /// What a save that moves no stage leaves to record for the column (history row and clocks held), or null when the
        /// save does not change it, the lead runs under no agreement or no sales clock changes. Stamps the moved due times into
        /// Target. Two requests (agreement, clocks) for a lead under an agreement; one more (roles) when someone else than the
        /// owner saves.
        /// </summary>
        /// <exception cref="UserMessageException">A Lead SLA sales or marketing user who does not own the lead changes it.</exception>
        public static DecidedMove? Of(PluginStepContext step, LeadSnapshot lead)
        {
            if (Asked(step, lead) is not bool waits)
            {
                return null;
            }

            var held = After(step, lead, new DecidedMove(), waits, null);
            return held.Wait == null ? null : held;
        }

        /// <summary>
        /// Whether the save sets (true) or clears (false) "Waiting on the customer", null when it leaves it as it was. One
        /// request (roles) when someone else than the owner changes it.
        /// </summary>
        /// <exception cref="UserMessageException">A Lead SLA sales or marketing user who does not own the lead changes it.</exception>
        public static bool? Asked(PluginStepContext step, LeadSnapshot lead)
        {
            if (step == null || lead == null)
            {
                throw new ArgumentNullException(step == null ? nameof(step) : nameof(lead));
            }

            var waits = lead.Value<bool?>(LeadSchema.WaitingOnCustomer) == true;
            if (!lead.Changes(LeadSchema.WaitingOnCustomer) || (lead.Before<bool?>(LeadSchema.WaitingOnCustomer) == true) == waits)
            {
                return null;
            }

            if (!StepActor.SavesForAnother(step) && lead.Before<EntityReference>("ownerid")?.Id != step.Execution.InitiatingUserId
                && LeadSlaRoles.HeldBy(step.SystemService, step.Execution.InitiatingUserId).Count > 0)
            {
                throw new UserMessageException(Text.Of(TextKey.CustomerWaitRefused, LeadFields.WaitingOnCustomer));
            }

            return waits;
        }

        /// <summary>
        /// Pauses (<paramref name="waits"/>) or resumes sales' clocks open after <paramref name="moved"/> — what the save's
        /// stage move decided, or nothing when it moves none: the stored clocks it leaves open are held, and the clocks it
        /// opens start paused when the lead begins to wait. <paramref name="clocks"/> are the lead's clocks as the move read
        /// them; when it read none, the agreement and clocks are read here (two requests). Returns the move with the history
        /// note and the clocks held; unchanged when no sales clock changes. Stamps resumed due times into Target.
        /// </summary>
        public static DecidedMove After(PluginStepContext step, LeadSnapshot lead, DecidedMove moved, bool waits, IReadOnlyList<StoredClock>? clocks)
        {
            if (step == null || lead == null || moved == null)
            {
                throw new ArgumentNullException(step == null ? nameof(step) : lead == null ? nameof(lead) : nameof(moved));
            }

            if (clocks == null)
            {
                if (lead.Before<EntityReference>(LeadSchema.SlaAgreementId) is not EntityReference named)
                {
                    return moved;
                }

                var agreement = SlaAgreementRecord.Read(step.SystemService, named.Id);
                clocks = SlaClockRecords.WeighingOn(step.SystemService, step.Execution.PrimaryEntityId, agreement);
                moved = moved with { AgreementId = moved.AgreementId ?? agreement.Id, AgreementName = moved.AgreementName ?? agreement.Name };
            }

            var now = step.OperationTime;
            var closed = moved.ClosedClocks.Select(clock => clock.Id).ToList();
            var left = clocks.Where(clock => !closed.Contains(clock.Id)).ToList();
            var held = waits ? CustomerWait.Pause(left, now) : CustomerWait.Resume(left, now);
            var opened = waits ? CustomerWait.PausedAtOnce(moved.OpenedClocks, now) : moved.OpenedClocks;
            var pausedAtOnce = opened.Where(clock => clock.PausedOn != null).ToList();
            if (held.Count + pausedAtOnce.Count == 0)
            {
                return moved;
            }

            if (!waits)
            {
                foreach (var clock in held)
                {
                    // The lead shows the deadlines of the clocks it runs on: a resume moved them.
                    LeadDeadlines.Show(step.Target, clock.Kind, clock.DueOn);
                }
            }

            step.Trace("Funnel: the lead {0} on the customer; {1} sales clock(s) {2}.", waits ? "waits" : "no longer waits", held.Count + pausedAtOnce.Count, waits ? "paused" : "resumed");
            var note = string.Join(", ", held.Select(clock => Noted(clock.Kind, clock.DueOn, clock.PausedMinutes))
                .Concat(pausedAtOnce.Select(clock => Noted(clock.Kind, clock.DueOn, 0))));
            return moved with { Wait = new CustomerWaitNote(waits, note), HeldClocks = held, OpenedClocks = opened };
        }

        /// <summary>
        /// The move of a lead that already waits on the customer and still does after the save: sales' clocks it opens start
        /// paused in the moment they open, as in a save that sets the column, because the lead still waits. No history row:
        /// the wait began with its own "Paused" row. No request.
        /// </summary>
        public static DecidedMove StillWaiting(PluginStepContext step, LeadSnapshot lead, DecidedMove moved)
        {
            if (step == null || lead == null || moved == null)
            {
                throw new ArgumentNullException(step == null ? nameof(step) : lead == null ? nameof(lead) : nameof(moved));
            }

            return lead.Value<bool?>(LeadSchema.WaitingOnCustomer) == true && moved.OpenedClocks.Count > 0
                ? moved with { OpenedClocks = CustomerWait.PausedAtOnce(moved.OpenedClocks, step.OperationTime) }
                : moved;
        }

        private static string Noted(SlaKind kind, DateTime dueOn, int pausedMinutes) => string.Format(CultureInfo.InvariantCulture,
            "{0} due {1:yyyy-MM-dd HH:mm} UTC, paused {2} business minutes in all", SlaWording.NameOf(kind), dueOn, pausedMinutes);
    }
}
