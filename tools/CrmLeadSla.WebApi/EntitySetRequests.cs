using System.Net;
using System.Text.Json.Nodes;
using CrmLeadSla.Solution.Metadata;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>
/// Requests on an entity set: query (OData query options, or <c>?fetchXml=</c> with paging cookies), retrieve, create
/// (POST), update or upsert (PATCH), delete, and the bound bulk actions <c>Microsoft.Dynamics.CRM.CreateMultiple</c>
/// and <c>UpdateMultiple</c>. Rows are written by Microsoft's OData writer against the service model.
/// </summary>
public sealed class EntitySetRequests
{
    private readonly WebApiOrganization organization;
    private readonly ServiceModel model;
    private readonly Uri serviceRoot;
    private readonly RelatedRows related;
    private readonly RowBody bodies;

    /// <summary>Requests on the entity sets of <paramref name="organization"/>, whose URLs start at <paramref name="serviceRoot"/>.</summary>
    public EntitySetRequests(WebApiOrganization organization, ServiceModel model, Uri serviceRoot)
    {
        this.organization = organization ?? throw new ArgumentNullException(nameof(organization));
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.serviceRoot = serviceRoot ?? throw new ArgumentNullException(nameof(serviceRoot));
        related = new RelatedRows(organization);
        bodies = new RowBody(model, organization.Rows, serviceRoot);
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
            ("DELETE", Guid id, _) => Delete(request, table, id),
            _ => throw new WebApiFault(HttpStatusCode.MethodNotAllowed, WebApiFault.ResourceNotFound, $"{request.Method} is not supported on '{set}'."),
        };
    }

    private WebApiAnswer Query(WebApiRequest request, TableDefinition table)
    {
        var options = ODataQuery.Parse(model, serviceRoot, request, table, null);
        var query = options.Query(FetchXmlPage.PreferredPageSize(request.Prefer));
        var page = organization.Run(s => s.RetrieveMultiple(query));
        var rows = related.Expand(page.Entities, options.Shape);
        long? count = !options.Count ? null
            : options.Top is null ? page.TotalRecordCount
            : organization.Run(s => s.RetrieveMultiple(options.CountQuery())).TotalRecordCount;
        var next = page.MoreRecords && options.Top is null ? options.NextLink(query.PageInfo.PageNumber, page.PagingCookie) : null;
        return new ODataPayload(model, options.Uri, request.WantsAnnotations).Collection(model.SetOf(table), options.Shape, rows, count, next);
    }

    // FetchXML is Dataverse's own extension: its rows may carry link-entity columns the entity type does not declare.
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
        var options = ODataQuery.Parse(model, serviceRoot, request, table, id);
        var row = organization.Run(s => s.Retrieve(table.LogicalName, id, options.Shape.ColumnSet));
        if (request.IfNoneMatch is string etag && etag == ETagOf(row))
        {
            return new WebApiAnswer(HttpStatusCode.NotModified);
        }

        return new ODataPayload(model, options.Uri, request.WantsAnnotations).Single(model.SetOf(table), options.Shape, related.Expand([row], options.Shape)[0]);
    }

    private WebApiAnswer Create(WebApiRequest request, TableDefinition table)
    {
        var row = bodies.Read(table, request.RequiredBody);
        var id = organization.Run(s => s.Create(row));
        return Written(request, table, id, HttpStatusCode.Created);
    }

    // PATCH is an upsert unless If-Match says the row must exist (* any version, an ETag that version); If-None-Match: *
    // makes it a create that fails when the row exists.
    private WebApiAnswer Patch(WebApiRequest request, TableDefinition table, Guid id)
    {
        var row = bodies.Read(table, request.RequiredBody, id);
        var existing = organization.Run(s => s.RetrieveMultiple(ExistenceQuery(table, id)).Entities.FirstOrDefault());
        if (existing is null && request.IfMatch is not null)
        {
            throw WebApiFault.From(LocalDataverse.Faults.Fault.ObjectDoesNotExist(table.LogicalName, id));
        }

        if (existing is not null && request.IfNoneMatch == "*")
        {
            throw new WebApiFault(HttpStatusCode.PreconditionFailed, LocalDataverse.Faults.ErrorCodes.DuplicateRecord, "A record with matching key values already exists.");
        }

        if (existing is null)
        {
            row[table.PrimaryIdAttribute] = id;
            organization.Run(s => s.Create(row));
        }
        else
        {
            organization.Run(s => s.Execute(Concurrent(new UpdateRequest { Target = row }, request.IfMatch)));
        }

        return Written(request, table, id, HttpStatusCode.OK);
    }

    private WebApiAnswer Delete(WebApiRequest request, TableDefinition table, Guid id)
    {
        organization.Run(s => s.Execute(Concurrent(new DeleteRequest { Target = new EntityReference(table.LogicalName, id) }, request.IfMatch)));
        return WebApiAnswer.NoContent;
    }

    // If-Match: W/"123" writes only while the row still has version 123 (Dataverse's optimistic concurrency).
    private static OrganizationRequest Concurrent(OrganizationRequest write, string? ifMatch)
    {
        if (ifMatch is null || ifMatch == "*")
        {
            return write;
        }

        var version = ifMatch.StartsWith("W/", StringComparison.Ordinal) ? ifMatch[2..].Trim('"') : ifMatch.Trim('"');
        write["ConcurrencyBehavior"] = ConcurrencyBehavior.IfRowVersionMatches;
        switch (write)
        {
            case UpdateRequest update:
                update.Target.RowVersion = version;
                break;
            case DeleteRequest delete:
                delete.Target.RowVersion = version;
                break;
        }

        return write;
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
            if (!string.Equals(type, ODataAnnotations.CrmNamespace + table.LogicalName, StringComparison.Ordinal))
            {
                throw WebApiFault.BadRequest($"Every target needs \"@odata.type\": \"{ODataAnnotations.CrmNamespace}{table.LogicalName}\" (was '{type}').");
            }

            rows.Entities.Add(organization.Rows.Read(table, target));
        }

        return rows;
    }

    // 204 with OData-EntityId; with Prefer: return=representation the row as $select asks (201 after a create).
    private WebApiAnswer Written(WebApiRequest request, TableDefinition table, Guid id, HttpStatusCode representationStatus)
    {
        var location = new Dictionary<string, string> { ["OData-EntityId"] = $"{serviceRoot}{table.EntitySetName}({id:D})" };
        if (!request.Prefer.Contains("return=representation", StringComparison.OrdinalIgnoreCase))
        {
            return new WebApiAnswer(HttpStatusCode.NoContent, null, location);
        }

        var options = ODataQuery.Parse(model, serviceRoot, request with { Query = request.Query.Where(q => q.Key is "$select" or "$expand").ToDictionary() }, table, id);
        var row = organization.Run(s => s.Retrieve(table.LogicalName, id, options.Shape.ColumnSet));
        location["Preference-Applied"] = "return=representation";
        return new ODataPayload(model, options.Uri, request.WantsAnnotations).Single(model.SetOf(table), options.Shape, related.Expand([row], options.Shape)[0], representationStatus, location);
    }

    private static string? ETagOf(Entity row) => row.RowVersion is null ? null : $"W/\"{row.RowVersion}\"";

    private static QueryExpression ExistenceQuery(TableDefinition table, Guid id)
    {
        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(table.PrimaryIdAttribute), TopCount = 1 };
        query.Criteria.AddCondition(table.PrimaryIdAttribute, ConditionOperator.Equal, id);
        return query;
    }

    private string Context(TableDefinition table) => $"{serviceRoot}$metadata#{table.EntitySetName}";
}
