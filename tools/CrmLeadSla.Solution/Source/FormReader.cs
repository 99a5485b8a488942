using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>Reads a main form file (Forms/&lt;file&gt;.xml): tabs, sections, fields of the table's columns and subgrids of related rows.</summary>
internal static class FormReader
{
    public static FormDefinition Read(SourceFile file, SourceContext context, MetadataModel metadata, IReadOnlyList<ViewDefinition> views)
    {
        file.ExpectRoot("form");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "id", "table");
        Vocabulary.AllowChildren(file, root, "label", "tab");
        var table = file.RequiredTable(root, metadata);
        var (name, description) = context.NameAndDescription(file, root, "form");

        var names = new HashSet<string>(StringComparer.Ordinal);
        var tabs = root.Elements("tab").Select(tab => ReadTab(file, tab, context, table, metadata, views, names)).ToList();
        return tabs.Count > 0
            ? new FormDefinition { Id = file.RequiredGuid(root, "id"), Table = table.LogicalName, Name = name, Description = description, Tabs = tabs, SourceFile = file.Name }
            : throw file.Error(root, "the form has no tab.", "Add <tab name=\"…\"> with at least one <section>.");
    }

    private static FormTab ReadTab(SourceFile file, XElement tab, SourceContext context, TableDefinition table, MetadataModel metadata, IReadOnlyList<ViewDefinition> views, HashSet<string> names)
    {
        Vocabulary.AllowOnly(file, tab, "name");
        Vocabulary.AllowChildren(file, tab, "label", "section");
        var tabName = UniqueName(file, tab, names);
        var sections = tab.Elements("section").Select(section => ReadSection(file, section, context, table, metadata, views, names)).ToList();
        return sections.Count > 0
            ? new FormTab(tabName, Label(file, tab, context), sections)
            : throw file.Error(tab, "the tab has no section.", "Add a <section name=\"…\"> with its fields.");
    }

    private static FormSection ReadSection(SourceFile file, XElement section, SourceContext context, TableDefinition table, MetadataModel metadata, IReadOnlyList<ViewDefinition> views, HashSet<string> names)
    {
        Vocabulary.AllowOnly(file, section, "name");
        Vocabulary.AllowChildren(file, section, "label", "field", "subgrid");
        var sectionName = UniqueName(file, section, names);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        var controls = new List<FormControl>();
        foreach (var control in section.Elements().Where(e => e.Name.LocalName != "label"))
        {
            controls.Add(control.Name.LocalName == "field"
                ? ReadField(file, control, table, columns)
                : ReadSubgrid(file, control, context, table, metadata, views, names));
        }

        return new FormSection(sectionName, Label(file, section, context), controls);
    }

    private static FormField ReadField(SourceFile file, XElement field, TableDefinition table, HashSet<string> columns)
    {
        Vocabulary.AllowOnly(file, field, "column", "readonly");
        var column = file.Required(field, "column");
        if (table.Column(column) is null)
        {
            throw file.Error(field, $"'{table.LogicalName}' has no column '{column}'.", "Correct the column name, or add the column to the table's file in Tables/.");
        }

        return columns.Add(column)
            ? new FormField(column, file.Flag(field, "readonly", otherwise: false))
            : throw file.Error(field, $"the column '{column}' is placed twice in the section.", "Remove one of the fields.");
    }

    private static FormSubgrid ReadSubgrid(SourceFile file, XElement subgrid, SourceContext context, TableDefinition table, MetadataModel metadata, IReadOnlyList<ViewDefinition> views, HashSet<string> names)
    {
        Vocabulary.AllowOnly(file, subgrid, "name", "relationship", "view");
        Vocabulary.AllowChildren(file, subgrid, "label");
        var relationshipName = file.Required(subgrid, "relationship");
        var relationship = metadata.OneToMany.FirstOrDefault(r => r.SchemaName == relationshipName && r.ReferencedEntity == table.LogicalName)
            ?? throw file.Error(subgrid, $"'{relationshipName}' is not a one-to-many relationship from '{table.LogicalName}'.", $"Name a relationship whose lookup points at '{table.LogicalName}'.");
        var viewId = file.RequiredGuid(subgrid, "view");
        if (!views.Any(v => v.Id == viewId && v.Table == relationship.ReferencingEntity))
        {
            throw file.Error(subgrid, $"no view {viewId} of '{relationship.ReferencingEntity}' exists.", $"Name the id of a view in Views/ that lists '{relationship.ReferencingEntity}'.");
        }

        return new FormSubgrid(UniqueName(file, subgrid, names), relationship.ReferencingEntity, relationshipName, viewId, Label(file, subgrid, context));
    }

    private static string UniqueName(SourceFile file, XElement element, HashSet<string> names)
    {
        var name = file.Required(element, "name");
        return names.Add(name) ? name : throw file.Error(element, $"the name '{name}' is used twice on the form.", "Give every tab, section and subgrid its own name.");
    }

    private static LocalizedText Label(SourceFile file, XElement element, SourceContext context)
    {
        var label = file.Labels(element);
        context.RequireLabels(file, element, label, $"{element.Name.LocalName} label");
        return label;
    }
}
