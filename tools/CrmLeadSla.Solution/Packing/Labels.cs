using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// Localized labels as customizations.xml writes them: one child per language with <c>description</c> and
/// <c>languagecode</c>, in the solution's language order. Languages without a text are left out (the solution
/// source has already refused a missing label of a solution component; the platform's own columns carry English only).
/// </summary>
internal sealed class Labels(IReadOnlyList<int> languages)
{
    public IReadOnlyList<int> Languages { get; } = languages;

    public XElement List(string container, string item, LocalizedText text) =>
        new(container, Items(item, text));

    public IEnumerable<XElement> Items(string item, LocalizedText text) =>
        Languages
            .Where(l => text.ByLanguage.TryGetValue(l, out var value) && !string.IsNullOrEmpty(value))
            .Select(l => new XElement(item, new XAttribute("description", text.ByLanguage[l]), new XAttribute("languagecode", l.ToString(CultureInfo.InvariantCulture))));

    /// <summary>The text in the base language (the first), for attributes that take one name.</summary>
    public string Base(LocalizedText text) => text.In(Languages[0]);
}
