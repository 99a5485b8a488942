using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// The organization's active scoring model, compiled once per version and cached for the assembly load.
    /// A check costs one small read (the active model row); rules are read only when the version changed.
    /// </summary>
    public static class ActiveScoringModel
    {
        private static readonly ModelCache Cache = new ModelCache();

        /// <summary>
        /// The active model (lsla_isactive = true), from the cache when its version is unchanged; null when no
        /// model is active. One RetrieveMultiple with a warm cache, two when the model must be compiled.
        /// </summary>
        public static LoadedModel? Current(IOrganizationService service, Guid organizationId, ITracingService trace)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            if (trace == null)
            {
                throw new ArgumentNullException(nameof(trace));
            }

            var query = new QueryExpression(ScoringModelSchema.EntityName)
            {
                ColumnSet = ScoringConfigurationRows.ModelColumns,
                TopCount = 1,
            };
            query.Criteria.AddCondition(ScoringModelSchema.IsActive, ConditionOperator.Equal, true);
            var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
            if (row == null)
            {
                trace.Trace("No active scoring model: nothing to score.");
                return null;
            }

            var version = ScoringConfigurationRows.VersionOf(row);
            var cached = Cache.Find(organizationId, row.Id);
            if (cached != null && cached.Version == version)
            {
                return cached;
            }

            var loaded = Compile(row, ActiveRulesOf(service, row), trace);
            Cache.Keep(organizationId, loaded);
            trace.Trace("Compiled scoring model {0} version {1}.", row.Id, version);
            return loaded;
        }

        /// <summary>
        /// The model whose id and version are already known (read through a link with the lead): from the cache
        /// without any request when that version is cached, else as <see cref="Current(IOrganizationService, Guid, ITracingService)"/>.
        /// </summary>
        public static LoadedModel? Current(IOrganizationService service, Guid organizationId, Guid modelId, int version, ITracingService trace)
        {
            var cached = Cache.Find(organizationId, modelId);
            return cached != null && cached.Version == version ? cached : Current(service, organizationId, trace);
        }

        /// <summary>
        /// Compiles the model row <paramref name="modelRow"/> (read with <see cref="ScoringConfigurationRows.ModelColumns"/>)
        /// with its active rule rows (read with <see cref="ScoringConfigurationRows.RuleColumns"/>), wherever they were read
        /// from: rules that cannot score are left out and traced; a model whose settings cannot score is refused with a
        /// <see cref="UserMessageException"/> that says what to correct.
        /// </summary>
        public static LoadedModel Compile(Entity modelRow, IEnumerable<Entity> activeRuleRows, ITracingService trace)
        {
            if (modelRow == null)
            {
                throw new ArgumentNullException(nameof(modelRow));
            }

            if (activeRuleRows == null)
            {
                throw new ArgumentNullException(nameof(activeRuleRows));
            }

            if (trace == null)
            {
                throw new ArgumentNullException(nameof(trace));
            }

            var rules = activeRuleRows.Select(ScoringConfigurationRows.RuleOf).ToArray();
            var settings = ScoringConfigurationRows.SettingsOf(modelRow);
            var problems = RuleValidation.ProblemsWith(settings);
            if (problems.Count > 0)
            {
                throw new UserMessageException(Text.Of(
                    TextKey.ActiveModelCannotScore,
                    modelRow.GetAttributeValue<string>(ScoringModelSchema.Name),
                    Text.Lines(problems.Select(problem => problem.Message))));
            }

            var model = ScoringModel.Compile(settings, rules, ScorableColumns.Lead, ScorableColumns.Interaction);
            foreach (var skipped in model.SkippedRules)
            {
                trace.Trace(
                    "Rule '{0}' left out: {1}",
                    skipped.Rule.Name,
                    RuleProblem.InEnglish(skipped.Problems, FieldColumns.ColumnOf));
            }

            return new LoadedModel(modelRow.Id, ScoringConfigurationRows.VersionOf(modelRow), model);
        }

        private static IEnumerable<Entity> ActiveRulesOf(IOrganizationService service, Entity modelRow)
        {
            var query = new QueryExpression(ScoringRuleSchema.EntityName) { ColumnSet = ScoringConfigurationRows.RuleColumns };
            query.Criteria.AddCondition(ScoringRuleSchema.ScoringModelId, ConditionOperator.Equal, modelRow.Id);
            query.Criteria.AddCondition(ScoringRuleSchema.IsActive, ConditionOperator.Equal, true);
            return service.RetrieveMultiple(query).Entities;
        }
    }
}
