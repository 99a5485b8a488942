using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Dataverse's paging cookie: <c>&lt;cookie page="1"&gt;&lt;leadid last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>,
/// one element per sort column of the main table and one for the primary key, each with the first and
/// last value of the page (lastnull/firstnull for a null). Passed back with the next page number, it makes
/// the next page start after the last row of the previous one, so rows that changed in between do not
/// shift the pages.
/// </summary>
internal static class PagingCookie
{
    /// <summary>The cookie of a page.</summary>
    public static string Write(int page, Entity?[] first, Entity?[] last, BoundQuery query)
    {
        var cookie = new XElement("cookie", new XAttribute("page", page));
        foreach (var (column, _) in Keys(query))
        {
            cookie.Add(new XElement(
                column.LogicalName,
                Bound("last", ComparableValue.Read(last[0]!, column)),
                Bound("first", ComparableValue.Read(first[0]!, column))));
        }

        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A cookie passed back, or the fault for a malformed one.</summary>
    public static XElement Parse(string cookie)
    {
        try
        {
            var root = XElement.Parse(cookie);
            return root.Name == "cookie" && int.TryParse((string?)root.Attribute("page"), out _)
                ? root
                : throw new XmlException("The root element must be <cookie page=\"n\">.");
        }
        catch (XmlException e)
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"The paging cookie is not valid: {e.Message}");
        }
    }

    /// <summary>
    /// The index of the first row after the cookie's last row, when the cookie is of the previous page and its
    /// values can be compared as the rows are sorted; otherwise null (the page is then found by its number).
    /// </summary>
    public static int? ResumeAt(XElement cookie, int pageNumber, IReadOnlyList<Entity?[]> rows, BoundQuery query)
    {
        // Choices and lookups sort by label and name, which the cookie's stored values do not carry.
        if ((int)cookie.Attribute("page")! != pageNumber - 1 || query.Orders.Any(o => o.Column.Slot != 0 || !SortsByValue(o.Column.Column)))
        {
            return null;
        }

        var keys = Keys(query).ToList();
        var last = new List<object?>();
        foreach (var (column, _) in keys)
        {
            var element = cookie.Element(column.LogicalName);
            var text = (string?)element?.Attribute("last");
            if (element is null || (text is null && element.Attribute("lastnull") is null))
            {
                return null;
            }

            var value = text is null ? null : ComparableValue.FromQuery(text, column.Kind);
            if (text is not null && value is null)
            {
                return null;
            }

            last.Add(value);
        }

        var index = 0;
        while (index < rows.Count && !After(rows[index], last, keys))
        {
            index++;
        }

        return index;
    }

    private static bool After(Entity?[] row, List<object?> last, List<(ColumnDefinition Column, bool Descending)> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var order = NullsFirst.Instance.Compare(ComparableValue.Read(row[0]!, keys[i].Column), last[i]);
            if (order != 0)
            {
                return keys[i].Descending ? order < 0 : order > 0;
            }
        }

        return false;
    }

    private static bool SortsByValue(ColumnDefinition column) => column.Kind is not (
        ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status or ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner);

    // The main table's sort columns, then its primary key: the columns the cookie carries.
    private static IEnumerable<(ColumnDefinition Column, bool Descending)> Keys(BoundQuery query) => query.Orders
        .Where(order => order.Column.Slot == 0)
        .Select(order => (order.Column.Column, order.Descending))
        .Append((query.Table.Column(query.Table.PrimaryIdAttribute) ?? new ColumnDefinition { LogicalName = query.Table.PrimaryIdAttribute, Kind = ColumnKind.PrimaryKey }, false))
        .DistinctBy(key => key.Item1.LogicalName);

    private static XAttribute Bound(string name, object? value) => value switch
    {
        null => new XAttribute(name + "null", "1"),
        Guid id => new XAttribute(name, id.ToString("B").ToUpperInvariant()),
        DateTime date => new XAttribute(name, date.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture)),
        bool flag => new XAttribute(name, flag ? "1" : "0"),
        IFormattable number => new XAttribute(name, number.ToString(null, CultureInfo.InvariantCulture)),
        _ => new XAttribute(name, value.ToString()!),
    };
}
