using System.Xml.Linq;

namespace CrmLeadSla.Solution.Packing;

/// <summary>[Content_Types].xml: the Open Packaging Conventions part list every solution zip starts with.</summary>
internal static class ContentTypesXml
{
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>One default content type per file extension in the zip.</summary>
    public static XDocument For(IEnumerable<string> paths) =>
        new(new XElement(Types + "Types",
            paths.Select(p => Path.GetExtension(p).TrimStart('.').ToLowerInvariant())
                .Where(e => e.Length > 0)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .Select(e => new XElement(Types + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", "application/octet-stream")))));
}
