using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Import;

/// <summary>A table's system views (&lt;SavedQueries&gt;/&lt;savedquery&gt;): query type, default flag, FetchXML, grid columns and names.</summary>
internal static class SavedQueryReader
{
    private static readonly HashSet<string> Known =
    [
        "IsCustomizable", "CanBeDeleted", "isquickfindquery", "isprivate", "isdefault", "returnedtypecode", "savedqueryid", "layoutxml", "querytype",
        "fetchxml", "IntroducedVersion", "LocalizedNames", "Descriptions", "queryapi", "layoutjson", "offlinesqlquery", "columnsetxml", "isuserdefined",
    ];

    public static IEnumerable<ViewDefinition> Read(ZipPart part, ZipTable table, ImportNotes notes)
    {
        foreach (var element in table.Element.Element("SavedQueries")?.Element("savedqueries")?.Elements("savedquery") ?? [])
        {
            if (Read(part, element, table.Table, notes) is { } view)
            {
                yield return view;
            }
        }
    }

    private static ViewDefinition? Read(ZipPart part, XElement element, TableDefinition table, ImportNotes notes)
    {
        var id = part.Id(part.Required(element, "savedqueryid", $"table '{table.LogicalName}', <savedquery>"), "view id", $"table '{table.LogicalName}'");
        var name = ZipPart.Labels(element.Element("LocalizedNames"));
        var component = $"table '{table.LogicalName}', view '{name.In(1033)}' ({id:D})";
        notes.Unknown(part.Name, element, Known);
        var queryType = part.Int(element, "querytype", component) ?? 0;
        if (!Enum.IsDefined((ViewQueryType)queryType))
        {
            notes.Add($"{part.Name}: views of query type {queryType.ToString(CultureInfo.InvariantCulture)} are not modelled by the local Dataverse; {component} is left out.");
            return null;
        }

        var fetch = element.Element("fetchxml")?.Element("fetch") ?? throw part.Error(component, "the view has no <fetchxml><fetch>.", "Export the solution again.");
        if (!string.Equals((string?)fetch.Element("entity")?.Attribute("name"), table.LogicalName, StringComparison.OrdinalIgnoreCase))
        {
            throw part.Error(component, $"the FetchXML does not query the view's table '{table.LogicalName}'.", "Export the solution again.");
        }

        var cells = element.Element("layoutxml")?.Element("grid")?.Element("row")?.Elements("cell") ?? [];
        return new ViewDefinition
        {
            Id = id,
            Table = table.LogicalName,
            Name = name,
            Description = ZipPart.Labels(element.Element("Descriptions")),
            QueryType = (ViewQueryType)queryType,
            IsDefault = part.Flag(element, "isdefault", component),
            FetchXml = fetch.ToString(SaveOptions.DisableFormatting),
            Layout = [.. cells.Select(c => new ViewColumn(part.RequiredAttribute(c, "name", component), (int?)c.Attribute("width") ?? 150))],
            SourceFile = $"{part.Name} ({component})",
        };
    }
}
