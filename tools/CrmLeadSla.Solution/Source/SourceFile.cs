using System.Globalization;
using System.Numerics;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>One XML file of the solution source, read with line numbers so every error can point at its element.</summary>
internal sealed class SourceFile
{
    private SourceFile(string name, XElement root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>The file as errors name it: relative to the solution folder, or the embedded resource name.</summary>
    public string Name { get; }

    public XElement Root { get; }

    public static SourceFile Load(string solutionFolder, string path)
    {
        var name = Path.GetRelativePath(solutionFolder, path).Replace('\\', '/');
        using var stream = File.OpenRead(path);
        return Read(name, stream);
    }

    public static SourceFile Read(string name, Stream stream)
    {
        try
        {
            return new SourceFile(name, XDocument.Load(stream, LoadOptions.SetLineInfo).Root!);
        }
        catch (XmlException e)
        {
            throw new SolutionSourceException(name, e.LineNumber, null, $"is not well-formed XML: {e.Message}", "Correct the XML syntax.", e);
        }
    }

    public SolutionSourceException Error(XElement at, string problem, string fix)
    {
        var info = (IXmlLineInfo)at;
        return new SolutionSourceException(Name, info.HasLineInfo() ? info.LineNumber : null, Describe(at), problem, fix);
    }

    public void ExpectRoot(string elementName)
    {
        if (Root.Name.LocalName != elementName)
        {
            throw Error(Root, $"the root element must be <{elementName}>.", $"Rename the root element to <{elementName}> or move the file to the folder for <{Root.Name.LocalName}>.");
        }
    }

    public string Required(XElement element, string attribute)
    {
        var value = (string?)element.Attribute(attribute);
        return string.IsNullOrWhiteSpace(value)
            ? throw Error(element, $"the attribute '{attribute}' is missing.", $"Add {attribute}=\"…\" to the element.")
            : value.Trim();
    }

    /// <summary>The table the attribute names, which must exist in the metadata.</summary>
    public TableDefinition RequiredTable(XElement element, MetadataModel metadata, string attribute = "table")
    {
        var name = Required(element, attribute);
        return metadata.FindTable(name)
            ?? throw Error(element, $"the table '{name}' does not exist.", "Correct the table name, or add the table to Tables/.");
    }

    /// <summary>The required name attribute of a root element, which must also be the file's name (one component per file, found by its name).</summary>
    public string RequiredFileName(XElement root, string what)
    {
        var name = Required(root, "name");
        return string.Equals(Path.GetFileNameWithoutExtension(Name), name, StringComparison.Ordinal)
            ? name
            : throw Error(root, $"the {what} '{name}' is declared in a file of another name.", $"Rename the file to {name}.xml.");
    }

    public static string? Optional(XElement element, string attribute)
    {
        var value = (string?)element.Attribute(attribute);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public int? OptionalInt(XElement element, string attribute) =>
        OptionalNumber<int>(element, attribute, NumberStyles.Integer, "a whole number", "100");

    public int RequiredInt(XElement element, string attribute) =>
        OptionalInt(element, attribute) ?? throw Error(element, $"the attribute '{attribute}' is missing.", $"Add {attribute}=\"…\" with a whole number.");

    public decimal? OptionalDecimal(XElement element, string attribute) =>
        OptionalNumber<decimal>(element, attribute, NumberStyles.Number, "a number", "0.5");

    public bool Flag(XElement element, string attribute, bool otherwise) =>
        Optional(element, attribute) switch
        {
            null => otherwise,
            "true" or "1" => true,
            "false" or "0" => false,
            var text => throw Error(element, $"'{attribute}' is '{text}', not true or false.", $"Write {attribute}=\"true\" or {attribute}=\"false\"."),
        };

    public Guid RequiredGuid(XElement element, string attribute)
    {
        var text = Required(element, attribute);
        return Guid.TryParse(text, out var id) && id != Guid.Empty
            ? id
            : throw Error(element, $"'{attribute}' is '{text}', not a unique identifier.", $"Write {attribute} as a new GUID, e.g. {attribute}=\"{Guid.NewGuid()}\".");
    }

    /// <summary>An enum value by name (case-insensitive); an unknown name fails with the list of allowed names.</summary>
    public T Choice<T>(XElement element, string attribute, T otherwise)
        where T : struct, Enum =>
        Optional(element, attribute) is { } text ? Parse<T>(element, attribute, text) : otherwise;

    public T RequiredChoice<T>(XElement element, string attribute)
        where T : struct, Enum =>
        Parse<T>(element, attribute, Required(element, attribute));

    /// <summary>One of a fixed list of words (case-insensitive), returned as the list spells it.</summary>
    public string? Word(XElement element, string attribute, IReadOnlyCollection<string> allowed) =>
        Optional(element, attribute) is { } text
            ? allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase))
                ?? throw Error(element, $"'{attribute}' is '{text}', which is not allowed here.", $"Use one of: {string.Join(", ", allowed)}.")
            : null;

    /// <summary>A list attribute: names separated by commas or white space.</summary>
    public static IReadOnlyList<string> List(XElement element, string attribute) =>
        Optional(element, attribute)?.Split([',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The text of the child elements &lt;label lcid="…"&gt;, or the named attribute of each.</summary>
    public LocalizedText Labels(XElement element, string? attribute = null)
    {
        var byLanguage = new Dictionary<int, string>();
        foreach (var label in element.Elements("label"))
        {
            Vocabulary.AllowOnly(this, label, "lcid", "description", "collection");
            var lcid = RequiredInt(label, "lcid");
            var text = attribute is null ? label.Value.Trim() : Optional(label, attribute);
            if (attribute is null && text!.Length == 0)
            {
                throw Error(label, "the label is empty.", "Write the display name as the element's text.");
            }

            if (text is not null && !byLanguage.TryAdd(lcid, text))
            {
                throw Error(label, $"language {lcid} is labelled twice.", "Keep one <label> per language.");
            }
        }

        return byLanguage.Count == 0 ? LocalizedText.Empty : new LocalizedText(byLanguage);
    }

    /// <summary>Fails unless the label has a text in every language of the solution.</summary>
    public void RequireLanguages(XElement element, LocalizedText text, IReadOnlyList<int> languages, string what)
    {
        foreach (var lcid in languages.Where(l => !text.ByLanguage.ContainsKey(l)))
        {
            throw Error(element, $"the {what} in language {lcid} is missing.", $"Add it to <label lcid=\"{lcid}\"> (every solution component is labelled in {string.Join(" and ", languages)}).");
        }
    }

    // Numbers are written the same in every culture (the source is shared by developers with any locale).
    private T? OptionalNumber<T>(XElement element, string attribute, NumberStyles style, string what, string example)
        where T : struct, INumber<T> =>
        Optional(element, attribute) is { } text
            ? T.TryParse(text, style, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error(element, $"'{attribute}' is '{text}', not {what}.", $"Write {attribute} as {what}, e.g. {attribute}=\"{example}\".")
            : null;

    private T Parse<T>(XElement element, string attribute, string text)
        where T : struct, Enum =>
        !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) && Enum.TryParse<T>(text, ignoreCase: true, out var value)
            ? value
            : throw Error(element, $"'{attribute}' is '{text}', which is not a known {typeof(T).Name}.", $"Use one of: {string.Join(", ", Enum.GetNames<T>())}.");

    private static string Describe(XElement element)
    {
        var name = (string?)element.Attribute("name") ?? (string?)element.Attribute("value") ?? (string?)element.Attribute("table") ?? (string?)element.Attribute("alias");
        var key = element.Attribute("name") is not null ? "name"
            : element.Attribute("value") is not null ? "value"
            : element.Attribute("table") is not null ? "table"
            : "alias";
        return name is null ? $"<{element.Name.LocalName}>" : $"<{element.Name.LocalName} {key}=\"{name}\">";
    }
}
