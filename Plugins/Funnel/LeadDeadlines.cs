using System;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The lead's copies of its clocks' due times, which views and the lead's form show without a join to the clocks:
    /// hand-over, accept and first contact each have a column; the qualify clock has none.
    /// </summary>
    public static class LeadDeadlines
    {
        /// <summary>The lead column that shows the due time of the lead's clock of the kind; null for a kind the lead does not show.</summary>
        public static string? ColumnOf(SlaKind kind) => kind switch
        {
            SlaKind.HandOver => LeadSchema.HandOverDueOn,
            SlaKind.Accept => LeadSchema.AcceptDueOn,
            SlaKind.FirstContact => LeadSchema.FirstContactDueOn,
            _ => null,
        };

        /// <summary>Stamps the clock's due time into the lead's column for its kind (pre-operation: saved with the operation); nothing for a kind the lead does not show.</summary>
        public static void Show(Entity target, SlaKind kind, DateTime? dueOn)
        {
            if (target == null)
            {
                throw new ArgumentNullException(nameof(target));
            }

            if (ColumnOf(kind) is string column)
            {
                target[column] = dueOn;
            }
        }
    }
}
