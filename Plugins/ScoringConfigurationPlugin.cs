using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins
{
    /// <summary>
    /// Guards the scoring configuration. Pre-validation on lsla_scoringrule and lsla_scoringmodel Create/Update:
    /// refuses a rule or model that cannot score (every problem, field and fix named) and a second active model,
    /// before the transaction starts, so nothing is written and no lock is taken for a refused save.
    /// Pre-operation on the model (Create, and Update filtered on its settings): raises lsla_version in Target; a new
    /// model that names no explanation language gets the organization's base language.
    /// Post-operation on rule Create/Update/Delete: raises the parent model's version as SYSTEM and, when the model
    /// is active, sets the lead scoring step's filtering attributes to the columns its fit rules read; the same on
    /// a model's activation or deactivation (post-operation Update filtered on lsla_isactive).
    /// Asynchronous post-operation on a model's lsla_version or lsla_rescoreprogress: rescores the model's leads,
    /// a bounded number of pages per job, and writes its progress — which queues the next job.
    /// Update and Delete steps carry a pre-image "pre": every column where the row is validated, else the columns used.
    /// </summary>
    public sealed class ScoringConfigurationPlugin : PluginBase
    {
        /// <summary>Alias of the pre-image holding the row before the change.</summary>
        public const string PreImageAlias = "pre";

        // IExecutionContext.Mode of an asynchronous step.
        private const int AsynchronousMode = 1;

        // Set on the operation that raised a model's version, so the nested model update it causes does not raise it again.
        private const string VersionRaisedKey = "CrmLeadSla.ScoringConfiguration.VersionRaised.";

        private readonly ConfigurationStepSettings settings;

        /// <summary>Created by the platform with the step's unsecure configuration (see <see cref="ConfigurationStepSettings"/>).</summary>
        public ScoringConfigurationPlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            settings = ConfigurationStepSettings.Parse(unsecureConfiguration);
        }

        /// <inheritdoc />
        protected override void ExecuteStep(PluginStepContext step)
        {
            if (settings.Refusal is Text refusal)
            {
                throw new UserMessageException(refusal);
            }

            var execution = step.Execution;
            var isRule = execution.PrimaryEntityName == ScoringRuleSchema.EntityName;
            switch (execution.Stage)
            {
                case PipelineStages.PreValidation when isRule:
                    ConfigurationRefusal.RefuseUnsoundRule(RowAsSaved(step), step.PreImage(PreImageAlias), step.SystemService);
                    break;
                case PipelineStages.PreValidation:
                    ConfigurationRefusal.RefuseUnsoundModel(RowAsSaved(step), step.SystemService);
                    break;
                case PipelineStages.PreOperation when execution.MessageName == "Create":
                    ModelVersion.RaiseInTarget(step.Target, preImage: null);
                    ModelLanguage.DefaultInTarget(step.Target, step.SystemService, execution.OrganizationId);
                    break;
                case PipelineStages.PreOperation when !WasRaisedBefore(execution, execution.PrimaryEntityId):
                    ModelVersion.RaiseInTarget(step.Target, step.PreImage(PreImageAlias));
                    break;
                case PipelineStages.PostOperation when execution.Mode == AsynchronousMode:
                    Rescore(step);
                    break;
                case PipelineStages.PostOperation when isRule:
                    if (RaiseVersionOfModel(step))
                    {
                        FollowActiveRules(step);
                    }

                    break;
                case PipelineStages.PostOperation:
                    FollowActiveRules(step);
                    break;
            }
        }

        /// <summary>The row as it will be saved: the pre-image's columns overlaid with the Target's.</summary>
        private static Entity RowAsSaved(PluginStepContext step)
        {
            var target = step.Target;
            var row = new Entity(target.LogicalName, target.Id);
            foreach (var column in step.PreImage(PreImageAlias)?.Attributes ?? new AttributeCollection())
            {
                row[column.Key] = column.Value;
            }

            foreach (var column in target.Attributes)
            {
                row[column.Key] = column.Value;
            }

            return row;
        }

        private static bool RaiseVersionOfModel(PluginStepContext step)
        {
            var rule = step.Execution.MessageName == "Delete"
                ? step.PreImage(PreImageAlias)
                : RowAsSaved(step);
            var modelId = rule?.GetAttributeValue<EntityReference>(ScoringRuleSchema.ScoringModelId)?.Id;
            if (modelId is not Guid id || WasRaisedBefore(step.Execution, id))
            {
                return false;
            }

            step.Execution.SharedVariables[VersionRaisedKey + id.ToString("N")] = true;
            var model = ModelVersion.RaiseOf(id, step.SystemService);
            step.Trace("Scoring model {0} is now at version {1}", id, ModelVersion.Of(model));
            return ConfigurationRefusal.IsActive(model);
        }

        private void FollowActiveRules(PluginStepContext step)
        {
            if (settings.LeadScoringStepId is not Guid stepId)
            {
                step.Trace("No lead scoring step configured (leadscoringstep): its filtering attributes are left as they are.");
                return;
            }

            var active = ActiveScoringModel.Current(step.SystemService, step.Execution.OrganizationId, new StepTracing(step));
            // The score columns stay in the filter: the lead step replaces a score a user wrote directly.
            var columns = (active?.Model.Fit.Columns ?? Array.Empty<string>()).Concat(LeadScoreColumns.Names);
            LeadStepFiltering.Follow(stepId, columns, step.SystemService, line => step.Trace("{0}", line));
        }

        private void Rescore(PluginStepContext step)
        {
            var service = step.SystemService;
            var modelId = step.Execution.PrimaryEntityId;
            var active = ActiveScoringModel.Current(service, step.Execution.OrganizationId, new StepTracing(step));
            if (active == null || active.ModelId != modelId)
            {
                step.Trace("Model {0} is not the active model: its leads are not rescored.", modelId);
                return;
            }

            // Two quick changes queue two jobs: the one raised by an older version leaves the rescan to the newer one.
            if (step.Target.GetAttributeValue<int?>(ScoringModelSchema.Version) is int raisedTo && raisedTo < active.Version)
            {
                step.Trace("Version {0} is superseded by {1}: its job leaves the rescan to the newer one.", raisedTo, active.Version);
                return;
            }

            var stored = service.Retrieve(ScoringModelSchema.EntityName, modelId, new ColumnSet(ScoringModelSchema.RescoreProgress));
            var progress = RescoreProgress.For(active.Version, stored.GetAttributeValue<string>(ScoringModelSchema.RescoreProgress));
            if (progress.Completed)
            {
                step.Trace("Version {0} is rescored: {1} leads scanned, {2} changed.", progress.Version, progress.Scanned, progress.Changed);
                return;
            }

            progress = new ModelRescoring(service, active, step.OperationTime, settings.PageSize).Run(progress, settings.PagesPerRun);
            // Writing the progress queues the next job through this step's filter, until the rescan is complete.
            service.Update(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.RescoreProgress] = progress.Write() });
            step.Trace("Rescoring version {0}: {1} leads scanned, {2} changed, next page {3}, completed {4}.", progress.Version, progress.Scanned, progress.Changed, progress.NextPage, progress.Completed);
        }

        private static bool WasRaisedBefore(IExecutionContext execution, Guid modelId)
        {
            var key = VersionRaisedKey + modelId.ToString("N");
            for (var context = execution; context != null; context = (context as IPluginExecutionContext)?.ParentContext)
            {
                if (context.SharedVariables.Contains(key))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
