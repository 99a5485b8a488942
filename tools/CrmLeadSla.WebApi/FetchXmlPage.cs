using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace CrmLeadSla.WebApi;

/// <summary>
/// FetchXML over the Web API (<c>?fetchXml=</c>): the page a fetch asks for, and the paging cookie annotation of the
/// next one — <c>&lt;cookie pagenumber="2" pagingcookie="…" istracking="False" /&gt;</c> with the organization's cookie
/// URL-encoded twice, as Dataverse writes it; the caller decodes it and passes it back in the fetch's paging-cookie.
/// </summary>
public static class FetchXmlPage
{
    /// <summary>The fetch to run: a <c>Prefer: odata.maxpagesize</c> sets the page size of a fetch that sets neither count nor top.</summary>
    public static string WithPageSize(string fetchXml, string prefer)
    {
        ArgumentNullException.ThrowIfNull(prefer);
        var fetch = Parse(fetchXml);
        var size = PreferredPageSize(prefer);
        if (size is not null && fetch.Attribute("count") is null && fetch.Attribute("top") is null)
        {
            fetch.SetAttributeValue("count", size.Value);
        }

        return fetch.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The page number the fetch asks for (1 when it names none).</summary>
    public static int PageOf(string fetchXml) =>
        int.TryParse((string?)Parse(fetchXml).Attribute("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1;

    /// <summary>The annotation value that lets the caller ask for the page after <paramref name="page"/>.</summary>
    public static string NextPageCookie(int page, string? pagingCookie) =>
        new XElement(
            "cookie",
            new XAttribute("pagenumber", page + 1),
            new XAttribute("pagingcookie", WebUtility.UrlEncode(WebUtility.UrlEncode(pagingCookie ?? string.Empty))),
            new XAttribute("istracking", "False")).ToString(SaveOptions.DisableFormatting);

    /// <summary>The page size of <c>Prefer: odata.maxpagesize=N</c>, or null.</summary>
    public static int? PreferredPageSize(string prefer)
    {
        const string Key = "odata.maxpagesize=";
        var at = prefer.IndexOf(Key, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var digits = new string(prefer[(at + Key.Length)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : null;
    }

    private static XElement Parse(string fetchXml)
    {
        try
        {
            return XElement.Parse(fetchXml);
        }
        catch (System.Xml.XmlException e)
        {
            throw WebApiFault.BadRequest($"The fetchXml parameter is not valid XML: {e.Message}");
        }
    }
}
