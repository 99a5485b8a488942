using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// One XML part of a solution zip (solution.xml, customizations.xml, a workflow's XAML), and how its elements are read:
/// values as Dataverse writes them (0/1 flags, ids with or without braces, labels with description and languagecode).
/// </summary>
internal sealed class ZipPart
{
    private ZipPart(string name, XElement root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>The part's path in the zip.</summary>
    public string Name { get; }

    public XElement Root { get; }

    /// <summary>Parses the part; a part that is not well-formed XML is refused.</summary>
    public static ZipPart Parse(string name, byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content);
            var document = XDocument.Load(stream, LoadOptions.SetLineInfo);
            return new ZipPart(name, document.Root!);
        }
        catch (XmlException e)
        {
            throw new SolutionImportException(name, $"is not well-formed XML (line {e.LineNumber}: {e.Message}).", "Export the solution again; a hand-edited file must stay well-formed XML.", e);
        }
    }

    /// <summary>The refusal of a component of this part.</summary>
    public SolutionImportException Error(string component, string problem, string fix) =>
        new($"{Name}, {component}", problem, fix);

    /// <summary>The refusal of the part as a whole.</summary>
    public SolutionImportException Error(string problem, string fix) => new(Name, problem, fix);

    public void ExpectRoot(string name)
    {
        if (Root.Name.LocalName != name)
        {
            throw Error($"the root element is <{Root.Name.LocalName}>, not <{name}>.", "Import a solution zip exported from Dataverse or written by leadsla pack.");
        }
    }

    /// <summary>The trimmed text of a child element, or null when it is missing.</summary>
    public static string? Text(XElement parent, string child) => parent.Element(child)?.Value.Trim();

    public string Required(XElement parent, string child, string component) =>
        Text(parent, child) is { Length: > 0 } text ? text : throw Error(component, $"<{child}> is missing or empty.", $"Add <{child}> to <{parent.Name.LocalName}>.");

    public string RequiredAttribute(XElement element, string attribute, string component) =>
        (string?)element.Attribute(attribute) is { Length: > 0 } text ? text : throw Error(component, $"the attribute '{attribute}' of <{element.Name.LocalName}> is missing.", $"Add {attribute}=\"…\".");

    /// <summary>A 0/1 (or true/false) flag; <paramref name="otherwise"/> when the element is missing or empty.</summary>
    public bool Flag(XElement parent, string child, string component, bool otherwise = false) => Text(parent, child) switch
    {
        null or "" => otherwise,
        "1" or "true" or "True" => true,
        "0" or "false" or "False" => false,
        var other => throw Error(component, $"<{child}> is '{other}', not 0 or 1.", $"Write <{child}>0</{child}> or <{child}>1</{child}>."),
    };

    public int? Int(XElement parent, string child, string component) => Text(parent, child) switch
    {
        null or "" => null,
        var text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(component, $"<{child}> is '{text}', not a whole number.", $"Write a whole number in <{child}>."),
    };

    public decimal? Decimal(XElement parent, string child, string component) => Text(parent, child) switch
    {
        null or "" => null,
        var text => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(component, $"<{child}> is '{text}', not a number.", $"Write a number with a dot in <{child}>."),
    };

    /// <summary>An id, with or without braces (exports write both).</summary>
    public Guid Id(string text, string what, string component) =>
        Guid.TryParse(text.Trim().Trim('{', '}'), out var id) ? id : throw Error(component, $"the {what} '{text}' is not a GUID.", "Export the solution again.");

    /// <summary>Labels of a container such as &lt;LocalizedNames&gt;: one child per language with description and languagecode; empty ones are left out.</summary>
    public static LocalizedText Labels(XElement? container) =>
        container is null
            ? LocalizedText.Empty
            : new LocalizedText(container.Elements()
                .Select(e => (Language: (string?)e.Attribute("languagecode"), Text: (string?)e.Attribute("description")))
                .Where(l => !string.IsNullOrEmpty(l.Text) && int.TryParse(l.Language, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                .GroupBy(l => int.Parse(l.Language!, CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => g.First().Text!));

    /// <summary>A comma-separated list (filtering attributes, image columns, trigger columns), in lower case.</summary>
    public static IReadOnlyList<string> List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToLowerInvariant())];
}
