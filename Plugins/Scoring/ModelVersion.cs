using System;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Raises a scoring model's lsla_version on every accepted change of the model or its rules, so every cached
    /// compiled copy is dropped at the next event and rescoring starts over for the new version.
    /// </summary>
    public static class ModelVersion
    {
        /// <summary>The model's version as stored (0 when it has none yet).</summary>
        public static int Of(Entity? model) => model?.GetAttributeValue<int?>(ScoringModelSchema.Version) ?? 0;

        /// <summary>
        /// Pre-operation on the model itself: the next version goes into Target and is saved with the change,
        /// so no second write (and no second event) is needed. A new model starts at 1 unless it is given a version
        /// (an imported model keeps its own).
        /// </summary>
        public static void RaiseInTarget(Entity target, Entity? preImage)
        {
            if (preImage != null)
            {
                target[ScoringModelSchema.Version] = Of(preImage) + 1;
            }
            else if (target.GetAttributeValue<int?>(ScoringModelSchema.Version) == null)
            {
                target[ScoringModelSchema.Version] = 1;
            }
        }

        /// <summary>
        /// A rule changed: raises its model's version with the service given (SYSTEM: an admin who may change a
        /// rule need not be able to write the model). Returns the model as read, with its activity and new version.
        /// </summary>
        public static Entity RaiseOf(Guid modelId, IOrganizationService service)
        {
            var model = service.Retrieve(ScoringModelSchema.EntityName, modelId, new ColumnSet(ScoringModelSchema.Version, ScoringModelSchema.IsActive));
            var next = Of(model) + 1;
            service.Update(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.Version] = next });
            model[ScoringModelSchema.Version] = next;
            return model;
        }
    }
}
