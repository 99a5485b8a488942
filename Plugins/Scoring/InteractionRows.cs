using System;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>Reads an lsla_interaction row (Target or image) as behaviour scoring sees it.</summary>
    public static class InteractionRows
    {
        /// <summary>The columns a behaviour step needs in its images: type, time, regarding and the filterable columns.</summary>
        public static readonly string[] ImageColumns =
        {
            InteractionSchema.InteractionType,
            InteractionSchema.OccurredOn,
            InteractionSchema.RegardingObjectId,
            InteractionSchema.Url,
            InteractionSchema.Subject,
        };

        /// <summary>The lead the interaction is about; null when it is about no record or another kind of record.</summary>
        public static Guid? RegardingLeadOf(Entity? row) =>
            row?.GetAttributeValue<EntityReference>(InteractionSchema.RegardingObjectId) is EntityReference regarding
            && regarding.LogicalName == LeadSchema.EntityName
                ? regarding.Id
                : (Guid?)null;

        /// <summary>The interaction as the domain reads it; null when its type or time is missing, so it cannot score.</summary>
        public static Interaction? InteractionOf(Entity row)
        {
            if (row == null)
            {
                throw new ArgumentNullException(nameof(row));
            }

            var type = row.GetAttributeValue<OptionSetValue>(InteractionSchema.InteractionType);
            var occurredOn = row.GetAttributeValue<DateTime?>(InteractionSchema.OccurredOn);
            if (type == null || occurredOn == null)
            {
                return null;
            }

            return new Interaction((InteractionType)type.Value, occurredOn.Value)
            {
                Columns = RecordColumns.Of(row, ScorableColumns.InteractionColumnNames),
            };
        }
    }
}
