using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// A table's main forms (&lt;FormXml&gt;&lt;forms type="main"&gt;/&lt;systemform&gt;): tabs, sections, the fields of columns and
/// the subgrids of related rows, as the model stores forms. Other form types and other controls are left out, with a note.
/// </summary>
internal static class SystemFormReader
{
    private const string SubgridClass = "{E7A81278-8635-4D9E-8D4D-59480B391C5B}";

    public static IEnumerable<FormDefinition> Read(ZipPart part, ZipTable table, ImportNotes notes)
    {
        foreach (var forms in table.Element.Element("FormXml")?.Elements("forms") ?? [])
        {
            var type = (string?)forms.Attribute("type") ?? "main";
            if (type != "main")
            {
                notes.Add($"{part.Name}: {type} forms are not modelled by the local Dataverse; those of '{table.Table.LogicalName}' are left out.");
                continue;
            }

            foreach (var form in forms.Elements("systemform"))
            {
                yield return Read(part, form, table.Table, notes);
            }
        }
    }

    private static FormDefinition Read(ZipPart part, XElement element, TableDefinition table, ImportNotes notes)
    {
        var id = part.Id(part.Required(element, "formid", $"table '{table.LogicalName}', <systemform>"), "form id", $"table '{table.LogicalName}'");
        var name = ZipPart.Labels(element.Element("LocalizedNames"));
        var component = $"table '{table.LogicalName}', form '{name.In(1033)}' ({id:D})";
        var tabs = element.Element("form")?.Element("tabs")?.Elements("tab") ?? [];
        return new FormDefinition
        {
            Id = id,
            Table = table.LogicalName,
            Name = name,
            Description = ZipPart.Labels(element.Element("Descriptions")),
            Tabs = [.. tabs.Select(t => new FormTab(
                NameOf(t),
                ZipPart.Labels(t.Element("labels")),
                [.. t.Element("columns")?.Elements("column").SelectMany(c => c.Element("sections")?.Elements("section") ?? []).Select(s => new FormSection(
                    NameOf(s),
                    ZipPart.Labels(s.Element("labels")),
                    [.. s.Element("rows")?.Elements("row").SelectMany(r => r.Elements("cell")).Select(c => Control(part, c, table, component, notes)).OfType<FormControl>() ?? []])) ?? []]))],
            SourceFile = $"{part.Name} ({component})",
        };
    }

    private static string NameOf(XElement element) => (string?)element.Attribute("name") ?? (string?)element.Attribute("id") ?? string.Empty;

    private static FormControl? Control(ZipPart part, XElement cell, TableDefinition table, string component, ImportNotes notes)
    {
        var control = cell.Element("control");
        if (control is null)
        {
            return null;
        }

        var parameters = control.Element("parameters");
        if ((string?)control.Attribute("indicationOfSubgrid") == "true" || string.Equals((string?)control.Attribute("classid"), SubgridClass, StringComparison.OrdinalIgnoreCase))
        {
            var view = ZipPart.Text(parameters ?? cell, "ViewId");
            return new FormSubgrid(
                (string?)control.Attribute("id") ?? string.Empty,
                (ZipPart.Text(parameters ?? cell, "TargetEntityType") ?? string.Empty).ToLowerInvariant(),
                ZipPart.Text(parameters ?? cell, "RelationshipName") ?? string.Empty,
                view is null ? Guid.Empty : part.Id(view, "subgrid view id", component),
                ZipPart.Labels(cell.Element("labels")));
        }

        if ((string?)control.Attribute("datafieldname") is not { Length: > 0 } column)
        {
            notes.Add($"{part.Name}: form controls without a column (web resources, spacers, quick views) are not modelled by the local Dataverse; they are left out.");
            return null;
        }

        column = column.ToLowerInvariant();
        return table.Column(column) is null
            ? throw part.Error(component, $"the form shows the column '{column}', which the table '{table.LogicalName}' has neither in the zip nor in the organization.", $"Add the column to the table, or remove it from the form.")
            : new FormField(column, (string?)control.Attribute("disabled") == "true");
    }
}
