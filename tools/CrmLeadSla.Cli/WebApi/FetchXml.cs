using System.Xml.Linq;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>A FetchXML query of one table: its columns, conditions (all must hold) and an ascending order.</summary>
internal static class FetchXml
{
    public static XElement Query(string table, IEnumerable<string> columns, string? orderBy, params (string Column, string Operator, string? Value)[] conditions)
    {
        var entity = new XElement("entity", new XAttribute("name", table));
        entity.Add(columns.Distinct(StringComparer.OrdinalIgnoreCase).Select(c => new XElement("attribute", new XAttribute("name", c))));
        if (orderBy is not null)
        {
            entity.Add(new XElement("order", new XAttribute("attribute", orderBy)));
        }

        if (conditions.Length > 0)
        {
            entity.Add(new XElement(
                "filter",
                conditions.Select(c => new XElement(
                    "condition",
                    new XAttribute("attribute", c.Column),
                    new XAttribute("operator", c.Operator),
                    c.Value is null ? null : new XAttribute("value", c.Value)))));
        }

        return new XElement("fetch", entity);
    }
}
