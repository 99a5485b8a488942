using System.Xml.Linq;

namespace CrmLeadSla.Solution.Source;

/// <summary>The attribute names an element of the source format may carry, so a misspelt attribute is refused instead of ignored.</summary>
internal static class Vocabulary
{
    public static void AllowOnly(SourceFile file, XElement element, params string[] attributes)
    {
        var unknown = element.Attributes().FirstOrDefault(a => !a.IsNamespaceDeclaration && !attributes.Contains(a.Name.LocalName));
        if (unknown is not null)
        {
            throw file.Error(element, $"the attribute '{unknown.Name.LocalName}' is not part of the source format.", $"Use only: {string.Join(", ", attributes)} (see docs/solution-source.md).");
        }
    }

    public static void AllowChildren(SourceFile file, XElement element, params string[] children)
    {
        var unknown = element.Elements().FirstOrDefault(e => !children.Contains(e.Name.LocalName));
        if (unknown is not null)
        {
            throw file.Error(unknown, $"<{unknown.Name.LocalName}> is not part of the source format inside <{element.Name.LocalName}>.", $"Use only: {string.Join(", ", children.Select(c => $"<{c}>"))} (see docs/solution-source.md).");
        }
    }
}
