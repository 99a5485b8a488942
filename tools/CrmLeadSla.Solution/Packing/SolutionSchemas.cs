using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// Validates packed XML against Microsoft's published solution schemas (CustomizationsSolution.xsd with the files it
/// includes, SiteMap.xsd), read from a folder that holds them unchanged.
/// </summary>
public sealed class SolutionSchemas
{
    private readonly XmlSchemaSet customizations;
    private readonly string folder;

    private SolutionSchemas(string folder, XmlSchemaSet customizations)
    {
        this.folder = folder;
        this.customizations = customizations;
    }

    /// <summary>Loads the schemas from <paramref name="folder"/> (e.g. Schemas/dataverse-9.0.0.2090).</summary>
    /// <exception cref="PackagingException">CustomizationsSolution.xsd or a file it includes is missing or invalid.</exception>
    public static SolutionSchemas Load(string folder) => new(folder, Compile(folder, "CustomizationsSolution.xsd"));

    /// <summary>The schema problems of a customizations.xml, each with its line; empty when it is valid.</summary>
    public IReadOnlyList<string> ProblemsOfCustomizations(string xml) => Problems(xml, customizations);

    /// <summary>The schema problems of a site map (SiteMap.xsd); empty when it is valid.</summary>
    public IReadOnlyList<string> ProblemsOfSiteMap(string xml) => Problems(xml, Compile(folder, "SiteMap.xsd"));

    private static XmlSchemaSet Compile(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new PackagingException($"the schema '{path}' does not exist.", "Point at the folder that holds Microsoft's solution schemas (CustomizationsSolution.xsd and the files it includes).");
        }

        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    private static List<string> Problems(string xml, XmlSchemaSet schemas)
    {
        var problems = new List<string>();
        var document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        document.Validate(schemas, (sender, e) =>
        {
            var line = sender is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : e.Exception?.LineNumber ?? 0;
            problems.Add($"line {line}: {e.Severity}: {e.Message}");
        });
        return problems;
    }
}
