namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>A variable a container declares, set to its default each time the container starts afresh.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Default">Its starting value.</param>
internal sealed record VariableDeclaration(string Name, VisualBasicExpression Default);

/// <summary>
/// Steps in order with their variables: the workflow itself (<c>mxswa:Workflow</c>), a <c>Sequence</c>, a
/// <c>Composite</c>, and a <c>ConditionSequence</c> that does not wait.
/// </summary>
internal class SequenceNode(string displayName, IReadOnlyList<VariableDeclaration> variables, IReadOnlyList<StepNode> steps) : StepNode(displayName)
{
    public IReadOnlyList<StepNode> Steps => steps;

    public override StepOutcome Run(WorkflowRunState run)
    {
        var start = run.Resume();
        if (start is null)
        {
            foreach (var variable in variables)
            {
                run.SetVariable(variable.Name, variable.Default.Evaluate(run));
            }
        }

        for (var index = start ?? 0; index < steps.Count; index++)
        {
            var outcome = run.Step(index, steps[index]);
            if (outcome != StepOutcome.Continue)
            {
                return outcome;
            }
        }

        return StepOutcome.Continue;
    }
}

/// <summary>
/// A <c>ConditionSequence</c> with <c>Wait</c> True ("Wait until …" / "Timeout"): its steps compute the condition and
/// postpone the run while it is false; the run waits here, and when it wakes (at the time, or when a column the wait
/// reads changes) the whole sequence is evaluated again from its first step.
/// </summary>
internal sealed class WaitNode(string displayName, IReadOnlyList<VariableDeclaration> variables, IReadOnlyList<StepNode> steps, IReadOnlyList<string> watched)
    : SequenceNode(displayName, variables, steps)
{
    /// <summary>The columns of the primary row the wait reads.</summary>
    public IReadOnlyList<string> Watched => watched;

    public override StepOutcome Run(WorkflowRunState run)
    {
        run.Arrived();
        var here = run.Here;
        var outcome = base.Run(run);
        if (outcome == StepOutcome.Suspended)
        {
            run.Suspend(here, run.WakeAt, watched);
        }

        return outcome;
    }
}

/// <summary>A <c>ConditionBranch</c>: runs Then when its condition holds, else Else (another branch, a Composite, a Postpone or nothing).</summary>
internal sealed class BranchNode(string displayName, VisualBasicExpression condition, StepNode then, StepNode? otherwise) : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        var index = run.Resume() ?? (FunctionExpression.Truth(condition.Evaluate(run)) ? 0 : 1);
        return run.Step(index, index == 0 ? then : otherwise);
    }
}
