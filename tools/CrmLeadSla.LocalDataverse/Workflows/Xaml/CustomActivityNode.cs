namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>
/// A custom workflow activity step (<c>mxswa:ActivityReference</c> naming a class of a registered plug-in assembly):
/// its keyed InArguments evaluated, the activity run through the workflow host, its OutArguments put into the
/// variables they name.
/// </summary>
internal sealed class CustomActivityNode(
    string displayName,
    Type activityType,
    IReadOnlyList<(string Name, VisualBasicExpression Value)> inputs,
    IReadOnlyList<(string Name, VisualBasicExpression Target)> outputs) : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        var values = inputs.ToDictionary(i => i.Name, i => i.Value.Evaluate(run), StringComparer.Ordinal);
        var results = run.Runtime.RunActivity(activityType, DisplayName, values);
        foreach (var (name, target) in outputs)
        {
            target.Assign(run, results.GetValueOrDefault(name));
        }

        return StepOutcome.Continue;
    }
}
