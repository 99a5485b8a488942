using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.LocalDataverse.Query.Aggregation;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query.Fetch;

/// <summary>A FetchXML query read into a QueryExpression, with its aggregate part when it has one.</summary>
/// <param name="Query">Tables, columns, criteria, links, orders and paging.</param>
/// <param name="Aggregate">The group-by and aggregate columns of an aggregate="true" query, else null.</param>
/// <param name="RawChoiceOrder">useraworderby: choice columns sort by their value instead of their label.</param>
/// <param name="AliasedColumns">Columns of a plain fetch that carry an alias: they come back as AliasedValue under it.</param>
internal sealed record FetchQuery(QueryExpression Query, AggregateRequest? Aggregate, bool RawChoiceOrder = false, IReadOnlyList<AliasedColumn>? AliasedColumns = null);

/// <summary>A column of a plain fetch returned under an alias of its own.</summary>
/// <param name="Link">The link-entity the column belongs to, or null for the main table.</param>
/// <param name="Attribute">The column's logical name.</param>
/// <param name="Alias">The name the result carries it under.</param>
internal sealed record AliasedColumn(LinkEntity? Link, string Attribute, string Alias);

/// <summary>
/// Reads FetchXML as Dataverse does: every element and attribute must be one the fetch schema declares,
/// values stay text until the column's type converts them, and a link-entity's from/to name the linked
/// table's column and the parent's column.
/// </summary>
internal static class FetchXmlReader
{
    private static readonly string[] FetchAttributes =
    [
        "version", "count", "page", "paging-cookie", "top", "distinct", "aggregate", "aggregatelimit", "returntotalrecordcount", "no-lock",
        "mapping", "output-format", "utc-offset", "min-active-row-version", "latematerialize", "useraworderby", "datasource", "options",
    ];

    private static readonly string[] LinkTypes = ["inner", "outer", "natural", "any", "not-any", "exists", "in", "all", "not-all", "matchfirstrowusingcrossapply"];

    /// <summary>The query the FetchXML describes, or a fault that names what is wrong.</summary>
    public static FetchQuery Read(string? fetchXml)
    {
        XElement fetch;
        try
        {
            fetch = XElement.Parse(fetchXml ?? string.Empty);
        }
        catch (XmlException e)
        {
            throw Invalid($"The FetchXML is not well formed: {e.Message}");
        }

        if (fetch.Name != "fetch")
        {
            throw Invalid($"The root element must be <fetch>, not <{fetch.Name}>.");
        }

        CheckAttributes(fetch, FetchAttributes);
        var entity = fetch.Elements().SingleOrDefault();
        if (entity is null || entity.Name != "entity")
        {
            throw Invalid("<fetch> must contain exactly one <entity> element.");
        }

        CheckAttributes(entity, "name", "enableprefiltering", "prefilterparametername");
        var reading = new Reading(Flag(fetch, "aggregate"));
        var query = new QueryExpression(Required(entity, "name"))
        {
            Distinct = Flag(fetch, "distinct"),
            NoLock = Flag(fetch, "no-lock"),
            TopCount = Number(fetch, "top"),
            PageInfo = new PagingInfo
            {
                Count = Number(fetch, "count") ?? 0,
                PageNumber = Number(fetch, "page") ?? 0,
                PagingCookie = (string?)fetch.Attribute("paging-cookie"),
                ReturnTotalRecordCount = Flag(fetch, "returntotalrecordcount"),
            },
        };
        if (query.TopCount is not null && (fetch.Attribute("count") is not null || fetch.Attribute("page") is not null || query.PageInfo.ReturnTotalRecordCount))
        {
            throw Invalid("The top attribute can't be specified with count, page or returntotalrecordcount on <fetch>.");
        }

        var recordLimit = Number(fetch, "aggregatelimit") ?? AggregateEvaluator.RecordLimit;
        if (recordLimit > AggregateEvaluator.RecordLimit)
        {
            throw Invalid($"The aggregatelimit {recordLimit} exceeds the aggregate limit of {AggregateEvaluator.RecordLimit}.");
        }

        reading.ReadTable(entity, null, query.ColumnSet, query.Criteria, query.Orders, query.LinkEntities);
        var aggregate = reading.Aggregate ? new AggregateRequest(reading.AggregateColumns, reading.AggregateOrders, recordLimit) : null;
        return new FetchQuery(query, aggregate, Flag(fetch, "useraworderby"), reading.AliasedColumns);
    }

    private static Exception Invalid(string message) => QueryFaults.Fault(QueryFaults.InvalidXml, message);

    private static void CheckAttributes(XElement element, params string[] allowed)
    {
        var unknown = element.Attributes().FirstOrDefault(a => !allowed.Contains(a.Name.LocalName, StringComparer.Ordinal) && !a.IsNamespaceDeclaration);
        if (unknown is not null)
        {
            throw Invalid($"The '{unknown.Name}' attribute is not declared on <{element.Name}>.");
        }
    }

    private static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { Length: > 0 } value
            ? value
            : throw Invalid($"The required attribute '{attribute}' is missing on <{element.Name}>.");

    private static bool Flag(XElement element, string attribute) => (string?)element.Attribute(attribute) switch
    {
        null => false,
        "true" or "1" => true,
        "false" or "0" => false,
        var other => throw Invalid($"The value '{other}' of attribute '{attribute}' on <{element.Name}> is not a boolean."),
    };

    private static int? Number(XElement element, string attribute) => (string?)element.Attribute(attribute) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        var other => throw Invalid($"The value '{other}' of attribute '{attribute}' on <{element.Name}> is not an integer."),
    };

    /// <summary>The state of reading one fetch: whether it aggregates, and what it collected on the way.</summary>
    private sealed class Reading(bool aggregate)
    {
        public bool Aggregate => aggregate;

        public List<AggregateColumn> AggregateColumns { get; } = [];

        public List<(string Alias, bool Descending)> AggregateOrders { get; } = [];

        public List<AliasedColumn> AliasedColumns { get; } = [];

        /// <summary>Reads the children of an entity or link-entity element into the query parts of that table.</summary>
        public void ReadTable(XElement table, LinkEntity? link, ColumnSet columns, FilterExpression criteria, ICollection<OrderExpression> orders, ICollection<LinkEntity> links)
        {
            foreach (var child in table.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "attribute":
                        ReadAttribute(child, link, columns);
                        break;
                    case "all-attributes":
                        CheckAttributes(child);
                        if (aggregate)
                        {
                            throw QueryFaults.Fault(QueryFaults.AttributeWithAggregate, "<all-attributes> is not valid in an aggregate query.");
                        }

                        columns.AllColumns = true;
                        break;
                    case "order":
                        ReadOrder(child, orders);
                        break;
                    case "filter":
                        criteria.AddFilter(ReadFilter(child));
                        break;
                    case "link-entity":
                        links.Add(ReadLink(child, (string)table.Attribute("name")!));
                        break;
                    default:
                        throw Invalid($"The element <{child.Name}> is not allowed in <{table.Name}>.");
                }
            }
        }

        private void ReadAttribute(XElement attribute, LinkEntity? link, ColumnSet columns)
        {
            CheckAttributes(attribute, "name", "alias", "aggregate", "groupby", "distinct", "dategrouping", "usertimezone", "build", "addedby");
            var name = Required(attribute, "name");
            var alias = (string?)attribute.Attribute("alias");
            if (!aggregate)
            {
                if (attribute.Attribute("aggregate") is not null || attribute.Attribute("groupby") is not null)
                {
                    throw QueryFaults.Fault(QueryFaults.InvalidXml, $"The aggregate or groupby of <attribute name=\"{name}\"> needs aggregate=\"true\" on <fetch>.");
                }

                if (alias is null)
                {
                    columns.AddColumn(name);
                }
                else
                {
                    AliasedColumns.Add(new AliasedColumn(link, name, alias));
                }

                return;
            }

            if (string.IsNullOrEmpty(alias))
            {
                throw QueryFaults.Fault(QueryFaults.NoAlias, $"An alias is required for the attribute '{name}' of an aggregate query.");
            }

            var function = (string?)attribute.Attribute("aggregate") switch
            {
                null => (AggregateFunction?)null,
                "count" => AggregateFunction.Count,
                "countcolumn" => AggregateFunction.CountColumn,
                "sum" => AggregateFunction.Sum,
                "avg" => AggregateFunction.Avg,
                "min" => AggregateFunction.Min,
                "max" => AggregateFunction.Max,
                var other => throw Invalid($"The aggregate '{other}' of attribute '{name}' is not one of count, countcolumn, sum, avg, min, max."),
            };
            var groupBy = Flag(attribute, "groupby");
            if ((function is not null) == groupBy)
            {
                throw QueryFaults.Fault(
                    QueryFaults.AttributeWithAggregate,
                    $"The attribute '{name}' of an aggregate query must have either an aggregate or groupby=\"true\".");
            }

            var grouping = (string?)attribute.Attribute("dategrouping") switch
            {
                null => DateGrouping.None,
                "day" => DateGrouping.Day,
                "week" => DateGrouping.Week,
                "month" => DateGrouping.Month,
                "quarter" => DateGrouping.Quarter,
                "year" => DateGrouping.Year,
                "fiscal-period" or "fiscal-year" => throw QueryFaults.Unsupported("Fiscal date grouping"),
                var other => throw Invalid($"The dategrouping '{other}' of attribute '{name}' is not one of day, week, month, quarter, year."),
            };
            AggregateColumns.Add(new AggregateColumn(link, name, alias, function, Flag(attribute, "distinct"), grouping));
        }

        private void ReadOrder(XElement order, ICollection<OrderExpression> orders)
        {
            CheckAttributes(order, "attribute", "alias", "descending", "entityname");
            var descending = Flag(order, "descending");
            var attribute = (string?)order.Attribute("attribute");
            var alias = (string?)order.Attribute("alias");
            if (aggregate)
            {
                AggregateOrders.Add((alias ?? throw Invalid("An <order> of an aggregate query must name an alias, not an attribute."), descending));
                return;
            }

            if (attribute is null)
            {
                throw QueryFaults.Unsupported("An <order> by alias outside an aggregate query");
            }

            orders.Add(new OrderExpression(attribute, descending ? OrderType.Descending : OrderType.Ascending)
            {
                EntityName = (string?)order.Attribute("entityname"),
            });
        }

        private static FilterExpression ReadFilter(XElement filter)
        {
            CheckAttributes(filter, "type", "isquickfindfields", "overridequickfindrecordlimitenabled", "overridequickfindrecordlimitdisabled", "hint");
            var result = new FilterExpression((string?)filter.Attribute("type") switch
            {
                null or "and" => LogicalOperator.And,
                "or" => LogicalOperator.Or,
                var other => throw Invalid($"The filter type '{other}' is not 'and' or 'or'."),
            });
            foreach (var child in filter.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "condition":
                        result.Conditions.Add(ReadCondition(child));
                        break;
                    case "filter":
                        result.AddFilter(ReadFilter(child));
                        break;
                    case "link-entity":
                        throw QueryFaults.Unsupported("A <link-entity> inside a <filter>");
                    default:
                        throw Invalid($"The element <{child.Name}> is not allowed in <filter>.");
                }
            }

            return result;
        }

        private static ConditionExpression ReadCondition(XElement condition)
        {
            CheckAttributes(condition, "attribute", "operator", "value", "entityname", "valueof", "column", "uiname", "uitype", "uihidden", "alias", "aggregate", "rowaggregate");
            var op = FetchOperators.Parse(Required(condition, "operator"));
            if ((string?)condition.Attribute("valueof") is { } otherColumn)
            {
                return new ConditionExpression(Required(condition, "attribute"), op, true, otherColumn)
                {
                    EntityName = (string?)condition.Attribute("entityname"),
                };
            }

            var values = condition.Elements().Select(value => value.Name == "value"
                    ? value.Value
                    : throw Invalid($"The element <{value.Name}> is not allowed in <condition>."))
                .ToList();
            if ((string?)condition.Attribute("value") is { } single)
            {
                values.Insert(0, single);
            }

            return new ConditionExpression(Required(condition, "attribute"), op, values.ToArray<object>())
            {
                EntityName = (string?)condition.Attribute("entityname"),
            };
        }

        private LinkEntity ReadLink(XElement element, string parentTable)
        {
            CheckAttributes(element, "name", "from", "to", "alias", "link-type", "visible", "intersect", "enableprefiltering", "prefilterparametername");
            var name = Required(element, "name");
            var linkType = (string?)element.Attribute("link-type") ?? "inner";
            if (!LinkTypes.Contains(linkType, StringComparer.Ordinal))
            {
                throw Invalid($"The link-type '{linkType}' of <link-entity name=\"{name}\"> is not valid.");
            }

            var join = linkType switch
            {
                "inner" => JoinOperator.Inner,
                "outer" => JoinOperator.LeftOuter,
                "natural" => JoinOperator.Natural,
                "any" => JoinOperator.Any,
                "not-any" => JoinOperator.NotAny,
                "exists" => JoinOperator.Exists,
                "in" => JoinOperator.In,
                "all" => JoinOperator.All,
                "not-all" => JoinOperator.NotAll,
                _ => JoinOperator.MatchFirstRowUsingCrossApply,
            };
            // FetchXML's from is the linked table's column, to the parent's: the reverse of LinkEntity's naming.
            var link = new LinkEntity(parentTable, name, Required(element, "to"), Required(element, "from"), join)
            {
                EntityAlias = (string?)element.Attribute("alias"),
            };
            ReadTable(element, link, link.Columns, link.LinkCriteria, link.Orders, link.LinkEntities);
            return link;
        }
    }
}
