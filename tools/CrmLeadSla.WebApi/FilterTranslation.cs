using System.Globalization;
using CrmLeadSla.Solution.Metadata;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>
/// A <c>$filter</c> as the URI parser bound it, as the criteria of a QueryExpression on the table: comparisons of a
/// property with a literal (<c>null</c> as Null/NotNull) or with another property of the row, <c>and</c>, <c>or</c>,
/// <c>not</c> (pushed down to the operators that have an opposite), <c>contains</c>, <c>startswith</c>,
/// <c>endswith</c> (as LIKE, so the pattern's wildcards work as in Dataverse), Dataverse's query functions, and the lambda
/// operators <c>any</c>/<c>all</c> over a collection-valued navigation property, as filter-only link-entities (Any, All,
/// NotAny, NotAll) of the query; a comparison or function on a lookup's row (<c>parentaccountid/name eq 'x'</c>) likewise.
/// </summary>
internal sealed class FilterTranslation(ServiceModel model, TableDefinition table, string rangeVariable = "$it", IEdmNavigationProperty? through = null)
{
    private readonly List<LinkEntity> links = [];

    /// <summary>The filter-only link-entities the lambda operators became; the query adds them.</summary>
    public IReadOnlyList<LinkEntity> Links => links;

    /// <summary>The criteria of the last filter translated.</summary>
    public FilterExpression? Result { get; private set; }

    /// <summary>Translates the filter; its criteria are <see cref="Result"/>, its lambdas <see cref="Links"/>.</summary>
    public FilterTranslation Of(FilterClause filter)
    {
        Result = Criteria(filter);
        return this;
    }

    /// <summary>The criteria of the filter.</summary>
    public FilterExpression Criteria(FilterClause filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Criteria(filter.Expression);
    }

    private FilterExpression Criteria(SingleValueNode expression)
    {
        var criteria = Translate(expression, negated: false, topLevel: true);
        if (criteria.Conditions.Count == 0 && criteria.Filters.Count == 1)
        {
            return criteria.Filters[0];
        }

        return criteria;
    }

    // Every node becomes a filter holding it, so and/or nest as the expression does. Top level: joined to the root by
    // "and" only, where a lambda can become a link-entity of the query.
    private FilterExpression Translate(SingleValueNode node, bool negated, bool topLevel = false)
    {
        switch (Unwrapped(node))
        {
            case LambdaNode lambda when topLevel:
                links.Add(Link(lambda, negated));
                return new FilterExpression(LogicalOperator.And);
            case LambdaNode:
                throw Refused("any and all are supported by the local endpoint only joined with 'and' at the top of $filter (Dataverse also takes them inside 'or').");
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } logical:
                // not (a and b) = not a or not b, and the other way round.
                var isAnd = logical.OperatorKind == BinaryOperatorKind.And ^ negated;
                var filter = new FilterExpression(isAnd ? LogicalOperator.And : LogicalOperator.Or);
                foreach (var side in new[] { logical.Left, logical.Right })
                {
                    var part = Translate(side, negated, topLevel && isAnd);
                    if (part.Conditions.Count + part.Filters.Count == 0)
                    {
                        continue;
                    }

                    if (part.FilterOperator == filter.FilterOperator || (part.Conditions.Count + part.Filters.Count) == 1)
                    {
                        foreach (var condition in part.Conditions)
                        {
                            filter.Conditions.Add(condition);
                        }

                        foreach (var nested in part.Filters)
                        {
                            filter.Filters.Add(nested);
                        }
                    }
                    else
                    {
                        filter.Filters.Add(part);
                    }
                }

                return filter;
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                return Translate(not.Operand, !negated, topLevel);
            case var related when through is null && LookupOf(related) is { } lookup:
                if (!topLevel)
                {
                    throw Refused("A condition on a lookup's row is supported by the local endpoint only joined with 'and' at the top of $filter.");
                }

                links.Add(LookupLink(lookup, related, negated));
                return new FilterExpression(LogicalOperator.And);
            case BinaryOperatorNode comparison:
                return Single(Comparison(comparison, negated));
            case SingleValueFunctionCallNode call:
                return Single(Function(call, negated));
            default:
                throw Refused($"The $filter expression '{node.Kind}' is not supported by the local endpoint: compare properties with literals, join with and/or/not, or call contains, startswith, endswith or a Microsoft.Dynamics.CRM query function.");
        }
    }

    // collection/any(x: …) keeps the row when some related row meets the body, all(x: …) when every one does (also none).
    private LinkEntity Link(LambdaNode lambda, bool negated)
    {
        var navigation = lambda.Source is CollectionNavigationNode { Source: ResourceRangeVariableReferenceNode source } collection && source.Name == rangeVariable
            ? model.NavigationOf(collection.NavigationProperty)
            : throw Refused("any and all take a collection-valued navigation property of the row, e.g. lsla_scoringmodel_scoringrule/any(r: r/lsla_points gt 10).");
        var isAny = lambda is AnyNode;
        var join = (isAny, negated) switch
        {
            (true, false) => JoinOperator.Any,
            (true, true) => JoinOperator.NotAny,
            (false, false) => JoinOperator.All,
            (false, true) => JoinOperator.NotAll,
        };
        var link = new LinkEntity(table.LogicalName, navigation.Table.LogicalName, table.PrimaryIdAttribute, navigation.Column.LogicalName, join);
        if (lambda.Body is { } body && lambda.CurrentRangeVariable is { } variable && body is not ConstantNode { Value: true })
        {
            var inner = new FilterTranslation(model, navigation.Table, variable.Name);
            link.LinkCriteria = inner.Criteria(body);
            if (inner.Links.Count > 0)
            {
                throw Refused("A lambda inside a lambda is not supported by the local endpoint.");
            }
        }

        return link;
    }

    // The single-valued navigation property a comparison or function reads a property through, if any.
    private IEdmNavigationProperty? LookupOf(SingleValueNode node)
    {
        IEnumerable<QueryNode> operands = node switch
        {
            BinaryOperatorNode { OperatorKind: not (BinaryOperatorKind.And or BinaryOperatorKind.Or) } comparison => [comparison.Left, comparison.Right],
            SingleValueFunctionCallNode call => call.Parameters,
            _ => [],
        };
        return operands.Select(o => o is SingleValueNode value ? Unwrapped(value) : o)
            .OfType<SingleValuePropertyAccessNode>()
            .Select(a => a.Source is SingleNavigationNode { Source: ResourceRangeVariableReferenceNode variable } navigation && variable.Name == rangeVariable ? navigation.NavigationProperty : null)
            .FirstOrDefault(n => n is not null);
    }

    // The lookup's row must meet the condition: a filter-only link to it (NotAny when negated, so a row without one stays).
    private LinkEntity LookupLink(IEdmNavigationProperty lookup, SingleValueNode condition, bool negated)
    {
        var navigation = model.NavigationOf(lookup);
        var link = new LinkEntity(table.LogicalName, navigation.Table.LogicalName, navigation.Column.LogicalName, navigation.Table.PrimaryIdAttribute, negated ? JoinOperator.NotAny : JoinOperator.Any)
        {
            LinkCriteria = new FilterTranslation(model, navigation.Table, rangeVariable, lookup).Translate(condition, negated: false),
        };
        return link;
    }

    private static FilterExpression Single(ConditionExpression condition)
    {
        var filter = new FilterExpression(LogicalOperator.And);
        filter.Conditions.Add(condition);
        return filter;
    }

    private ConditionExpression Comparison(BinaryOperatorNode node, bool negated)
    {
        var op = node.OperatorKind switch
        {
            BinaryOperatorKind.Equal => ConditionOperator.Equal,
            BinaryOperatorKind.NotEqual => ConditionOperator.NotEqual,
            BinaryOperatorKind.GreaterThan => ConditionOperator.GreaterThan,
            BinaryOperatorKind.GreaterThanOrEqual => ConditionOperator.GreaterEqual,
            BinaryOperatorKind.LessThan => ConditionOperator.LessThan,
            BinaryOperatorKind.LessThanOrEqual => ConditionOperator.LessEqual,
            var other => throw Refused($"The operator '{other}' is not supported in $filter: Dataverse compares with eq, ne, gt, ge, lt and le."),
        };
        var (left, right) = (Unwrapped(node.Left), Unwrapped(node.Right));
        if (left is ConstantNode && right is SingleValuePropertyAccessNode)
        {
            (left, right) = (right, left);
            op = Mirrored(op);
        }

        op = negated ? Opposite(op) : op;
        var column = Column(left);
        return right switch
        {
            ConstantNode { Value: null } => new ConditionExpression(column.LogicalName, op switch
            {
                ConditionOperator.Equal => ConditionOperator.Null,
                ConditionOperator.NotEqual => ConditionOperator.NotNull,
                _ => throw Refused($"null can only be compared with eq or ne ({ServiceModel.PropertyName(column)})."),
            }),
            ConstantNode constant => new ConditionExpression(column.LogicalName, op, Value(column, constant.Value)),
            SingleValuePropertyAccessNode other => new ConditionExpression(column.LogicalName, op, compareColumns: true, Column(other).LogicalName),
            _ => throw Refused($"The right side of a comparison with {ServiceModel.PropertyName(column)} must be a literal or a property of the same row."),
        };
    }

    private ConditionExpression Function(SingleValueFunctionCallNode call, bool negated)
    {
        var arguments = call.Parameters.ToList();
        if (call.Name is "contains" or "startswith" or "endswith")
        {
            var column = Column(Unwrapped(arguments[0]));
            var text = Unwrapped(arguments[1]) is ConstantNode { Value: string value } ? value : throw Refused($"{call.Name} compares a property with a text literal.");
            var pattern = call.Name switch { "contains" => $"%{text}%", "startswith" => text + "%", _ => "%" + text };
            return new ConditionExpression(column.LogicalName, negated ? ConditionOperator.NotLike : ConditionOperator.Like, pattern);
        }

        var name = call.Name.StartsWith(ServiceModel.Namespace + ".", StringComparison.Ordinal) ? call.Name[(ServiceModel.Namespace.Length + 1)..] : call.Name;
        var op = QueryFunctions.OperatorOf(name) ?? throw Refused($"The function '{call.Name}' is not supported in $filter.");
        if (negated)
        {
            op = op switch
            {
                ConditionOperator.In => ConditionOperator.NotIn,
                ConditionOperator.NotIn => ConditionOperator.In,
                ConditionOperator.Between => ConditionOperator.NotBetween,
                ConditionOperator.NotBetween => ConditionOperator.Between,
                ConditionOperator.ContainValues => ConditionOperator.DoesNotContainValues,
                ConditionOperator.DoesNotContainValues => ConditionOperator.ContainValues,
                ConditionOperator.EqualUserId => ConditionOperator.NotEqualUserId,
                ConditionOperator.NotEqualUserId => ConditionOperator.EqualUserId,
                ConditionOperator.EqualBusinessId => ConditionOperator.NotEqualBusinessId,
                ConditionOperator.NotEqualBusinessId => ConditionOperator.EqualBusinessId,
                _ => throw Refused($"not {call.Name}(…) is not supported by the local endpoint: use the opposite function where Dataverse has one."),
            };
        }

        var parameters = arguments.OfType<NamedFunctionParameterNode>().ToDictionary(p => p.Name, p => p.Value is SingleValueNode value ? Unwrapped(value) : p.Value, StringComparer.Ordinal);
        var property = parameters.TryGetValue("PropertyName", out var given) && given is ConstantNode { Value: string propertyName } ? propertyName
            : throw Refused($"{call.Name} needs PropertyName, the name of the property to evaluate.");
        var target = ServiceModel.ColumnOf(table, property) ?? table.Column(property)
            ?? throw Refused($"Could not find a property named '{property}' on type '{ServiceModel.Namespace}.{table.LogicalName}'.");
        var values = parameters.TryGetValue("PropertyValues", out var many) ? many switch
        {
            CollectionConstantNode collection => collection.Collection.Select(c => c.Value).ToArray(),
            ConstantNode { Value: Microsoft.OData.ODataCollectionValue collection } => collection.Items.ToArray(),
            _ => throw Refused($"{call.Name} takes PropertyValues as a list, e.g. [\"1\",\"2\"]."),
        }
            : parameters.TryGetValue("PropertyValue", out var single) && single is ConstantNode constant ? [constant.Value]
            : Array.Empty<object?>();
        return new ConditionExpression(target.LogicalName, op, values.Select(v => Text(target, op, v)).ToArray());
    }

    private ColumnDefinition Column(SingleValueNode node) => node switch
    {
        SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode variable } access when through is null && variable.Name == rangeVariable =>
            ServiceModel.ColumnOf(table, access.Property.Name) ?? throw Refused($"Could not find a property named '{access.Property.Name}' on type '{ServiceModel.Namespace}.{table.LogicalName}'."),
        SingleValuePropertyAccessNode { Source: SingleNavigationNode { Source: ResourceRangeVariableReferenceNode variable } navigation } access
            when through is not null && navigation.NavigationProperty == through && variable.Name == rangeVariable =>
            ServiceModel.ColumnOf(table, access.Property.Name) ?? throw Refused($"Could not find a property named '{access.Property.Name}' on type '{ServiceModel.Namespace}.{table.LogicalName}'."),
        SingleValuePropertyAccessNode access => throw Refused($"'{access.Property.Name}' of a row two lookups away, or of both the row and its lookup in one comparison, is not supported in $filter by the local endpoint."),
        _ => throw Refused("A comparison in $filter needs a property of the row on one side."),
    };

    private static SingleValueNode Unwrapped(QueryNode node) => node switch
    {
        ConvertNode convert => Unwrapped(convert.Source),
        SingleValueNode value => value,
        _ => throw Refused("A collection is not supported here in $filter."),
    };

    // A literal as the value the column's type takes.
    private static object Value(ColumnDefinition column, object value) => value switch
    {
        DateTimeOffset time => time.UtcDateTime,
#pragma warning disable CS0618 // ODL 8 parses Edm.Date literals as its own Date type (System.DateOnly from ODL 9 on).
        Microsoft.OData.Edm.Date date => new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Utc),
#pragma warning restore CS0618
        string text when column.Kind is not (ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName or ColumnKind.MultiSelectPicklist) => Parsed(column, text),
        _ => value,
    };

    // The query functions take their values as text (or a count): typed by the column, except counts of X-units.
    private static object? Text(ColumnDefinition column, ConditionOperator op, object? value) => value switch
    {
        long count when op.ToString().Contains('X', StringComparison.Ordinal) => checked((int)count),
        string text => Parsed(column, text),
        null => null,
        _ => Value(column, value),
    };

    private static object Parsed(ColumnDefinition column, string text)
    {
        try
        {
            return column.Kind switch
            {
                ColumnKind.Integer or ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status or ColumnKind.MultiSelectPicklist => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnKind.BigInt => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnKind.Decimal or ColumnKind.Money => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
                ColumnKind.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnKind.Boolean => text is "1" or "true",
                ColumnKind.DateTime => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                ColumnKind.PrimaryKey or ColumnKind.Uniqueidentifier or ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner => Guid.Parse(text),
                _ => text,
            };
        }
        catch (FormatException)
        {
            throw Refused($"'{text}' is not a value of the property {ServiceModel.PropertyName(column)} ({column.Kind}).");
        }
    }

    private static ConditionOperator Mirrored(ConditionOperator op) => op switch
    {
        ConditionOperator.GreaterThan => ConditionOperator.LessThan,
        ConditionOperator.GreaterEqual => ConditionOperator.LessEqual,
        ConditionOperator.LessThan => ConditionOperator.GreaterThan,
        ConditionOperator.LessEqual => ConditionOperator.GreaterEqual,
        _ => op,
    };

    private static ConditionOperator Opposite(ConditionOperator op) => op switch
    {
        ConditionOperator.Equal => ConditionOperator.NotEqual,
        ConditionOperator.NotEqual => ConditionOperator.Equal,
        ConditionOperator.GreaterThan => ConditionOperator.LessEqual,
        ConditionOperator.GreaterEqual => ConditionOperator.LessThan,
        ConditionOperator.LessThan => ConditionOperator.GreaterEqual,
        _ => ConditionOperator.GreaterThan,
    };

    private static WebApiFault Refused(string message) => WebApiFault.QueryRefused(message);
}
