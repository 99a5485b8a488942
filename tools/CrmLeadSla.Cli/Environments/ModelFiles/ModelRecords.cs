using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments.ModelFiles;

/// <summary>
/// Writes a model file's model into an organization as lsla_scoringmodel and lsla_scoringrule records, and reads
/// one back; through any <see cref="IOrganizationService"/> (the local Dataverse, or an environment's Web API).
/// </summary>
public static class ModelRecords
{
    /// <summary>
    /// Creates the model (inactive) and its rules in one CreateMultiple, so either every rule is saved or none; when the
    /// rules are refused the model row is deleted again. With <paramref name="activate"/> the active model is
    /// deactivated and this one activated (the active one is restored should that fail). Returns the new model's id.
    /// </summary>
    public static Guid Import(IOrganizationService service, ModelDefinition model, bool activate)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(model);
        var problems = model.Problems();
        if (problems.Count > 0)
        {
            throw new ModelFileException(problems);
        }

        var modelId = service.Create(RowOf(model));
        if (model.Rules.Count > 0)
        {
            var rules = new EntityCollection(model.Rules.Select(rule => RowOf(rule, modelId)).ToList()) { EntityName = ScoringRuleSchema.EntityName };
            try
            {
                service.Execute(new OrganizationRequest("CreateMultiple") { Parameters = { ["Targets"] = rules } });
            }
            catch
            {
                // Refused by the organization or lost on the way (a fault, a Web API error): no model without its rules.
                service.Delete(ScoringModelSchema.EntityName, modelId);
                throw;
            }
        }

        if (activate)
        {
            Activate(service, modelId);
        }

        return modelId;
    }

    /// <summary>The model with the given name, or the active one when the name is null, with its rules in reading order.</summary>
    public static ModelDefinition Export(IOrganizationService service, string? name)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new QueryExpression(ScoringModelSchema.EntityName) { ColumnSet = ScoringConfigurationRows.ModelColumns, TopCount = 2 };
        query.Criteria.AddCondition(name is null ? ScoringModelSchema.IsActive : ScoringModelSchema.Name, ConditionOperator.Equal, name is null ? true : name);
        var rows = service.RetrieveMultiple(query).Entities;
        var row = rows.Count switch
        {
            0 => throw new ModelFileException(name is null ? "No scoring model is active. Name the model to export with --name." : $"There is no scoring model named '{name}'."),
            1 => rows[0],
            _ => throw new ModelFileException($"More than one scoring model is named '{name}'. Rename one of them first."),
        };

        var rules = new QueryExpression(ScoringRuleSchema.EntityName) { ColumnSet = ScoringConfigurationRows.RuleColumns };
        rules.Criteria.AddCondition(ScoringRuleSchema.ScoringModelId, ConditionOperator.Equal, row.Id);
        return new ModelDefinition(
            row.GetAttributeValue<string>(ScoringModelSchema.Name) ?? string.Empty,
            ScoringConfigurationRows.SettingsOf(row),
            service.RetrieveMultiple(rules).Entities.Select(ScoringConfigurationRows.RuleOf).ToArray()).InReadingOrder();
    }

    private static void Activate(IOrganizationService service, Guid modelId)
    {
        var active = new QueryExpression(ScoringModelSchema.EntityName) { ColumnSet = new ColumnSet(false) };
        active.Criteria.AddCondition(ScoringModelSchema.IsActive, ConditionOperator.Equal, true);
        var previous = service.RetrieveMultiple(active).Entities.Select(row => row.Id).ToArray();
        foreach (var id in previous)
        {
            SetActive(service, id, false);
        }

        try
        {
            SetActive(service, modelId, true);
        }
        catch
        {
            foreach (var id in previous)
            {
                SetActive(service, id, true);
            }

            throw;
        }
    }

    private static void SetActive(IOrganizationService service, Guid modelId, bool active) =>
        service.Update(new Entity(ScoringModelSchema.EntityName, modelId) { [ScoringModelSchema.IsActive] = active });

    private static Entity RowOf(ModelDefinition model)
    {
        var settings = model.Settings;
        var row = new Entity(ScoringModelSchema.EntityName)
        {
            [ScoringModelSchema.Name] = model.Name,
            [ScoringModelSchema.IsActive] = false,
            [ScoringModelSchema.GradeAThreshold] = settings.Thresholds.A,
            [ScoringModelSchema.GradeBThreshold] = settings.Thresholds.B,
            [ScoringModelSchema.GradeCThreshold] = settings.Thresholds.C,
            [ScoringModelSchema.MqlThreshold] = settings.MqlThreshold,
        };
        if (settings.MqlMinimumGrade is Grade grade)
        {
            row[ScoringModelSchema.MqlMinGrade] = new OptionSetValue((int)grade);
        }

        if (settings.DecayHalfLifeDays is int days)
        {
            row[ScoringModelSchema.DecayHalfLifeDays] = days;
        }

        return row;
    }

    private static Entity RowOf(ScoringRule rule, Guid modelId)
    {
        var row = new Entity(ScoringRuleSchema.EntityName)
        {
            [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
            [ScoringRuleSchema.Name] = rule.Name,
            [ScoringRuleSchema.Category] = new OptionSetValue((int)rule.Category),
            [ScoringRuleSchema.Points] = rule.Points,
            [ScoringRuleSchema.IsActive] = rule.IsActive,
            [ScoringRuleSchema.GroupLogic] = new OptionSetValue((int)rule.GroupLogic),
        };
        SetWhenGiven(row, ScoringRuleSchema.Attribute, rule.Attribute);
        SetWhenGiven(row, ScoringRuleSchema.Value, rule.Value);
        SetWhenGiven(row, ScoringRuleSchema.ValueTo, rule.ValueTo);
        SetWhenGiven(row, ScoringRuleSchema.Group, rule.Group);
        if (rule.Operator is RuleOperator ruleOperator)
        {
            row[ScoringRuleSchema.Operator] = new OptionSetValue((int)ruleOperator);
        }

        if (rule.InteractionType is InteractionType type)
        {
            row[ScoringRuleSchema.InteractionType] = new OptionSetValue((int)type);
        }

        if (rule.MaxPoints is int cap)
        {
            row[ScoringRuleSchema.MaxPoints] = cap;
        }

        return row;
    }

    private static void SetWhenGiven(Entity row, string column, string? value)
    {
        if (value is not null)
        {
            row[column] = value;
        }
    }
}
