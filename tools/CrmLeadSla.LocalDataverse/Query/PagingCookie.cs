using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Dataverse's paging cookie: <c>&lt;cookie page="1"&gt;&lt;leadid last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>,
/// one element per sort column of the main table and one for the primary key, each with the first and
/// last value of the page (lastnull/firstnull for a null).
/// </summary>
internal static class PagingCookie
{
    /// <summary>The cookie of a page.</summary>
    public static string Write(int page, Entity?[] first, Entity?[] last, BoundQuery query)
    {
        var keys = query.Orders.Where(order => order.Column.Slot == 0).Select(order => order.Column.Column)
            .Append(query.Table.Column(query.Table.PrimaryIdAttribute) ?? new ColumnDefinition { LogicalName = query.Table.PrimaryIdAttribute, Kind = ColumnKind.PrimaryKey })
            .DistinctBy(column => column.LogicalName);
        var cookie = new XElement("cookie", new XAttribute("page", page));
        foreach (var column in keys)
        {
            cookie.Add(new XElement(
                column.LogicalName,
                Bound("last", ComparableValue.Read(last[0]!, column)),
                Bound("first", ComparableValue.Read(first[0]!, column))));
        }

        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Checks a cookie passed back; the page itself is found by its number.</summary>
    public static void Check(string cookie)
    {
        try
        {
            var root = XElement.Parse(cookie);
            if (root.Name != "cookie" || !int.TryParse((string?)root.Attribute("page"), out _))
            {
                throw new XmlException("The root element must be <cookie page=\"n\">.");
            }
        }
        catch (XmlException e)
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"The paging cookie is not valid: {e.Message}");
        }
    }

    private static XAttribute Bound(string name, object? value) => value switch
    {
        null => new XAttribute(name + "null", "1"),
        Guid id => new XAttribute(name, id.ToString("B").ToUpperInvariant()),
        DateTime date => new XAttribute(name, date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
        bool flag => new XAttribute(name, flag ? "1" : "0"),
        IFormattable number => new XAttribute(name, number.ToString(null, CultureInfo.InvariantCulture)),
        _ => new XAttribute(name, value.ToString()!),
    };
}
