using System.Globalization;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// The environment's active scoring model, read over the Web API and compiled with the plug-ins' own mapping and
/// the domain's compiler, so a rescore from outside scores exactly as the plug-ins do.
/// </summary>
internal static class ActiveModelReading
{
    public static async Task<LoadedModel> ReadAsync(WebApiClient client, TableShapes shapes, CancellationToken cancellationToken)
    {
        var modelShape = await shapes.OfAsync(ScoringModelSchema.EntityName, cancellationToken).ConfigureAwait(false);
        var ruleShape = await shapes.OfAsync(ScoringRuleSchema.EntityName, cancellationToken).ConfigureAwait(false);
        var models = await FetchPaging.ReadAllAsync(
            client,
            modelShape.EntitySetName,
            FetchXml.Query(ScoringModelSchema.EntityName, [.. ScoringConfigurationRows.ModelColumns.Columns, modelShape.PrimaryIdAttribute], null, (ScoringModelSchema.IsActive, "eq", "1")),
            cancellationToken).ConfigureAwait(false);
        var model = models.Select(row => EntityJson.Read(modelShape, row)).FirstOrDefault()
            ?? throw new RescoreRefusedException("The environment has no active scoring model (lsla_isactive = Yes): activate one before rescoring.");
        var rules = await FetchPaging.ReadAllAsync(
            client,
            ruleShape.EntitySetName,
            FetchXml.Query(
                ScoringRuleSchema.EntityName,
                [.. ScoringConfigurationRows.RuleColumns.Columns, ruleShape.PrimaryIdAttribute],
                null,
                (ScoringRuleSchema.ScoringModelId, "eq", model.Id.ToString("D")),
                (ScoringRuleSchema.IsActive, "eq", "1")),
            cancellationToken).ConfigureAwait(false);
        var settings = ScoringConfigurationRows.SettingsOf(model);
        var problems = RuleValidation.ProblemsWith(settings);
        if (problems.Count > 0)
        {
            throw new RescoreRefusedException(string.Format(
                CultureInfo.InvariantCulture,
                "The active scoring model '{0}' cannot score leads: {1} Correct the model's settings first.",
                model.GetAttributeValue<string>(ScoringModelSchema.Name),
                string.Join(" ", problems.Select(p => p.Message))));
        }

        var compiled = ScoringModel.Compile(settings, rules.Select(row => ScoringConfigurationRows.RuleOf(EntityJson.Read(ruleShape, row))), ScorableColumns.Lead, ScorableColumns.Interaction);
        return new LoadedModel(model.Id, ScoringConfigurationRows.VersionOf(model), compiled);
    }
}

/// <summary>The rescore cannot start; the message says what to fix.</summary>
internal sealed class RescoreRefusedException(string message) : Exception(message);
