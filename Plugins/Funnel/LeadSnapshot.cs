using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// A lead as it will be after the save: Update's Target holds only the changed columns, so every other
    /// value comes from the stored row (the step's pre-image).
    /// </summary>
    public sealed class LeadSnapshot
    {
        private readonly Entity target;
        private readonly Entity? stored;

        /// <summary>The lead from the save's Target over the stored row (null on Create).</summary>
        public LeadSnapshot(Entity target, Entity? stored)
        {
            this.target = target;
            this.stored = stored;
        }

        /// <summary>Whether the save writes the column.</summary>
        public bool Changes(string column) => target.Contains(column);

        /// <summary>The column's value after the save.</summary>
        public T? Value<T>(string column) =>
            target.Contains(column) ? target.GetAttributeValue<T>(column)
            : stored == null ? default
            : stored.GetAttributeValue<T>(column);

        /// <summary>The column's value before the save (on Create: as the save writes it).</summary>
        public T? Before<T>(string column) => stored == null ? Value<T>(column) : stored.GetAttributeValue<T>(column);

        /// <summary>The stage stored before the save; null on Create or for a lead never placed in the funnel.</summary>
        public FunnelStage? StoredStage => StageOf(stored);

        /// <summary>The stage the save writes, if it writes one.</summary>
        public FunnelStage? WrittenStage => StageOf(target);

        /// <summary>The fit grade before the save.</summary>
        public Grade? Grade => Before<OptionSetValue>(LeadSchema.Grade) is OptionSetValue grade ? (Grade)grade.Value : (Grade?)null;

        /// <summary>The lead's state after the save: Open 0, Qualified 1, Disqualified 2.</summary>
        public int State => Value<OptionSetValue>("statecode")?.Value ?? 0;

        /// <summary>The funnel stage a row holds, or null.</summary>
        public static FunnelStage? StageOf(Entity? row) =>
            row?.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage) is OptionSetValue stage ? (FunnelStage)stage.Value : (FunnelStage?)null;
    }
}
