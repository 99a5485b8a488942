using System;
using System.Linq;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// A lead's scoring state as the interaction step reads it in one request: the lead's scorable columns,
    /// explanation, behaviour state and stage, and — through a link — the version of the model that scored it, so the cached
    /// model can be trusted without a separate version check.
    /// </summary>
    public sealed class ScoredLead
    {
        private const string ModelAlias = "model";

        private ScoredLead(Entity row) => Row = row;

        /// <summary>The lead row with the columns read.</summary>
        public Entity Row { get; }

        /// <summary>The model that last scored the lead, or null.</summary>
        public Guid? ModelId => Row.GetAttributeValue<EntityReference>(LeadSchema.ScoringModelId)?.Id;

        /// <summary>That model's current version.</summary>
        public int ModelVersion => Linked<int?>(ScoringModelSchema.Version) ?? 0;

        /// <summary>Whether that model is still the active one.</summary>
        public bool ModelIsActive => Linked<bool?>(ScoringModelSchema.IsActive) ?? false;

        /// <summary>Reads the lead with one RetrieveMultiple; null when the lead does not exist (any more).</summary>
        public static ScoredLead? Read(IOrganizationService service, Guid leadId)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            var columns = new ColumnSet(ScorableColumns.LeadColumnNames.ToArray());
            columns.AddColumns(LeadSchema.ScoreExplanation, LeadSchema.BehaviorState, LeadSchema.FunnelStage, LeadSchema.ScoringModelId);
            var query = new QueryExpression(LeadSchema.EntityName) { ColumnSet = columns, TopCount = 1 };
            query.Criteria.AddCondition(LeadSchema.Id, ConditionOperator.Equal, leadId);

            // Outer: a lead not scored yet still comes back, without the model's columns.
            var model = query.AddLink(ScoringModelSchema.EntityName, LeadSchema.ScoringModelId, ScoringModelSchema.Id, JoinOperator.LeftOuter);
            model.EntityAlias = ModelAlias;
            model.Columns = new ColumnSet(ScoringModelSchema.Version, ScoringModelSchema.IsActive);
            var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
            return row == null ? null : new ScoredLead(row);
        }

        private T? Linked<T>(string column) =>
            Row.GetAttributeValue<AliasedValue>(ModelAlias + "." + column)?.Value is T value ? value : default;
    }
}
