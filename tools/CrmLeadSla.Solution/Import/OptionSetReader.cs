using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// Option sets as customizations.xml writes them: global ones under &lt;optionsets&gt;, local ones (choices, Boolean
/// labels, states, status reasons) inside their column.
/// </summary>
internal static class OptionSetReader
{
    private static readonly HashSet<string> OptionSetChildren =
        ["OptionSetType", "IsGlobal", "IntroducedVersion", "IsCustomizable", "ExternalTypeName", "displaynames", "Descriptions", "options", "states", "statuses"];

    public static OptionSetDefinition Global(ZipPart part, XElement element, ImportNotes notes)
    {
        var name = part.RequiredAttribute(element, "Name", "<optionset>");
        var component = $"global option set '{name}'";
        notes.Unknown(part.Name, element, OptionSetChildren);
        if (ZipPart.Text(element, "OptionSetType") is { } type && type != "picklist")
        {
            throw part.Error(component, $"a global option set of type '{type}' cannot be imported.", "Only global choices (OptionSetType picklist) are global option sets.");
        }

        return new OptionSetDefinition(name.ToLowerInvariant(), IsGlobal: true, Options(part, element, "options", "option", component))
        {
            DisplayName = ZipPart.Labels(element.Element("displaynames")),
            Description = ZipPart.Labels(element.Element("Descriptions")),
            IsCustom = true,
        };
    }

    /// <summary>The local option set of a column: its options (states, status reasons with their state), named after the column as the model names local sets.</summary>
    public static OptionSetDefinition Local(ZipPart part, XElement element, string column, string component, ImportNotes notes)
    {
        notes.Unknown(part.Name, element, OptionSetChildren);
        var options = element.Element("states") is not null ? Options(part, element, "states", "state", component)
            : element.Element("statuses") is not null ? Options(part, element, "statuses", "status", component)
            : Options(part, element, "options", "option", component);
        return new OptionSetDefinition(column, IsGlobal: false, options);
    }

    /// <summary>The default status reason of each state (<c>state/@defaultstatus</c>), for the statuscode's default.</summary>
    public static int? DefaultStatusOfFirstState(XElement optionSet) =>
        optionSet.Element("states")?.Elements("state").Select(s => (int?)s.Attribute("defaultstatus")).FirstOrDefault();

    private static List<OptionDefinition> Options(ZipPart part, XElement optionSet, string container, string item, string component)
    {
        var options = new List<OptionDefinition>();
        foreach (var element in optionSet.Element(container)?.Elements(item) ?? [])
        {
            var valueText = part.RequiredAttribute(element, "value", component);
            if (!int.TryParse(valueText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                throw part.Error(component, $"the option value '{valueText}' is not a whole number.", "Export the solution again.");
            }

            if (options.Any(o => o.Value == value))
            {
                throw part.Error(component, $"the option value {value} appears twice.", "Give every option its own value.");
            }

            int? state = item == "status"
                ? (int?)element.Attribute("state") ?? throw part.Error(component, $"the status reason {value} names no state.", "Add state=\"…\" with the statecode it belongs to.")
                : null;
            options.Add(new OptionDefinition(value, ZipPart.Labels(element.Element("labels")), state));
        }

        return options;
    }
}
