using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The lead columns that record the agreement's measurement — deadlines, hand-over and stage times, SLA status,
    /// agreement, exclusion, reactivation date — which only the solution writes. Column security keeps users out of
    /// them (Solution/FieldSecurityProfiles/); this check is the second wall, for a profile given by mistake: the people
    /// the agreement measures (a Lead SLA Sales or Marketing role) cannot change them in their own save, and anyone else
    /// who does (an administrator's correction) is recorded in the lead's history.
    /// </summary>
    public static class MeasuredColumns
    {
        /// <summary>The measured columns' logical names, in the order a message lists them.</summary>
        public static readonly IReadOnlyList<string> All = LeadFields.Measured.Select(FieldColumns.ColumnOf).ToArray();

        /// <summary>
        /// Judges the measured columns a user's own save changes (a save as SYSTEM, or a plug-in's or workflow's on a
        /// user's behalf, is the solution's own). Returns the correction to record — each changed column with its old and
        /// new value — or null when the save changes none.
        /// </summary>
        /// <exception cref="UserMessageException">A measured party changes one.</exception>
        public static string? Judge(PluginStepContext step, LeadSnapshot lead, Entity? stored, FunnelStage from)
        {
            if (step == null || lead == null)
            {
                throw new ArgumentNullException(step == null ? nameof(step) : nameof(lead));
            }

            if (StepActor.SavesForAnother(step))
            {
                return null;
            }

            var target = step.Target;
            var changed = All.Where(column => target.Contains(column) && !Same(target[column], stored?.Contains(column) == true ? stored[column] : null)).ToList();

            // The agreement of a lead not handed over (new, an Inquiry, back in nurturing) is the user's choice to make.
            if (stored == null || from == FunnelStage.Inquiry || from == FunnelStage.Nurture)
            {
                changed.Remove(LeadSchema.SlaAgreementId);
            }

            // SYSTEM's own save is the solution's (a workflow owned by SYSTEM writes the status through it).
            if (changed.Count == 0 || step.Execution.UserId == (Guid)step.SystemService.Execute(new OrganizationRequest("WhoAmI")).Results["UserId"])
            {
                return null;
            }

            var measured = LeadSlaRoles.HeldBy(step.SystemService, step.Execution.InitiatingUserId);
            if (measured.Count > 0)
            {
                throw new UserMessageException(Text.Of(TextKey.MeasuredColumnsRefused,
                    FunnelWording.NameOf(measured.First()),
                    Text.Either(LeadFields.Measured.Where(field => changed.Contains(FieldColumns.ColumnOf(field))).Select(Text.Of))));
            }

            step.Trace("Funnel: an administrator corrects {0}.", string.Join(", ", changed));
            return string.Join("; ", changed.Select(column => column + ": " + Shown(stored?.Contains(column) == true ? stored[column] : null) + " → " + Shown(target[column])));
        }

        private static bool Same(object? written, object? before) => Equals(Comparable(written), Comparable(before));

        // A column's value as one comparable, invariant text; an empty column and an unset one are the same.
        private static string? Comparable(object? value) => value switch
        {
            null => null,
            false => null,
            "" => null,
            _ => Shown(value),
        };

        /// <summary>A column's value as a correction's comment shows it: invariant, times in UTC, references by id.</summary>
        internal static string Shown(object? value) => value switch
        {
            null => "(empty)",
            DateTime date => DataverseTime.AsUtc(date).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            EntityReference reference => reference.Id.ToString("D"),
            OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
