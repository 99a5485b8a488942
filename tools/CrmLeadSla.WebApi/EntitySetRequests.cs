using System.Net;
using System.Text.Json.Nodes;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>
/// Requests on an entity set: query (<c>$select</c>, <c>$filter</c>, <c>$top</c>, <c>$orderby</c>, or <c>?fetchXml=</c> with
/// paging cookies), retrieve, create (POST), update or upsert (PATCH), delete, and the bound bulk actions
/// <c>Microsoft.Dynamics.CRM.CreateMultiple</c> and <c>UpdateMultiple</c>.
/// </summary>
public sealed class EntitySetRequests
{
    private readonly WebApiOrganization organization;
    private readonly Uri serviceRoot;

    /// <summary>Requests on the entity sets of <paramref name="organization"/>, whose URLs start at <paramref name="serviceRoot"/>.</summary>
    public EntitySetRequests(WebApiOrganization organization, Uri serviceRoot)
    {
        this.organization = organization ?? throw new ArgumentNullException(nameof(organization));
        this.serviceRoot = serviceRoot ?? throw new ArgumentNullException(nameof(serviceRoot));
    }

    /// <summary>Answers a request on <paramref name="set"/>, with the key in parentheses and the bound action after a slash, if any.</summary>
    public WebApiAnswer Answer(WebApiRequest request, string set, Guid? key, string? action)
    {
        ArgumentNullException.ThrowIfNull(request);
        var table = organization.Rows.TableOfSet(set)
            ?? throw WebApiFault.NotFound($"Resource not found for the segment '{set}'.");
        return (request.Method, key, action) switch
        {
            ("POST", null, "Microsoft.Dynamics.CRM.UpdateMultiple") => UpdateMultiple(table, request.RequiredBody),
            ("POST", null, "Microsoft.Dynamics.CRM.CreateMultiple") => CreateMultiple(table, request.RequiredBody),
            (_, _, not null) => throw WebApiFault.NotFound($"Resource not found for the segment '{action}'."),
            ("GET", null, _) when request.Option("fetchXml") is string fetchXml => Fetch(request, table, fetchXml),
            ("GET", null, _) => Query(request, table),
            ("GET", Guid id, _) => Retrieve(request, table, id),
            ("POST", null, _) => Create(request, table),
            ("PATCH", Guid id, _) => Patch(request, table, id),
            ("DELETE", Guid id, _) => Delete(table, id),
            _ => throw new WebApiFault(HttpStatusCode.MethodNotAllowed, WebApiFault.ResourceNotFound, $"{request.Method} is not supported on '{set}'."),
        };
    }

    private WebApiAnswer Query(WebApiRequest request, TableDefinition table)
    {
        var query = ODataQuery.Of(table, request.Option("$select"), request.Option("$filter"), request.Option("$top"), request.Option("$orderby"));
        var rows = organization.Run(s => s.RetrieveMultiple(query));
        return WebApiAnswer.Collection(Context(table), rows.Entities.Select(row => organization.Rows.Write(row, request.WantsAnnotations)));
    }

    private WebApiAnswer Fetch(WebApiRequest request, TableDefinition table, string fetchXml)
    {
        var fetch = FetchXmlPage.WithPageSize(fetchXml, request.Prefer);
        var rows = organization.Run(s => s.RetrieveMultiple(new FetchExpression(fetch)));
        var values = rows.Entities.Select(row => organization.Rows.Write(row, request.WantsAnnotations));
        return rows.MoreRecords
            ? WebApiAnswer.Collection(
                Context(table),
                values,
                (ODataAnnotations.FetchXmlPagingCookie, FetchXmlPage.NextPageCookie(FetchXmlPage.PageOf(fetch), rows.PagingCookie)),
                (ODataAnnotations.MoreRecords, true))
            : WebApiAnswer.Collection(Context(table), values);
    }

    private WebApiAnswer Retrieve(WebApiRequest request, TableDefinition table, Guid id)
    {
        var select = request.Option("$select");
        var columns = select is null ? new ColumnSet(true) : ODataQuery.Of(table, select, null, null, null).ColumnSet;
        var row = organization.Run(s => s.Retrieve(table.LogicalName, id, columns));
        var body = organization.Rows.Write(row, request.WantsAnnotations);
        body["@odata.context"] = Context(table) + "/$entity";
        return WebApiAnswer.Ok(body);
    }

    private WebApiAnswer Create(WebApiRequest request, TableDefinition table)
    {
        var row = organization.Rows.Read(table, request.RequiredBody);
        var id = organization.Run(s => s.Create(row));
        return Written(request, table, id, HttpStatusCode.Created);
    }

    // PATCH is an upsert unless If-Match: * says the row must exist (then a missing row is 404).
    private WebApiAnswer Patch(WebApiRequest request, TableDefinition table, Guid id)
    {
        var row = organization.Rows.Read(table, request.RequiredBody, id);
        row[table.PrimaryIdAttribute] = id;
        var exists = organization.Run(s => s.RetrieveMultiple(ExistenceQuery(table, id)).Entities.Count > 0);
        if (!exists && request.IfMatch == "*")
        {
            throw WebApiFault.From(LocalDataverse.Faults.Fault.ObjectDoesNotExist(table.LogicalName, id));
        }

        if (exists)
        {
            row.Attributes.Remove(table.PrimaryIdAttribute);
            organization.Run(s => s.Update(row));
        }
        else
        {
            organization.Run(s => s.Create(row));
        }

        return Written(request, table, id, HttpStatusCode.OK);
    }

    private WebApiAnswer Delete(TableDefinition table, Guid id)
    {
        organization.Run(s => s.Delete(table.LogicalName, id));
        return WebApiAnswer.NoContent;
    }

    private WebApiAnswer UpdateMultiple(TableDefinition table, JsonObject body)
    {
        var targets = Targets(table, body);
        organization.Run(s => s.Execute(new OrganizationRequest("UpdateMultiple") { Parameters = { ["Targets"] = targets } }));
        return WebApiAnswer.NoContent;
    }

    private WebApiAnswer CreateMultiple(TableDefinition table, JsonObject body)
    {
        var targets = Targets(table, body);
        var response = organization.Run(s => s.Execute(new OrganizationRequest("CreateMultiple") { Parameters = { ["Targets"] = targets } }));
        var ids = (Guid[])response.Results["Ids"];
        return WebApiAnswer.Ok(new JsonObject
        {
            ["@odata.context"] = serviceRoot + "$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse",
            ["Ids"] = new JsonArray(ids.Select(id => (JsonNode)id.ToString("D")).ToArray()),
        });
    }

    // Each target names its type (@odata.type) as Dataverse requires; it must be the set's table.
    private EntityCollection Targets(TableDefinition table, JsonObject body)
    {
        var targets = body["Targets"] as JsonArray ?? throw WebApiFault.BadRequest("The body needs a Targets array of rows.");
        var rows = new EntityCollection { EntityName = table.LogicalName };
        foreach (var target in targets.OfType<JsonObject>())
        {
            var type = target[ODataAnnotations.Type]?.GetValue<string>().TrimStart('#');
            if (!string.Equals(type, ODataAnnotations.CrmNamespace + table.LogicalName, StringComparison.OrdinalIgnoreCase))
            {
                throw WebApiFault.BadRequest($"Every target needs \"@odata.type\": \"{ODataAnnotations.CrmNamespace}{table.LogicalName}\" (was '{type}').");
            }

            rows.Entities.Add(organization.Rows.Read(table, target));
        }

        return rows;
    }

    private WebApiAnswer Written(WebApiRequest request, TableDefinition table, Guid id, HttpStatusCode representationStatus)
    {
        var location = new Dictionary<string, string> { ["OData-EntityId"] = $"{serviceRoot}{table.EntitySetName}({id:D})" };
        if (!request.Prefer.Contains("return=representation", StringComparison.OrdinalIgnoreCase))
        {
            return new WebApiAnswer(HttpStatusCode.NoContent, null, location);
        }

        var row = organization.Run(s => s.Retrieve(table.LogicalName, id, new ColumnSet(true)));
        return new WebApiAnswer(representationStatus, organization.Rows.Write(row, request.WantsAnnotations), location);
    }

    private static QueryExpression ExistenceQuery(TableDefinition table, Guid id)
    {
        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(table.PrimaryIdAttribute), TopCount = 1 };
        query.Criteria.AddCondition(table.PrimaryIdAttribute, ConditionOperator.Equal, id);
        return query;
    }

    private string Context(TableDefinition table) => $"{serviceRoot}$metadata#{table.EntitySetName}";
}
