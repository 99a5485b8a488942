using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>
/// An organization service over the Web API, so code written against <see cref="IOrganizationService"/> (the sample
/// configuration loader, the report export) runs unchanged against an environment: Create, Retrieve, Update, Delete,
/// and RetrieveMultiple of FetchXML or of a QueryExpression (columns, conditions, nested filters, orders, top and
/// paging), which it sends as FetchXML, and CreateMultiple (the bound action of the table's entity set). Other
/// messages are not sent: <see cref="Execute"/> refuses them.
/// </summary>
public sealed class WebApiOrganizationService : IOrganizationService
{
    private readonly WebApiClient client;
    private readonly TableShapes shapes;

    /// <summary>The service over <paramref name="client"/>.</summary>
    public WebApiOrganizationService(WebApiClient client)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        shapes = new TableShapes(client);
    }

    /// <inheritdoc />
    public Guid Create(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var shape = Shape(entity.LogicalName);
        return Wait(client.CreateAsync(shape.EntitySetName, Body(shape, entity), CancellationToken.None));
    }

    /// <inheritdoc />
    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        ArgumentNullException.ThrowIfNull(columnSet);
        var shape = Shape(entityName);
        var select = columnSet.AllColumns ? string.Empty : "?$select=" + string.Join(",", columnSet.Columns.Select(c => Property(shape, c)));
        return EntityJson.Read(shape, Wait(client.GetAsync($"{shape.EntitySetName}({id:D}){select}", CancellationToken.None)));
    }

    /// <inheritdoc />
    public void Update(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var shape = Shape(entity.LogicalName);
        var body = Body(shape, entity);
        body.Remove(shape.PrimaryIdAttribute);
        Wait(client.UpdateAsync(shape.EntitySetName, entity.Id, body, CancellationToken.None));
    }

    /// <inheritdoc />
    public void Delete(string entityName, Guid id) => Wait(client.DeleteAsync($"{Shape(entityName).EntitySetName}({id:D})", CancellationToken.None));

    /// <inheritdoc />
    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        var fetch = query switch
        {
            FetchExpression expression => XElement.Parse(expression.Query),
            QueryExpression expression => FetchOf(expression),
            _ => throw new NotSupportedException($"The Web API organization service sends FetchXML and QueryExpression, not {query?.GetType().Name}."),
        };
        var table = (string)fetch.Element("entity")!.Attribute("name")!;
        var shape = Shape(table);
        var answer = Wait(client.GetAsync($"{shape.EntitySetName}?fetchXml={Uri.EscapeDataString(fetch.ToString(SaveOptions.DisableFormatting))}", CancellationToken.None));
        var page = FetchPaging.PageOf(answer, FetchPosition.First);
        var rows = new EntityCollection(page.Rows.Select(row => EntityJson.Read(shape, row)).ToList())
        {
            EntityName = table,
            MoreRecords = page.Next is not null,
            PagingCookie = page.Next?.PagingCookie,
        };
        return rows;
    }

    /// <summary>
    /// Sends CreateMultiple (its Targets, one table's new rows, all created or none) and answers with the new rows'
    /// <c>Ids</c>; refuses other messages: the commands call those actions through <see cref="WebApiClient"/> with
    /// their Web API shape.
    /// </summary>
    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RequestName == "CreateMultiple" && request.Parameters.TryGetValue("Targets", out var targets) && targets is EntityCollection rows
            ? CreateMultiple(rows)
            : throw new NotSupportedException($"The Web API organization service does not send {request.RequestName}.");
    }

    /// <summary>Not sent (see <see cref="Execute"/>).</summary>
    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("The Web API organization service does not associate rows.");

    /// <summary>Not sent (see <see cref="Execute"/>).</summary>
    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("The Web API organization service does not disassociate rows.");

    private OrganizationResponse CreateMultiple(EntityCollection rows)
    {
        var shape = Shape(rows.EntityName);
        var targets = new JsonArray(rows.Entities.Select(row => (JsonNode)Body(shape, row, typed: true)).ToArray());
        var answer = Wait(client.PostAsync($"{shape.EntitySetName}/Microsoft.Dynamics.CRM.CreateMultiple", new JsonObject { ["Targets"] = targets }, CancellationToken.None));
        var ids = answer?["Ids"] is JsonArray created ? created.Select(id => Guid.Parse(id!.GetValue<string>())).ToArray() : [];
        return new OrganizationResponse { ResponseName = "CreateMultiple", Results = { ["Ids"] = ids } };
    }

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();

    private TableShape Shape(string table) => Wait(shapes.OfAsync(table, CancellationToken.None));

    private JsonObject Body(TableShape shape, Entity entity, bool typed = false)
    {
        // A lookup names a row of another table: its entity set must be known before the body binds it.
        foreach (var reference in entity.Attributes.Values.OfType<EntityReference>())
        {
            Shape(reference.LogicalName);
        }

        return EntityJson.Write(shapes, shape, entity, typed);
    }

    private static string Property(TableShape shape, string column) =>
        shape.Lookups.Any(l => string.Equals(l.Column, column, StringComparison.OrdinalIgnoreCase)) ? $"_{column}_value" : column;

    private static XElement FetchOf(QueryExpression query)
    {
        var entity = new XElement("entity", new XAttribute("name", query.EntityName));
        if (query.ColumnSet.AllColumns)
        {
            entity.Add(new XElement("all-attributes"));
        }
        else
        {
            entity.Add(query.ColumnSet.Columns.Select(c => new XElement("attribute", new XAttribute("name", c))));
        }

        entity.Add(query.Orders.Select(o => new XElement(
            "order",
            new XAttribute("attribute", o.AttributeName),
            new XAttribute("descending", o.OrderType == OrderType.Descending ? "true" : "false"))));
        if (query.Criteria.Conditions.Count > 0 || query.Criteria.Filters.Count > 0)
        {
            entity.Add(Filter(query.Criteria));
        }

        var fetch = new XElement("fetch", entity);
        if (query.TopCount is int top)
        {
            fetch.SetAttributeValue("top", top);
        }

        if (query.PageInfo is { Count: > 0 } paging)
        {
            fetch.SetAttributeValue("count", paging.Count);
            fetch.SetAttributeValue("page", Math.Max(1, paging.PageNumber));
            fetch.SetAttributeValue("paging-cookie", paging.PagingCookie);
        }

        return fetch;
    }

    private static XElement Filter(FilterExpression filter) =>
        new(
            "filter",
            new XAttribute("type", filter.FilterOperator == LogicalOperator.Or ? "or" : "and"),
            filter.Conditions.Select(Condition),
            filter.Filters.Select(Filter));

    private static XElement Condition(ConditionExpression condition)
    {
        var element = new XElement("condition", new XAttribute("attribute", condition.AttributeName), new XAttribute("operator", Operator(condition.Operator)));
        if (condition.Operator is ConditionOperator.In or ConditionOperator.NotIn)
        {
            element.Add(condition.Values.Select(v => new XElement("value", Literal(v))));
        }
        else if (condition.Values.Count == 1)
        {
            element.SetAttributeValue("value", Literal(condition.Values[0]));
        }

        return element;
    }

    private static string Operator(ConditionOperator op) => op switch
    {
        ConditionOperator.Equal => "eq",
        ConditionOperator.NotEqual => "ne",
        ConditionOperator.GreaterThan => "gt",
        ConditionOperator.GreaterEqual => "ge",
        ConditionOperator.LessThan => "lt",
        ConditionOperator.LessEqual => "le",
        ConditionOperator.Like => "like",
        ConditionOperator.In => "in",
        ConditionOperator.NotIn => "not-in",
        ConditionOperator.Null => "null",
        ConditionOperator.NotNull => "not-null",
        _ => throw new NotSupportedException($"The Web API organization service does not translate the condition operator {op}."),
    };

    private static string Literal(object? value) => value switch
    {
        Guid id => id.ToString("D"),
        bool flag => flag ? "1" : "0",
        DateTime time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference reference => reference.Id.ToString("D"),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? string.Empty,
    };
}
