using System.Collections;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Turns one condition into a test of a joined row, with SQL's null rule as Dataverse has it:
/// a null column fails every operator but Null (NotEqual, NotIn and NotLike included).
/// </summary>
internal sealed class ConditionCompiler(QueryContext context)
{
    /// <summary>The test of a condition on a bound column.</summary>
    public Func<Entity?[], bool> Compile(ConditionExpression condition, BoundColumn column)
    {
        var test = ValueTest(condition, column);
        return row => test(column.Read(row));
    }

    /// <summary>The test of a comparison of two columns of the joined row (CompareColumns, FetchXML valueof); false when either is null.</summary>
    public static Func<Entity?[], bool> CompileComparison(ConditionExpression condition, BoundColumn left, BoundColumn right)
    {
        Func<int, bool> accepts = condition.Operator switch
        {
            ConditionOperator.Equal => c => c == 0,
            ConditionOperator.NotEqual => c => c != 0,
            ConditionOperator.GreaterThan => c => c > 0,
            ConditionOperator.GreaterEqual => c => c >= 0,
            ConditionOperator.LessThan => c => c < 0,
            ConditionOperator.LessEqual => c => c <= 0,
            _ => throw new Subject(condition, left).OperatorNotValid("a comparison of two columns"),
        };
        if (ComparableValue.ExpectedTypeName(left.Column.Kind) != ComparableValue.ExpectedTypeName(right.Column.Kind)
            || left.Column.Kind == ColumnKind.MultiSelectPicklist)
        {
            throw QueryFaults.Fault(
                QueryFaults.InvalidArgument,
                $"The columns '{left.Column.LogicalName}' ({left.Column.Kind}) and '{right.Column.LogicalName}' ({right.Column.Kind}) cannot be compared.");
        }

        return row => left.Read(row) is { } a && right.Read(row) is { } b && accepts(ComparableValue.Compare(a, b));
    }

    private Func<object?, bool> ValueTest(ConditionExpression condition, BoundColumn column)
    {
        var subject = new Subject(condition, column);
        switch (condition.Operator)
        {
            case ConditionOperator.Null:
                subject.ExpectValues(0);
                return value => value is null;
            case ConditionOperator.NotNull:
                subject.ExpectValues(0);
                return value => value is not null;
            default:
                var test = column.Column.Kind == ColumnKind.MultiSelectPicklist ? ChoicesTest(subject) : NonNullTest(subject);
                return value => value is not null && test(value);
        }
    }

    private static Func<object, bool> ChoicesTest(Subject subject)
    {
        var op = subject.Operator;
        if (op is not (ConditionOperator.Equal or ConditionOperator.NotEqual or ConditionOperator.ContainValues or ConditionOperator.DoesNotContainValues))
        {
            throw subject.OperatorNotValid("a multi-select choice column");
        }

        var choices = subject.Values(1, int.MaxValue).Cast<long>().ToHashSet();
        return op switch
        {
            ConditionOperator.Equal => value => ((HashSet<long>)value).SetEquals(choices),
            ConditionOperator.NotEqual => value => !((HashSet<long>)value).SetEquals(choices),
            ConditionOperator.ContainValues => value => ((HashSet<long>)value).Overlaps(choices),
            _ => value => !((HashSet<long>)value).Overlaps(choices),
        };
    }

    private Func<object, bool> NonNullTest(Subject subject)
    {
        var op = subject.Operator;
        switch (op)
        {
            case ConditionOperator.Equal:
                return Equality(subject, true);
            case ConditionOperator.NotEqual:
                return Equality(subject, false);
            case ConditionOperator.GreaterThan:
                return Comparison(subject, c => c > 0);
            case ConditionOperator.GreaterEqual:
                return Comparison(subject, c => c >= 0);
            case ConditionOperator.LessThan:
                return Comparison(subject, c => c < 0);
            case ConditionOperator.LessEqual:
                return Comparison(subject, c => c <= 0);
            case ConditionOperator.Like:
            case ConditionOperator.NotLike:
            case ConditionOperator.BeginsWith:
            case ConditionOperator.DoesNotBeginWith:
            case ConditionOperator.EndsWith:
            case ConditionOperator.DoesNotEndWith:
            case ConditionOperator.Contains:
            case ConditionOperator.DoesNotContain:
                return Pattern(subject);
            case ConditionOperator.In:
            case ConditionOperator.NotIn:
                var list = subject.Values(1, int.MaxValue);
                var wanted = op == ConditionOperator.In;
                return value => list.Any(item => ComparableValue.AreEqual(value, item)) == wanted;
            case ConditionOperator.Between:
            case ConditionOperator.NotBetween:
                var bounds = subject.Values(2, 2);
                var inside = op == ConditionOperator.Between;
                return value => (ComparableValue.Compare(value, bounds[0]) >= 0 && ComparableValue.Compare(value, bounds[1]) <= 0) == inside;
            case ConditionOperator.EqualUserId:
            case ConditionOperator.NotEqualUserId:
                return Identity(subject, context.CallerId, op == ConditionOperator.EqualUserId);
            case ConditionOperator.EqualBusinessId:
            case ConditionOperator.NotEqualBusinessId:
                return Identity(subject, context.CallerBusinessUnitId, op == ConditionOperator.EqualBusinessId);
            case ConditionOperator.ContainValues:
            case ConditionOperator.DoesNotContainValues:
                throw subject.OperatorNotValid("a column that is not a multi-select choice");
            default:
                return DateTest(subject);
        }
    }

    private static Func<object, bool> Equality(Subject subject, bool equal)
    {
        var expected = subject.Values(1, 1)[0];
        return value => ComparableValue.AreEqual(value, expected) == equal;
    }

    private static Func<object, bool> Comparison(Subject subject, Func<int, bool> accepts)
    {
        var bound = subject.Values(1, 1)[0];
        return value => accepts(ComparableValue.Compare(value, bound));
    }

    private static Func<object, bool> Pattern(Subject subject)
    {
        if (subject.Kind is not (ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName))
        {
            throw subject.OperatorNotValid("a column that is not text");
        }

        var text = (string)subject.Values(1, 1)[0];
        // Begins/ends/contains are LIKE with the value as a pattern, so wildcards in the value stay wildcards.
        var (pattern, wanted) = subject.Operator switch
        {
            ConditionOperator.Like => (text, true),
            ConditionOperator.NotLike => (text, false),
            ConditionOperator.BeginsWith => (text + "%", true),
            ConditionOperator.DoesNotBeginWith => (text + "%", false),
            ConditionOperator.EndsWith => ("%" + text, true),
            ConditionOperator.DoesNotEndWith => ("%" + text, false),
            ConditionOperator.Contains => ("%" + text + "%", true),
            _ => ("%" + text + "%", false),
        };
        var like = LikePattern.Parse(pattern);
        return value => like.Matches((string)value) == wanted;
    }

    private static Func<object, bool> Identity(Subject subject, Guid id, bool equal)
    {
        subject.ExpectValues(0);
        if (ComparableValue.ExpectedTypeName(subject.Kind) != "System.Guid")
        {
            throw subject.OperatorNotValid("a column that holds no id");
        }

        return value => ((Guid)value == id) == equal;
    }

    private Func<object, bool> DateTest(Subject subject)
    {
        var op = subject.Operator;
        var isDateOperator = op is ConditionOperator.On or ConditionOperator.NotOn or ConditionOperator.OnOrAfter or ConditionOperator.OnOrBefore
            || DateRange.Relative(op, context.UtcNow, 0) is not null;
        if (!isDateOperator)
        {
            throw QueryFaults.Fault(
                QueryFaults.InvalidConditionOperator,
                $"The condition operator '{op}' (on '{subject.Name}') is not supported by the local Dataverse.");
        }

        if (subject.Kind != ColumnKind.DateTime)
        {
            throw subject.OperatorNotValid("a column that is not a date");
        }

        DateRange range;
        var within = true;
        switch (op)
        {
            case ConditionOperator.On:
            case ConditionOperator.NotOn:
                range = DateRange.DayOf((DateTime)subject.Values(1, 1)[0]);
                within = op == ConditionOperator.On;
                break;
            case ConditionOperator.OnOrAfter:
                range = new DateRange(((DateTime)subject.Values(1, 1)[0]).Date, null);
                break;
            case ConditionOperator.OnOrBefore:
                range = new DateRange(null, ((DateTime)subject.Values(1, 1)[0]).Date.AddDays(1));
                break;
            default:
                var x = DateRange.TakesCount(op) ? subject.Count() : 0;
                if (!DateRange.TakesCount(op))
                {
                    subject.ExpectValues(0);
                }

                range = DateRange.Relative(op, context.UtcNow, x)!;
                break;
        }

        return value => range.Contains((DateTime)value) == within;
    }

    /// <summary>A condition with the column it tests: checks and converts its values.</summary>
    private sealed class Subject(ConditionExpression condition, BoundColumn column)
    {
        private readonly List<object?> raw = Flatten(condition.Values);

        public ConditionOperator Operator => condition.Operator;

        public ColumnKind Kind => column.Column.Kind;

        public string Name => $"{column.Table.LogicalName}.{column.Column.LogicalName}";

        public void ExpectValues(int count)
        {
            if (raw.Count != count)
            {
                throw QueryFaults.Fault(
                    QueryFaults.InvalidArgument,
                    $"Condition for attribute '{Name}': the operator {Operator} takes {count} value(s) but received {raw.Count}.");
            }
        }

        /// <summary>The values converted to the column's comparable type.</summary>
        public IReadOnlyList<object> Values(int min, int max)
        {
            if (raw.Count < min || raw.Count > max)
            {
                var expected = min == max ? $"{min}" : $"at least {min}";
                throw QueryFaults.Fault(
                    QueryFaults.InvalidArgument,
                    $"Condition for attribute '{Name}': the operator {Operator} takes {expected} value(s) but received {raw.Count}.");
            }

            return raw.Select(value => (value is null ? null : ComparableValue.FromQuery(value, Kind)) ?? throw WrongType(value)).ToList();
        }

        /// <summary>The count X of a last-x/next-x/older-than-x operator.</summary>
        public int Count()
        {
            ExpectValues(1);
            return ComparableValue.FromQuery(raw[0]!, ColumnKind.Integer) is long x && x is >= 0 and <= int.MaxValue
                ? (int)x
                : throw WrongType(raw[0], "System.Int32");
        }

        public Exception OperatorNotValid(string what) => QueryFaults.Fault(
            QueryFaults.InvalidConditionOperator,
            $"The condition operator '{Operator}' is not valid for attribute '{Name}', {what}.");

        private Exception WrongType(object? value, string? expected = null) => QueryFaults.Fault(
            QueryFaults.InvalidArgument,
            $"Condition for attribute '{Name}': expected argument(s) of type '{expected ?? ComparableValue.ExpectedTypeName(Kind)}' but received '{(value is null ? "null" : value.GetType().FullName)}'.");

        // The SDK lets a caller pass one array for In; its items are the values.
        private static List<object?> Flatten(IEnumerable<object> values) => values
            .SelectMany(value => value is IEnumerable items and not string ? items.Cast<object?>() : [value])
            .ToList();
    }
}
