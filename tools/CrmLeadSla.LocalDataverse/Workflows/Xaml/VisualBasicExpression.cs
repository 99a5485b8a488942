using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>What an expression reads and writes while a workflow runs: its variables, its entity slots and the time.</summary>
internal interface IExpressionScope
{
    /// <summary>The organization clock's time (DateTime.UtcNow in an expression).</summary>
    DateTime UtcNow { get; }

    object? Variable(string name);

    void SetVariable(string name, object? value);

    /// <summary>An entry of InputEntities or CreatedEntities.</summary>
    Entity? Entity(string dictionary, string key);

    void SetEntity(string dictionary, string key, Entity? value);
}

/// <summary>
/// A compiled expression of the Visual Basic subset the workflow designer writes (<see cref="VisualBasicParser"/>):
/// evaluated against a run's <see cref="IExpressionScope"/>; the ones that name a place (a variable, an entity slot,
/// an entity's Id) can also be assigned.
/// </summary>
internal abstract class VisualBasicExpression
{
    public abstract object? Evaluate(IExpressionScope scope);

    /// <exception cref="WorkflowRunException">The expression names no place a value can be put.</exception>
    public virtual void Assign(IExpressionScope scope, object? value) =>
        throw new WorkflowRunException("the expression is not a place a value can be assigned to.");

    /// <summary>True when the expression names a place (a variable, an entity slot, an entity's Id).</summary>
    public virtual bool IsAssignable => false;
}

/// <summary>A literal, or a constant of the subset (DateTime.MaxValue, OperationStatus.Canceled, WorkflowPropertyType.String).</summary>
internal sealed class ConstantExpression(object? value) : VisualBasicExpression
{
    public object? Value => value;

    public override object? Evaluate(IExpressionScope scope) => value;
}

/// <summary>A variable of the workflow.</summary>
internal sealed class VariableExpression(string name) : VisualBasicExpression
{
    public override bool IsAssignable => true;

    public override object? Evaluate(IExpressionScope scope) => scope.Variable(name);

    public override void Assign(IExpressionScope scope, object? value) => scope.SetVariable(name, value);
}

/// <summary><c>InputEntities("primaryEntity")</c>, <c>CreatedEntities("primaryEntity#Temp")</c>.</summary>
internal sealed class EntitySlotExpression(string dictionary, VisualBasicExpression key) : VisualBasicExpression
{
    public override bool IsAssignable => true;

    public override object? Evaluate(IExpressionScope scope) => scope.Entity(dictionary, Key(scope));

    public override void Assign(IExpressionScope scope, object? value) =>
        scope.SetEntity(dictionary, Key(scope), value as Entity ?? (value is null ? null : throw new WorkflowRunException($"{dictionary} holds rows, not a {value.GetType().Name}.")));

    private string Key(IExpressionScope scope) => key.Evaluate(scope) as string ?? throw new WorkflowRunException($"the key of {dictionary} is not text.");
}

/// <summary>DateTime.UtcNow: the organization clock, so that waits follow the clock tests and simulations move.</summary>
internal sealed class NowExpression : VisualBasicExpression
{
    public override object? Evaluate(IExpressionScope scope) => scope.UtcNow;
}

/// <summary>A property or method of a value: <c>.Id</c>, <c>.Value</c>, <c>.ToUniversalTime()</c>, <c>.AddMinutes(n)</c>.</summary>
internal sealed class MemberExpression(VisualBasicExpression target, string member, IReadOnlyList<VisualBasicExpression>? arguments) : VisualBasicExpression
{
    /// <summary>The members the subset knows, by name (case-insensitive, as in Visual Basic), with whether they take an argument.</summary>
    public static readonly IReadOnlyDictionary<string, bool?> Known = new Dictionary<string, bool?>(StringComparer.OrdinalIgnoreCase)
    {
        ["Id"] = null,
        ["Value"] = null,
        ["ToUniversalTime"] = false,
        ["AddDays"] = true,
        ["AddHours"] = true,
        ["AddMinutes"] = true,
    };

    public override bool IsAssignable => member.Equals("Id", StringComparison.OrdinalIgnoreCase) && target.IsAssignable;

    public override object? Evaluate(IExpressionScope scope)
    {
        var value = target.Evaluate(scope);
        var amount = arguments is [var argument] ? Convert.ToDouble(argument.Evaluate(scope), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (member.ToUpperInvariant(), value) switch
        {
            (_, null) => throw new WorkflowRunException($"'.{member}' was read from a value that is Nothing."),
            ("ID", Entity entity) => entity.Id,
            ("ID", EntityReference reference) => reference.Id,
            ("VALUE", OptionSetValue option) => option.Value,
            ("VALUE", Money money) => money.Value,
            ("TOUNIVERSALTIME", DateTime date) => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc),
            ("ADDDAYS", DateTime date) => date.AddDays(amount),
            ("ADDHOURS", DateTime date) => date.AddHours(amount),
            ("ADDMINUTES", DateTime date) => date.AddMinutes(amount),
            _ => throw new WorkflowRunException($"a {value.GetType().Name} has no '.{member}'."),
        };
    }

    public override void Assign(IExpressionScope scope, object? value)
    {
        var entity = target.Evaluate(scope) as Entity ?? throw new WorkflowRunException("'.Id' was set on something that is not a row.");
        entity.Id = value is Guid id ? id : throw new WorkflowRunException("a row's Id was set to something that is not a Guid.");
    }
}

/// <summary><c>IIf(condition, a, b)</c> and <c>IsNothing(x)</c> of Microsoft.VisualBasic.</summary>
internal sealed class FunctionExpression(string function, IReadOnlyList<VisualBasicExpression> arguments) : VisualBasicExpression
{
    public override object? Evaluate(IExpressionScope scope) => function switch
    {
        "IIf" => Truth(arguments[0].Evaluate(scope)) ? arguments[1].Evaluate(scope) : arguments[2].Evaluate(scope),
        _ => arguments[0].Evaluate(scope) is null,
    };

    public static bool Truth(object? value) => value as bool? ?? throw new WorkflowRunException("a condition is not True or False.");
}

/// <summary><c>New Guid("…")</c>, <c>New Entity("lead")</c>, <c>New EntityReference()</c>, <c>New Object() { … }</c>, <c>New InvalidPluginExecutionException(…)</c>.</summary>
internal sealed class NewExpression(Type type, IReadOnlyList<VisualBasicExpression> arguments, IReadOnlyList<VisualBasicExpression>? items) : VisualBasicExpression
{
    public Type Type => type;

    public IReadOnlyList<VisualBasicExpression> Arguments => arguments;

    public override object? Evaluate(IExpressionScope scope)
    {
        if (items is not null)
        {
            return items.Select(i => i.Evaluate(scope)).ToArray();
        }

        var values = arguments.Select(a => a.Evaluate(scope)).ToArray();
        return (type.Name, values) switch
        {
            ("Guid", [string text]) => Guid.TryParse(text, out var id) ? id : throw new WorkflowRunException($"'{text}' is not a Guid."),
            ("Entity", [string table]) => new Entity(table),
            ("EntityReference", []) => new EntityReference(),
            ("EntityReference", [string table, Guid id]) => new EntityReference(table, id),
            ("InvalidPluginExecutionException", [OperationStatus status]) => new InvalidPluginExecutionException(status),
            ("InvalidPluginExecutionException", [string message]) => new InvalidPluginExecutionException(message),
            ("InvalidPluginExecutionException", [OperationStatus status, string message]) => new InvalidPluginExecutionException(status, message),
            _ => throw new WorkflowRunException($"New {type.Name} was given arguments it does not take."),
        };
    }
}

/// <summary><c>DirectCast(value, Type)</c>: the value unchanged when it has the type; Nothing becomes a value type's zero.</summary>
internal sealed class CastExpression(VisualBasicExpression value, Type type) : VisualBasicExpression
{
    public override object? Evaluate(IExpressionScope scope)
    {
        var result = value.Evaluate(scope);
        return result is null ? (type.IsValueType ? Activator.CreateInstance(type) : null)
            : type.IsInstanceOfType(result) ? result
            : throw new WorkflowRunException($"a {result.GetType().Name} value cannot be cast to {type.Name}.");
    }
}

/// <summary><c>Not x</c>.</summary>
internal sealed class NotExpression(VisualBasicExpression operand) : VisualBasicExpression
{
    public override object? Evaluate(IExpressionScope scope) => !FunctionExpression.Truth(operand.Evaluate(scope));
}

/// <summary>A comparison (= &lt;&gt; &gt; &gt;= &lt; &lt;=) or a logical And / Or (AndAlso, OrElse).</summary>
internal sealed class BinaryExpression(string operation, VisualBasicExpression left, VisualBasicExpression right) : VisualBasicExpression
{
    public override object? Evaluate(IExpressionScope scope)
    {
        switch (operation)
        {
            case "AND":
            case "ANDALSO":
                return FunctionExpression.Truth(left.Evaluate(scope)) && FunctionExpression.Truth(right.Evaluate(scope));
            case "OR":
            case "ORELSE":
                return FunctionExpression.Truth(left.Evaluate(scope)) || FunctionExpression.Truth(right.Evaluate(scope));
        }

        var (a, b) = (left.Evaluate(scope), right.Evaluate(scope));
        if (operation is "=" or "<>")
        {
            return CrmValues.AreEqual(a, b) == (operation == "=");
        }

        var order = CrmValues.Compare(a, b) ?? throw new WorkflowRunException($"'{operation}' compared values that cannot be ordered.");
        return operation switch
        {
            ">" => order > 0,
            ">=" => order >= 0,
            "<" => order < 0,
            _ => order <= 0,
        };
    }
}
