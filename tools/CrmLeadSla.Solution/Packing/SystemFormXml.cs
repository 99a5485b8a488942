using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// A main form as a &lt;systemform&gt; of its table: tabs, sections and one field or subgrid per row, each field
/// labelled with its column's display name. Tab, section and cell ids are derived from the form id and their names,
/// so every pack writes the same ids and an upgrade keeps the user's personalisations. A managed export writes a field's
/// label that merely repeats its column's display name empty and in the base language only, as Dataverse's managed
/// exports do (the form shows the column's display name in every language).
/// </summary>
internal sealed class SystemFormXml(Labels labels, string introducedVersion, PackageKind kind)
{
    // Control class ids are fixed by the platform: they pick the control that renders a column's type.
    private static readonly Dictionary<ColumnKind, string> FieldControls = new()
    {
        [ColumnKind.String] = "{4273EDBD-AC1D-40d3-9FB2-095C621B552D}",
        [ColumnKind.Memo] = "{E0DECE4B-6FC8-4a8f-A065-082708572369}",
        [ColumnKind.Integer] = "{C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F}",
        [ColumnKind.BigInt] = "{C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F}",
        [ColumnKind.Decimal] = "{C3EFE0C3-0EC6-42be-8349-CBD9079DFD8E}",
        [ColumnKind.Double] = "{0D2C745A-E5A8-4c8f-BA63-C6D3BB604660}",
        [ColumnKind.Money] = "{533B9E00-756B-4312-95A0-DC888637AC78}",
        [ColumnKind.Boolean] = "{67FAC785-CD58-4f9f-ABB3-4B7DDC6ED5ED}",
        [ColumnKind.DateTime] = "{5B773807-9FB2-42db-97C3-7A91EFF8ADFF}",
        [ColumnKind.Picklist] = "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}",
        [ColumnKind.State] = "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}",
        [ColumnKind.Status] = "{5D68B988-0661-4db2-BC3E-17598AD3BE6C}",
        [ColumnKind.MultiSelectPicklist] = "{4AA28AB7-9C13-4F57-A73D-AD894D048B5F}",
        [ColumnKind.Lookup] = "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
        [ColumnKind.Customer] = "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
        [ColumnKind.Owner] = "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
    };

    private const string SubgridControl = "{E7A81278-8635-4d9e-8D4D-59480B391C5B}";

    public XElement For(FormDefinition form, TableDefinition table) =>
        new("systemform",
            new XElement("formid", "{" + form.Id.ToString("D") + "}"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("FormPresentation", "1"),
            new XElement("FormActivationState", "1"),
            new XElement("form",
                new XElement("tabs", form.Tabs.Select(t => Tab(form, table, t)))),
            new XElement("IsCustomizable", "1"),
            new XElement("CanBeDeleted", "1"),
            labels.List("LocalizedNames", "LocalizedName", form.Name),
            labels.List("Descriptions", "Description", form.Description));

    private XElement Tab(FormDefinition form, TableDefinition table, FormTab tab) =>
        new("tab",
            new XAttribute("name", tab.Name),
            new XAttribute("id", Id(form, "tab", tab.Name)),
            new XAttribute("expanded", "true"),
            new XAttribute("showlabel", "true"),
            new XAttribute("verticallayout", "true"),
            labels.List("labels", "label", tab.Label),
            new XElement("columns",
                new XElement("column",
                    new XAttribute("width", "100%"),
                    new XElement("sections", tab.Sections.Select(s => Section(form, table, s))))));

    private XElement Section(FormDefinition form, TableDefinition table, FormSection section) =>
        new("section",
            new XAttribute("name", section.Name),
            new XAttribute("id", Id(form, "section", section.Name)),
            new XAttribute("showlabel", "true"),
            new XAttribute("showbar", "false"),
            labels.List("labels", "label", section.Label),
            new XElement("rows", section.Controls.Select(c => new XElement("row", Cell(form, table, c)))));

    private XElement Cell(FormDefinition form, TableDefinition table, FormControl control) => control switch
    {
        FormField field => new XElement("cell",
            new XAttribute("id", Id(form, "cell", field.Column)),
            FieldLabels(table.Column(field.Column)!),
            new XElement("control",
                new XAttribute("id", field.Column),
                new XAttribute("classid", ClassOf(table, field.Column)),
                new XAttribute("datafieldname", field.Column),
                new XAttribute("disabled", field.ReadOnly ? "true" : "false"))),
        FormSubgrid grid => new XElement("cell",
            new XAttribute("id", Id(form, "cell", grid.Name)),
            labels.List("labels", "label", grid.Label),
            new XElement("control",
                new XAttribute("id", grid.Name),
                new XAttribute("classid", SubgridControl),
                new XAttribute("indicationOfSubgrid", "true"),
                new XElement("parameters",
                    new XElement("ViewId", "{" + grid.ViewId.ToString("D") + "}"),
                    new XElement("IsUserView", "false"),
                    new XElement("RelationshipName", grid.Relationship),
                    new XElement("TargetEntityType", grid.Table),
                    new XElement("AutoExpand", "Fixed"),
                    new XElement("EnableQuickFind", "false"),
                    new XElement("EnableViewPicker", "false"),
                    new XElement("EnableJumpBar", "false")))),
        _ => throw new PackagingException($"the form '{form.SourceFile}' has a {control.GetType().Name}, which the packer cannot write.", "Teach SystemFormXml the control."),
    };

    private XElement FieldLabels(ColumnDefinition column) =>
        kind == PackageKind.Managed
            ? new XElement("labels", new XElement("label", new XAttribute("description", string.Empty), new XAttribute("languagecode", labels.Languages[0].ToString(System.Globalization.CultureInfo.InvariantCulture))))
            : labels.List("labels", "label", column.DisplayName);

    private static string ClassOf(TableDefinition table, string column)
    {
        var kind = table.Column(column)!.Kind;
        return FieldControls.TryGetValue(kind, out var classId)
            ? classId
            : throw new PackagingException($"the form field '{table.LogicalName}.{column}' has the type {kind}, which has no form control.", "Remove the field from the form.");
    }

    private static string Id(FormDefinition form, string kind, string name) =>
        "{" + ComponentIds.For("form-" + kind, form.Id.ToString("D") + "/" + name).ToString("D") + "}";
}
