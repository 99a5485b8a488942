using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// The environment's active scoring model, read over the Web API and compiled by the plug-ins' own compiler
/// (<see cref="ActiveScoringModel.Compile"/>), so a rescore from outside scores exactly as the plug-ins do.
/// </summary>
internal static class ActiveModelReading
{
    /// <summary>The active model, compiled; rules left out are reported on <paramref name="errors"/>.</summary>
    public static async Task<LoadedModel> ReadAsync(WebApiClient client, TableShapes shapes, TextWriter errors, CancellationToken cancellationToken)
    {
        var modelShape = await shapes.OfAsync(ScoringModelSchema.EntityName, cancellationToken).ConfigureAwait(false);
        var ruleShape = await shapes.OfAsync(ScoringRuleSchema.EntityName, cancellationToken).ConfigureAwait(false);
        var models = await FetchPaging.ReadAllAsync(
            client,
            modelShape.EntitySetName,
            FetchXml.Query(ScoringModelSchema.EntityName, [.. ScoringConfigurationRows.ModelColumns.Columns, modelShape.PrimaryIdAttribute], null, (ScoringModelSchema.IsActive, "eq", "1")),
            cancellationToken).ConfigureAwait(false);
        var model = models.Select(row => EntityJson.Read(modelShape, row)).FirstOrDefault()
            ?? throw new RescoreRefusedException(UserLanguage.Pick(
                $"The environment has no active scoring model ({ScoringModelSchema.IsActive} = Yes): activate one before rescoring.",
                $"Die Umgebung hat kein aktives Bewertungsmodell ({ScoringModelSchema.IsActive} = Ja): aktivieren Sie eines, bevor Sie neu bewerten."));
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
        return ActiveScoringModel.Compile(model, rules.Select(row => EntityJson.Read(ruleShape, row)), new WrittenTrace(errors));
    }

    // The compiler's notes (a rule left out and why) go where the command writes its warnings.
    private sealed class WrittenTrace(TextWriter errors) : ITracingService
    {
        public void Trace(string format, params object[] args) => errors.WriteLine(format, args);
    }
}

/// <summary>The rescore cannot start; the message says what to fix.</summary>
internal sealed class RescoreRefusedException(string message) : Exception(message);
