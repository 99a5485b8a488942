using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary><c>GetEntityProperty</c>: a column of a row (the row's key as a reference to it) as the type the step asks for.</summary>
internal sealed class GetEntityPropertyNode(string displayName, string attribute, string primaryKey, VisualBasicExpression entity, Type? targetType, VisualBasicExpression value)
    : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        var row = entity.Evaluate(run) as Entity;
        var column = row is null ? null
            : row.Attributes.TryGetValue(attribute, out var stored) ? stored
            : attribute == primaryKey && row.Id != Guid.Empty ? row.Id
            : null;
        value.Assign(run, CrmValues.As(column, targetType, row?.LogicalName ?? string.Empty));
        return StepOutcome.Continue;
    }
}

/// <summary><c>SetEntityProperty</c>: sets a column of a working copy of a row (CreatedEntities) before UpdateEntity saves it.</summary>
internal sealed class SetEntityPropertyNode(string displayName, string attribute, VisualBasicExpression entity, VisualBasicExpression value, Type? targetType)
    : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        var row = entity.Evaluate(run) as Entity ?? throw new WorkflowRunException($"the row to set '{attribute}' on is Nothing.");
        row[attribute] = CrmValues.As(value.Evaluate(run), targetType, row.LogicalName);
        return StepOutcome.Continue;
    }
}

/// <summary><c>UpdateEntity</c>: saves the row through the pipeline as the run's user (an Update request, one level deeper).</summary>
internal sealed class UpdateEntityNode(string displayName, VisualBasicExpression entity) : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        var row = entity.Evaluate(run) as Entity ?? throw new WorkflowRunException("the row to update is Nothing.");
        run.Runtime.Update(row);
        return StepOutcome.Continue;
    }
}
