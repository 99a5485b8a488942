using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>An <c>mxsw:XrmTimeSpan</c>: the designer's relative time, added to a date part by part.</summary>
internal sealed record XrmTimeSpanValue(int Years, int Months, int Days, int Hours, int Minutes)
{
    public DateTime AddTo(DateTime date, int sign) =>
        date.AddYears(sign * Years).AddMonths(sign * Months).AddDays(sign * Days).AddHours(sign * Hours).AddMinutes(sign * Minutes);
}

/// <summary><c>Assign</c>: puts a value into a variable, an entity slot or a row's Id.</summary>
internal sealed class AssignNode(string displayName, VisualBasicExpression to, VisualBasicExpression value) : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        to.Assign(run, value.Evaluate(run));
        return StepOutcome.Continue;
    }
}

/// <summary>
/// <c>EvaluateExpression</c>: SelectFirstNonNull (the first value that is set), CreateCrmType (a constant from its
/// text), RetrieveLastExecutionTime (the run's execution time), Add and Subtract (a date and an XrmTimeSpan, or two numbers).
/// </summary>
internal sealed class EvaluateExpressionNode(string displayName, string operation, VisualBasicExpression? parameters, Type? targetType, VisualBasicExpression result)
    : StepNode(displayName)
{
    /// <summary>The operators the local Dataverse evaluates.</summary>
    public static readonly IReadOnlyList<string> Operators = ["SelectFirstNonNull", "CreateCrmType", "RetrieveLastExecutionTime", "Add", "Subtract"];

    public override StepOutcome Run(WorkflowRunState run)
    {
        var values = parameters?.Evaluate(run) as object?[] ?? [];
        result.Assign(run, operation switch
        {
            "SelectFirstNonNull" => values.FirstOrDefault(v => v is not null),
            "CreateCrmType" => Constant(values),
            "RetrieveLastExecutionTime" => run.ExecutionTime,
            _ => Shift(values, operation == "Add" ? 1 : -1),
        });
        return StepOutcome.Continue;
    }

    // A date and a time span, or two numbers ("Increment by", "Decrement by").
    private object? Shift(object?[] values, int sign) => values switch
    {
        [null, ..] or [_, null] => null,
        [DateTime date, XrmTimeSpanValue span] => span.AddTo(date, sign),
        [var a, var b] when IsNumber(a) && IsNumber(b) =>
            CrmValues.As(Convert.ToDecimal(a, CultureInfo.InvariantCulture) + (sign * Convert.ToDecimal(b, CultureInfo.InvariantCulture)), targetType ?? typeof(decimal), string.Empty),
        _ => throw new WorkflowRunException("Add and Subtract take a date and a time span, or two numbers."),
    };

    private static bool IsNumber(object? value) => value is int or long or decimal or double;

    // The designer's constants: { WorkflowPropertyType.X, "text" [, "kind"] }; a fixed row is { EntityReference, table, name, id, "Lookup" }.
    private object? Constant(object?[] values)
    {
        if (values is not [PropertyTypeName type, ..])
        {
            throw new WorkflowRunException("CreateCrmType needs a WorkflowPropertyType first.");
        }

        var text = values.Length > 1 ? values[1] as string : null;
        var invariant = CultureInfo.InvariantCulture;
        object? value = (type.Name, text) switch
        {
            ("EntityReference", string table) when values.Length > 3 && values[3] is Guid id => new EntityReference(table, id),
            (_, null) => null,
            ("String", _) => text,
            ("Integer", _) => int.Parse(text, NumberStyles.Integer, invariant),
            ("Boolean", _) => bool.Parse(text),
            ("Decimal", _) => decimal.Parse(text, NumberStyles.Number, invariant),
            ("Float", _) => double.Parse(text, NumberStyles.Float, invariant),
            ("DateTime", _) => DateTime.Parse(text, invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            ("Guid", _) => Guid.Parse(text),
            ("OptionSetValue", _) => new OptionSetValue(int.Parse(text, NumberStyles.Integer, invariant)),
            ("Money", _) => new Money(decimal.Parse(text, NumberStyles.Number, invariant)),
            _ => throw new WorkflowRunException($"CreateCrmType cannot make a {type.Name} from '{text}'."),
        };
        return CrmValues.As(value, targetType, string.Empty);
    }
}

/// <summary><c>EvaluateCondition</c>: the operand compared by a ConditionOperator with the first parameter.</summary>
internal sealed class EvaluateConditionNode(string displayName, string conditionOperator, VisualBasicExpression? parameters, VisualBasicExpression operand, VisualBasicExpression result)
    : StepNode(displayName)
{
    /// <summary>The condition operators the local Dataverse evaluates.</summary>
    public static readonly IReadOnlyList<string> Operators = ["Equal", "NotEqual", "GreaterThan", "GreaterEqual", "LessThan", "LessEqual", "Null", "NotNull"];

    public override StepOutcome Run(WorkflowRunState run)
    {
        var value = operand.Evaluate(run);
        var other = (parameters?.Evaluate(run) as object?[])?.FirstOrDefault();
        result.Assign(run, conditionOperator switch
        {
            "Null" => value is null,
            "NotNull" => value is not null,
            "Equal" => CrmValues.AreEqual(value, other),
            "NotEqual" => !CrmValues.AreEqual(value, other),
            _ => CrmValues.Compare(value, other) is int order && conditionOperator switch
            {
                "GreaterThan" => order > 0,
                "GreaterEqual" => order >= 0,
                "LessThan" => order < 0,
                _ => order <= 0,
            },
        });
        return StepOutcome.Continue;
    }
}

/// <summary><c>EvaluateLogicalCondition</c>: two conditions joined by And or Or.</summary>
internal sealed class EvaluateLogicalConditionNode(string displayName, bool and, VisualBasicExpression left, VisualBasicExpression right, VisualBasicExpression result)
    : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        var (a, b) = (FunctionExpression.Truth(left.Evaluate(run)), FunctionExpression.Truth(right.Evaluate(run)));
        result.Assign(run, and ? a && b : a || b);
        return StepOutcome.Continue;
    }
}

/// <summary><c>ConvertCrmXrmTypes</c>: a value as the type an argument takes.</summary>
internal sealed class ConvertNode(string displayName, VisualBasicExpression value, Type? targetType, VisualBasicExpression result) : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        result.Assign(run, CrmValues.As(value.Evaluate(run), targetType, string.Empty));
        return StepOutcome.Continue;
    }
}
