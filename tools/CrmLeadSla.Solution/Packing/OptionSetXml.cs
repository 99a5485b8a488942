using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Packing;

/// <summary>Option sets as customizations.xml writes them: global ones under &lt;optionsets&gt;, local ones inside their column.</summary>
internal sealed class OptionSetXml(Labels labels, string introducedVersion)
{
    /// <summary>A global choice, shared by the columns that name it.</summary>
    public XElement Global(OptionSetDefinition optionSet) =>
        Element(optionSet.Name, "picklist", isGlobal: true, optionSet.DisplayName, optionSet.Description,
            new XElement("options", optionSet.Options.Select(o => Option("option", o, optionSet.Name))));

    /// <summary>The local option set of a Picklist, MultiSelectPicklist or Boolean column.</summary>
    public XElement Local(string table, ColumnDefinition column, string type, OptionSetDefinition optionSet) =>
        Element($"{table}_{column.LogicalName}", type, isGlobal: false, column.DisplayName, column.Description,
            new XElement("options", optionSet.Options.Select(o => Option("option", o, column.LogicalName))));

    /// <summary>The status reasons of a table's statuscode, each with the state it belongs to.</summary>
    public XElement Statuses(string table, ColumnDefinition column, OptionSetDefinition optionSet) =>
        Element($"{table}_{column.LogicalName}", "status", isGlobal: false, column.DisplayName, column.Description,
            new XElement("statuses", optionSet.Options.Select(o =>
                Option("status", o, column.LogicalName, new XAttribute("state", (o.State ?? 0).ToString(CultureInfo.InvariantCulture))))));

    /// <summary>The states of a table's statecode, each naming its default status reason (the first of its state).</summary>
    public XElement States(string table, ColumnDefinition column, OptionSetDefinition optionSet, OptionSetDefinition? statuses) =>
        Element($"{table}_{column.LogicalName}", "state", isGlobal: false, column.DisplayName, column.Description,
            new XElement("states", optionSet.Options.Select(o => Option("state", o, column.LogicalName,
                new XAttribute("defaultstatus", (statuses?.Options.FirstOrDefault(s => s.State == o.Value)?.Value ?? o.Value + 1).ToString(CultureInfo.InvariantCulture)),
                new XAttribute("invariantname", string.Concat(o.Label.In(1033).Where(char.IsLetterOrDigit)))))));

    private XElement Element(string name, string type, bool isGlobal, LocalizedText displayName, LocalizedText description, XElement options) =>
        new("optionset",
            new XAttribute("Name", name),
            new XAttribute("localizedName", labels.Base(displayName)),
            new XAttribute("description", labels.Base(description)),
            new XElement("OptionSetType", type),
            new XElement("IsGlobal", isGlobal ? "1" : "0"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            labels.List("displaynames", "displayname", displayName),
            labels.List("Descriptions", "Description", description),
            options);

    private XElement Option(string element, OptionDefinition option, string owner, params XAttribute[] extra)
    {
        var items = labels.Items("label", option.Label).ToList();
        if (items.Count == 0)
        {
            throw new PackagingException($"the option {option.Value} of '{owner}' has no label.", $"Give the option a label in {string.Join(" and ", labels.Languages)}.");
        }

        return new XElement(element, new XAttribute("value", option.Value.ToString(CultureInfo.InvariantCulture)), extra, new XElement("labels", items));
    }
}
