using System;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Sla
{
    /// <summary>Reads an lsla_rejectionreason row into the funnel's <see cref="RejectionReason"/>.</summary>
    public static class RejectionReasonRecord
    {
        /// <summary>The reason columns the funnel's rules need.</summary>
        public static ColumnSet Columns => new ColumnSet(
            RejectionReasonSchema.Name, RejectionReasonSchema.Outcome, RejectionReasonSchema.RequiresComment,
            RejectionReasonSchema.RecycleAfterDays, RejectionReasonSchema.LowersGrade, RejectionReasonSchema.IsActive);

        /// <summary>The reason with the id (one Retrieve).</summary>
        public static RejectionReason Read(IOrganizationService service, Guid reasonId)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            return From(service.Retrieve(RejectionReasonSchema.EntityName, reasonId, Columns));
        }

        /// <summary>The reason a row describes; columns left out take the table's defaults.</summary>
        public static RejectionReason From(Entity row)
        {
            if (row == null)
            {
                throw new ArgumentNullException(nameof(row));
            }

            return new RejectionReason(
                row.Id,
                row.GetAttributeValue<string>(RejectionReasonSchema.Name) ?? string.Empty,
                (RejectionOutcome)(row.GetAttributeValue<OptionSetValue>(RejectionReasonSchema.Outcome)?.Value ?? (int)RejectionOutcome.Nurture),
                row.GetAttributeValue<bool?>(RejectionReasonSchema.RequiresComment) ?? false,
                row.GetAttributeValue<int?>(RejectionReasonSchema.RecycleAfterDays),
                row.GetAttributeValue<bool?>(RejectionReasonSchema.LowersGrade) ?? false,
                row.GetAttributeValue<bool?>(RejectionReasonSchema.IsActive) ?? true);
        }
    }
}
