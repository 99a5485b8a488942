using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Packing;

/// <summary>A system view as a &lt;savedquery&gt; of its table: FetchXML, the grid's layout, names and query type.</summary>
internal sealed class ViewXml(Labels labels, string introducedVersion)
{
    public XElement For(ViewDefinition view, TableDefinition table) =>
        new("savedquery",
            new XElement("IsCustomizable", "1"),
            new XElement("CanBeDeleted", "1"),
            new XElement("isquickfindquery", view.QueryType == ViewQueryType.QuickFind ? "1" : "0"),
            new XElement("isprivate", "0"),
            new XElement("isdefault", view.IsDefault ? "1" : "0"),
            new XElement("savedqueryid", "{" + view.Id.ToString("D") + "}"),
            new XElement("layoutxml",
                new XElement("grid",
                    new XAttribute("name", "resultset"),
                    new XAttribute("jump", table.PrimaryNameAttribute),
                    new XAttribute("select", "1"),
                    new XAttribute("icon", "1"),
                    new XAttribute("preview", "1"),
                    new XElement("row",
                        new XAttribute("name", "result"),
                        new XAttribute("id", table.PrimaryIdAttribute),
                        view.Layout.Select(c => new XElement("cell",
                            new XAttribute("name", c.Name),
                            new XAttribute("width", c.Width.ToString(CultureInfo.InvariantCulture))))))),
            new XElement("querytype", ((int)view.QueryType).ToString(CultureInfo.InvariantCulture)),
            new XElement("fetchxml", XElement.Parse(view.FetchXml)),
            new XElement("IntroducedVersion", introducedVersion),
            labels.List("LocalizedNames", "LocalizedName", view.Name),
            labels.List("Descriptions", "Description", view.Description));
}
