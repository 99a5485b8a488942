using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Workflows;

/// <summary>A classic workflow the solution ships, as Solution/Workflows/&lt;file&gt;.xml declares it (format: docs/packing.md).</summary>
public sealed record ShippedWorkflow : ClassicWorkflow
{
    /// <summary>What the workflow does, per language.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>What it does, in order.</summary>
    public required IReadOnlyList<WorkflowStep> Steps { get; init; }

    /// <summary>Every custom workflow activity class it runs, those inside conditions included.</summary>
    public IEnumerable<string> ActivityClasses => WorkflowStep.All(Steps).OfType<RunActivity>().Select(s => s.ClassName).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The workflow as an organization registers it: its triggers and settings, and its XAML as the designer writes
    /// it, naming each activity class by <paramref name="activityClass"/> (the in-process assembly for an organization
    /// built from source, the built assembly file for the packer).
    /// </summary>
    /// <param name="metadata">The tables and columns the workflow reads.</param>
    /// <param name="activityClass">Finds an activity class by full name; throws when it cannot.</param>
    /// <exception cref="WorkflowDefinitionException">A step passes an argument its activity class does not have.</exception>
    public WorkflowRegistration Register(MetadataModel metadata, Func<string, WorkflowActivityClass> activityClass) =>
        new(this, WorkflowXaml.Text(new WorkflowXaml(metadata, activityClass).For(this)));
}

/// <summary>One step of a shipped workflow.</summary>
public abstract record WorkflowStep
{
    /// <summary>The steps and, depth first, the steps inside their conditions.</summary>
    public static IEnumerable<WorkflowStep> All(IEnumerable<WorkflowStep> steps) =>
        steps.SelectMany(s => s switch
        {
            OutputCondition condition => All(condition.Then).Prepend(s),
            ColumnCondition condition => All(condition.Then).Prepend(s),
            _ => [s],
        });
}

/// <summary>Waits until the date in a column of the row (e.g. the accept deadline), or a time after it.</summary>
/// <param name="Column">A DateTime column of the workflow's table.</param>
/// <param name="After">How long after that date the wait ends (the designer's "… After &lt;column&gt;").</param>
public sealed record WaitUntil(string Column, TimeSpan After = default) : WorkflowStep;

/// <summary>Runs a custom workflow activity.</summary>
/// <param name="ClassName">Full class name, e.g. <c>CrmLeadSla.Workflows.CheckSlaCompliance</c>.</param>
/// <param name="DisplayName">The step name shown in the designer.</param>
/// <param name="Inputs">Its input arguments.</param>
public sealed record RunActivity(string ClassName, string DisplayName, IReadOnlyList<ActivityInput> Inputs) : WorkflowStep
{
    /// <summary>When set, the workflow stops with an error unless the activity's verdict is true.</summary>
    public ActivityVerdict? RefuseUnless { get; init; }
}

/// <summary>
/// Two output arguments of an activity that judge the row: a Boolean verdict and the message shown when it is false
/// (a real-time workflow then fails the user's save with that message).
/// </summary>
/// <param name="Verdict">The Boolean output, e.g. <c>IsValid</c>.</param>
/// <param name="Message">The text output, e.g. <c>Message</c>.</param>
public sealed record ActivityVerdict(string Verdict, string Message);

/// <summary>An input argument: the value of a column of the row, or a constant.</summary>
/// <param name="Argument">The activity's property name.</param>
/// <param name="Column">The column of the workflow's table whose value is passed, or null.</param>
/// <param name="Constant">The constant passed when <paramref name="Column"/> is null.</param>
/// <param name="ConstantType">The constant's type: String, Int32, Boolean or Decimal.</param>
public sealed record ActivityInput(string Argument, string? Column, string? Constant, string ConstantType = "String");

/// <summary>Waits, then starts the workflow again on the same row as a child workflow: a recurring job.</summary>
/// <param name="After">How long to wait before the next run.</param>
public sealed record RunAgainAfter(TimeSpan After) : WorkflowStep;

/// <summary>The comparisons a condition on an activity's output can make (the designer's ConditionOperator names).</summary>
public enum OutputComparison
{
    /// <summary>Equals the value.</summary>
    Equal,

    /// <summary>Does not equal the value.</summary>
    NotEqual,

    /// <summary>Is greater than the value.</summary>
    GreaterThan,

    /// <summary>Is greater than or equal to the value.</summary>
    GreaterEqual,

    /// <summary>Is less than the value.</summary>
    LessThan,

    /// <summary>Is less than or equal to the value.</summary>
    LessEqual,
}

/// <summary>Runs its steps only when an output of an earlier activity step compares as given with a constant ("Check condition").</summary>
/// <param name="DisplayName">The condition's name shown in the designer.</param>
/// <param name="Activity">The display name of the earlier activity step whose output it tests.</param>
/// <param name="Output">The output argument, e.g. <c>BreachedCount</c>.</param>
/// <param name="Comparison">How the output compares with <paramref name="Value"/>.</param>
/// <param name="Value">The constant, in the output's type (invariant culture).</param>
/// <param name="Then">The steps that run when the comparison holds.</param>
public sealed record OutputCondition(string DisplayName, string Activity, string Output, OutputComparison Comparison, string Value, IReadOnlyList<WorkflowStep> Then) : WorkflowStep;

/// <summary>
/// Runs its steps only when a column of the row that started the workflow compares as given with a constant ("Check
/// condition" on the primary table's field), e.g. only for a clock of one kind.
/// </summary>
/// <param name="DisplayName">The condition's name shown in the designer.</param>
/// <param name="Column">The column of the workflow's table.</param>
/// <param name="Comparison">How the column's value compares with <paramref name="Value"/>.</param>
/// <param name="Value">The constant in the column's type (invariant culture; a choice's option value).</param>
/// <param name="Then">The steps that run when the comparison holds.</param>
public sealed record ColumnCondition(string DisplayName, string Column, OutputComparison Comparison, string Value, IReadOnlyList<WorkflowStep> Then) : WorkflowStep;
