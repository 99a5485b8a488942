using System.Net;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The query options of a GET on an entity set or a row, parsed by Microsoft's URI parser against the service model
/// and turned into the QueryExpression the organization runs: <c>$select</c>, <c>$filter</c>, <c>$orderby</c>,
/// <c>$top</c>, <c>$count</c>, <c>$expand</c> and the <c>$skiptoken</c> of <c>@odata.nextLink</c> paging (a page of
/// <c>Prefer: odata.maxpagesize</c> rows, 5,000 by default). What Dataverse refuses (<c>$skip</c>) is refused with its
/// error; what the local endpoint does not do (<c>$apply</c>, <c>$search</c>, <c>$compute</c>) is refused by name.
/// </summary>
internal sealed class ODataQuery
{
    /// <summary>The rows of a page when the caller sets no page size, as in Dataverse.</summary>
    public const int DefaultPageSize = 5000;

    private static readonly string[] Unsupported = ["$apply", "$search", "$compute", "$index", "$levels", "$deltatoken", "$schemaversion"];

    private readonly Uri serviceRoot;
    private readonly string resource;
    private readonly IReadOnlyDictionary<string, string> options;
    private readonly FilterExpression? criteria;
    private readonly IReadOnlyList<LinkEntity> links;
    private readonly IReadOnlyList<OrderExpression> orders;
    private readonly (int Page, string? Cookie) position;

    private ODataQuery(Uri serviceRoot, string resource, IReadOnlyDictionary<string, string> options, ODataUri uri, RowShape shape, FilterTranslation? filter, IReadOnlyList<OrderExpression> orders, long? top, bool count, (int, string?) position)
    {
        this.serviceRoot = serviceRoot;
        this.resource = resource;
        this.options = options;
        criteria = filter?.Result;
        links = filter?.Links ?? [];
        this.orders = orders;
        this.position = position;
        Uri = uri;
        Shape = shape;
        Top = top;
        Count = count;
    }

    /// <summary>The parsed request, for the writer's context URL.</summary>
    public ODataUri Uri { get; }

    /// <summary>What to write of each row.</summary>
    public RowShape Shape { get; }

    /// <summary>$top, or null.</summary>
    public long? Top { get; }

    /// <summary>$count=true.</summary>
    public bool Count { get; }

    /// <summary>Parses the query options of a request on the table's entity set (with the row's key, if any).</summary>
    public static ODataQuery Parse(ServiceModel model, Uri serviceRoot, WebApiRequest request, TableDefinition table, Guid? key)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(table);
        if (request.Option("$skip") is not null)
        {
            throw WebApiFault.QueryRefused("The query parameter $skip is not supported");
        }

        if (Unsupported.FirstOrDefault(o => request.Option(o) is not null) is string option)
        {
            throw WebApiFault.QueryRefused($"The query option {option} is not supported by the local endpoint.");
        }

        var resource = table.EntitySetName + (key is Guid id ? $"({id:D})" : string.Empty);
        var query = string.Join("&", request.Query.Where(q => q.Key.StartsWith('$') || q.Key.StartsWith('@')).Select(q => $"{q.Key}={System.Uri.EscapeDataString(q.Value)}"));
        try
        {
            var parser = new ODataUriParser(model.Model, serviceRoot, new Uri(serviceRoot, resource + (query.Length == 0 ? string.Empty : "?" + query)));
            var path = parser.ParsePath();
            var filter = parser.ParseFilter();
            var selectExpand = parser.ParseSelectAndExpand();
            var orderBy = parser.ParseOrderBy();
            var top = parser.ParseTop();
            var count = parser.ParseCount() ?? false;
            var skipToken = parser.ParseSkipToken();
            var orders = new List<OrderExpression>();
            for (var order = orderBy; order is not null; order = order.ThenBy)
            {
                orders.Add(Expansion.OrderOf(table, order));
            }

            return new ODataQuery(
                serviceRoot,
                resource,
                request.Query,
                new ODataUri { ServiceRoot = serviceRoot, Path = path, SelectAndExpand = selectExpand },
                RowShape.Of(model, table, selectExpand),
                filter is null ? null : new FilterTranslation(model, table).Of(filter),
                orders,
                top,
                count,
                skipToken is null ? (1, null) : Position(skipToken));
        }
        catch (ODataException e)
        {
            throw WebApiFault.QueryRefused(e.Message);
        }
    }

    /// <summary>
    /// The query of the collection: with <c>$top</c> its first rows, else the page the skip token names, of
    /// <paramref name="pageSize"/> rows (Prefer odata.maxpagesize) or 5,000.
    /// </summary>
    public QueryExpression Query(int? pageSize)
    {
        var query = new QueryExpression(Shape.Table.LogicalName) { ColumnSet = Shape.ColumnSet };
        if (criteria is not null)
        {
            query.Criteria = criteria;
        }

        foreach (var link in links)
        {
            query.LinkEntities.Add(link);
        }

        foreach (var order in orders)
        {
            query.Orders.Add(order);
        }

        if (Top is long top)
        {
            query.TopCount = (int)Math.Min(top, int.MaxValue);
        }
        else
        {
            query.PageInfo = new PagingInfo
            {
                Count = Math.Min(pageSize ?? DefaultPageSize, DefaultPageSize),
                PageNumber = position.Page,
                PagingCookie = position.Cookie,
                ReturnTotalRecordCount = Count,
            };
        }

        return query;
    }

    /// <summary>The query that counts the rows the filter matches, whatever <c>$top</c> says (up to 5,000, as Dataverse counts).</summary>
    public QueryExpression CountQuery()
    {
        var query = new QueryExpression(Shape.Table.LogicalName)
        {
            ColumnSet = new ColumnSet(Shape.Table.PrimaryIdAttribute),
            PageInfo = new PagingInfo { Count = 1, PageNumber = 1, ReturnTotalRecordCount = true },
        };
        if (criteria is not null)
        {
            query.Criteria = criteria;
        }

        foreach (var link in links)
        {
            query.LinkEntities.Add(link);
        }

        return query;
    }

    /// <summary>The URL of the page after <paramref name="page"/>: the same request with its skip token.</summary>
    public Uri NextLink(int page, string? pagingCookie)
    {
        var kept = options.Where(o => o.Key != "$skiptoken").Select(o => $"{o.Key}={System.Uri.EscapeDataString(o.Value)}");
        var token = "$skiptoken=" + System.Uri.EscapeDataString(FetchXmlPage.NextPageCookie(page, pagingCookie));
        return new Uri(serviceRoot, resource + "?" + string.Join("&", kept.Append(token)));
    }

    // <cookie pagenumber="2" pagingcookie="…" istracking="False" />, the cookie URL-encoded twice as Dataverse writes it.
    private static (int, string?) Position(string skipToken)
    {
        try
        {
            var cookie = XElement.Parse(skipToken);
            var page = (int?)cookie.Attribute("pagenumber") ?? throw new FormatException();
            var paging = (string?)cookie.Attribute("pagingcookie");
            return (page, string.IsNullOrEmpty(paging) ? null : WebUtility.UrlDecode(WebUtility.UrlDecode(paging)));
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException)
        {
            throw WebApiFault.QueryRefused($"The $skiptoken '{skipToken}' is not one this service wrote: follow @odata.nextLink as it is.");
        }
    }
}
