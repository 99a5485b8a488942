using System;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Reads a lsla_rejectionreason row as the funnel's <see cref="RejectionReason"/>.</summary>
    public static class RejectionReasonRows
    {
        private static readonly ColumnSet Columns = new ColumnSet(
            RejectionReasonSchema.Name, RejectionReasonSchema.Outcome, RejectionReasonSchema.RequiresComment,
            RejectionReasonSchema.RecycleAfterDays, RejectionReasonSchema.LowersGrade, RejectionReasonSchema.IsActive);

        /// <summary>The reason with this id: one Retrieve.</summary>
        public static RejectionReason Read(IOrganizationService service, Guid id)
        {
            var row = service.Retrieve(RejectionReasonSchema.EntityName, id, Columns);
            return new RejectionReason(
                row.Id,
                row.GetAttributeValue<string>(RejectionReasonSchema.Name) ?? string.Empty,
                (RejectionOutcome)(row.GetAttributeValue<OptionSetValue>(RejectionReasonSchema.Outcome)?.Value ?? (int)RejectionOutcome.Nurture),
                row.GetAttributeValue<bool>(RejectionReasonSchema.RequiresComment),
                row.GetAttributeValue<int?>(RejectionReasonSchema.RecycleAfterDays),
                row.GetAttributeValue<bool>(RejectionReasonSchema.LowersGrade),
                row.GetAttributeValue<bool?>(RejectionReasonSchema.IsActive) ?? true);
        }
    }
}
