using System.Globalization;
using System.Text.Json.Nodes;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The OData query options the local endpoint understands, as a QueryExpression: <c>$select</c>, <c>$top</c>,
/// <c>$orderby</c> (columns, asc/desc) and <c>$filter</c> as comparisons (eq, ne, gt, ge, lt, le) joined by
/// <c>and</c>, with string, number, boolean, null, guid and date literals; a lookup is compared as <c>_name_value</c>.
/// </summary>
public static class ODataQuery
{
    /// <summary>The rows a query returns when it sets no $top: Dataverse's page size.</summary>
    public const int DefaultTop = 5000;

    private static readonly Dictionary<string, ConditionOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = ConditionOperator.Equal,
        ["ne"] = ConditionOperator.NotEqual,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
    };

    /// <summary>The query of a collection GET.</summary>
    public static QueryExpression Of(TableDefinition table, string? select, string? filter, string? top, string? orderBy)
    {
        ArgumentNullException.ThrowIfNull(table);
        var query = new QueryExpression(table.LogicalName)
        {
            ColumnSet = select is null ? new ColumnSet(true) : new ColumnSet(select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ColumnName).ToArray()),
            TopCount = top is null ? DefaultTop
                : int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count
                : throw WebApiFault.BadRequest($"Invalid value '{top}' for $top query option found. The $top query option requires a non-negative integer value."),
        };
        foreach (var order in (orderBy ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = order.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            query.AddOrder(ColumnName(parts[0]), parts.Length > 1 && parts[1] == "desc" ? OrderType.Descending : OrderType.Ascending);
        }

        if (!string.IsNullOrWhiteSpace(filter))
        {
            foreach (var comparison in Comparisons(filter))
            {
                query.Criteria.AddCondition(Condition(table, comparison));
            }
        }

        return query;
    }

    // "_lsla_scoringmodelid_value" is how the Web API names the lookup column lsla_scoringmodelid.
    private static string ColumnName(string property) =>
        property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal) ? property[1..^"_value".Length] : property;

    private static IEnumerable<string[]> Comparisons(string filter)
    {
        var tokens = Tokens(filter).ToList();
        for (var i = 0; i < tokens.Count; i += 4)
        {
            if (i + 2 >= tokens.Count || (i + 3 < tokens.Count && tokens[i + 3] != "and"))
            {
                throw WebApiFault.BadRequest($"The $filter '{filter}' is not supported by the local endpoint: write comparisons (eq, ne, gt, ge, lt, le) joined by 'and'.");
            }

            yield return [tokens[i], tokens[i + 1], tokens[i + 2]];
        }
    }

    private static IEnumerable<string> Tokens(string filter)
    {
        var i = 0;
        while (i < filter.Length)
        {
            if (filter[i] == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            if (filter[i] == '\'')
            {
                // A quote inside a string literal is written twice.
                i++;
                while (i < filter.Length && !(filter[i] == '\'' && (i + 1 == filter.Length || filter[i + 1] != '\'')))
                {
                    i += filter[i] == '\'' ? 2 : 1;
                }

                i++;
            }
            else
            {
                while (i < filter.Length && filter[i] != ' ')
                {
                    i++;
                }
            }

            yield return filter[start..Math.Min(i, filter.Length)];
        }
    }

    private static ConditionExpression Condition(TableDefinition table, string[] comparison)
    {
        var name = ColumnName(comparison[0]);
        var column = table.Column(name)
            ?? throw WebApiFault.BadRequest($"Could not find a property named '{comparison[0]}' on type 'Microsoft.Dynamics.CRM.{table.LogicalName}'.");
        var op = Operators.TryGetValue(comparison[1], out var found) ? found
            : throw WebApiFault.BadRequest($"The operator '{comparison[1]}' is not supported by the local endpoint: use eq, ne, gt, ge, lt or le.");
        var literal = comparison[2];
        if (literal == "null")
        {
            return op switch
            {
                ConditionOperator.Equal => new ConditionExpression(column.LogicalName, ConditionOperator.Null),
                ConditionOperator.NotEqual => new ConditionExpression(column.LogicalName, ConditionOperator.NotNull),
                _ => throw WebApiFault.BadRequest($"null can only be compared with eq or ne ({comparison[0]})."),
            };
        }

        return new ConditionExpression(column.LogicalName, op, ValueOf(column, literal));
    }

    private static object ValueOf(ColumnDefinition column, string literal)
    {
        if (literal.StartsWith('\''))
        {
            return literal[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        return column.Kind switch
        {
            ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner or ColumnKind.PrimaryKey or ColumnKind.Uniqueidentifier =>
                Guid.TryParse(literal, out var id) ? id : throw WebApiFault.BadRequest($"'{literal}' is not a guid ({column.LogicalName})."),
            ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => ((Microsoft.Xrm.Sdk.OptionSetValue)RowJson.Value(column, JsonNode.Parse(literal)!)!).Value,
            ColumnKind.Money => ((Microsoft.Xrm.Sdk.Money)RowJson.Value(column, JsonNode.Parse(literal)!)!).Value,
            ColumnKind.DateTime => RowJson.Value(column, JsonValue.Create(literal))!,
            _ => RowJson.Value(column, ParsedLiteral(literal))!,
        };
    }

    private static JsonNode ParsedLiteral(string literal)
    {
        try
        {
            return JsonNode.Parse(literal) ?? throw WebApiFault.BadRequest($"'{literal}' is not a literal.");
        }
        catch (System.Text.Json.JsonException)
        {
            throw WebApiFault.BadRequest($"'{literal}' is not a literal: quote text as 'text'.");
        }
    }
}
