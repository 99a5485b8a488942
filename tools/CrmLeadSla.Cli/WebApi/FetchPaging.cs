using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>Where a FetchXML read stands: the next page number and the paging cookie of the page before it.</summary>
internal sealed record FetchPosition(int Page, string? PagingCookie)
{
    public static FetchPosition First { get; } = new(1, null);
}

/// <summary>One page of a FetchXML read and where the next starts (null after the last page).</summary>
internal sealed record FetchPage(IReadOnlyList<JsonObject> Rows, FetchPosition? Next);

/// <summary>
/// Reads a FetchXML query page by page over the Web API (<c>entityset?fetchXml=…</c>): each page sets page, count and
/// the paging cookie the previous page's <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> annotation carried
/// (its pagingcookie attribute, URL-decoded twice), so pages follow the last row read rather than an offset.
/// </summary>
internal static class FetchPaging
{
    public static async Task<FetchPage> ReadAsync(WebApiClient client, string entitySet, XElement fetch, int pageSize, FetchPosition position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(position);
        var page = new XElement(fetch);
        page.SetAttributeValue("page", position.Page);
        page.SetAttributeValue("count", pageSize);
        page.SetAttributeValue("paging-cookie", position.PagingCookie);
        var answer = await client.GetAsync($"{entitySet}?fetchXml={Uri.EscapeDataString(page.ToString(SaveOptions.DisableFormatting))}", cancellationToken).ConfigureAwait(false);
        return PageOf(answer, position);
    }

    /// <summary>The rows of a FetchXML answer and where the page after it starts.</summary>
    public static FetchPage PageOf(JsonObject answer, FetchPosition position)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var rows = TableShape.Values(answer).ToList();
        var more = answer["@Microsoft.Dynamics.CRM.morerecords"]?.GetValue<bool>() == true;
        return new FetchPage(rows, more ? Next(answer["@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"]?.GetValue<string>(), position) : null);
    }

    /// <summary>Every row of the query, page after page.</summary>
    public static async Task<List<JsonObject>> ReadAllAsync(WebApiClient client, string entitySet, XElement fetch, CancellationToken cancellationToken)
    {
        var rows = new List<JsonObject>();
        FetchPosition? position = FetchPosition.First;
        while (position is not null)
        {
            var page = await ReadAsync(client, entitySet, fetch, 5000, position, cancellationToken).ConfigureAwait(false);
            rows.AddRange(page.Rows);
            position = page.Next;
        }

        return rows;
    }

    private static FetchPosition Next(string? annotation, FetchPosition current)
    {
        if (annotation is null)
        {
            return current with { Page = current.Page + 1, PagingCookie = null };
        }

        var cookie = XElement.Parse(annotation);
        var page = int.TryParse((string?)cookie.Attribute("pagenumber"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : current.Page + 1;
        var paging = (string?)cookie.Attribute("pagingcookie");
        return new FetchPosition(page, paging is null ? null : WebUtility.UrlDecode(WebUtility.UrlDecode(paging)));
    }
}
