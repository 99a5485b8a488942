using System.Globalization;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>solution.xml: the solution's name, version, languages and publisher.</summary>
internal sealed record SolutionManifest(
    string UniqueName,
    LocalizedText DisplayName,
    LocalizedText Description,
    Version Version,
    IReadOnlyList<int> Languages,
    PublisherDefinition Publisher)
{
    public static SolutionManifest Read(SourceFile file)
    {
        file.ExpectRoot("solution");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "uniquename", "version", "languages");
        Vocabulary.AllowChildren(file, root, "label", "publisher");
        var versionText = file.Required(root, "version");
        if (!Version.TryParse(versionText, out var version) || version.Revision < 0)
        {
            throw file.Error(root, $"the version '{versionText}' is not a four-part version.", "Write it as major.minor.build.revision, e.g. 1.0.0.0.");
        }

        var languages = SourceFile.List(root, "languages")
            .Select(l => int.TryParse(l, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lcid) ? lcid : throw file.Error(root, $"the language '{l}' is not a language code.", "List language codes such as 1033 1031; the first is the base language."))
            .ToList();
        if (languages.Count == 0)
        {
            throw file.Error(root, "the solution lists no languages.", "Add languages=\"1033 1031\" (the first is the base language).");
        }

        var context = new SourceContext(null, languages, new Dictionary<string, OptionSetDefinition>());
        var displayName = file.Labels(root);
        var description = file.Labels(root, "description");
        file.RequireLanguages(root, displayName, languages, "display name");
        file.RequireLanguages(root, description, languages, "description");
        return new SolutionManifest(file.Required(root, "uniquename"), displayName, description, version, languages, ReadPublisher(file, context));
    }

    private static PublisherDefinition ReadPublisher(SourceFile file, SourceContext context)
    {
        var element = file.Root.Element("publisher") ?? throw file.Error(file.Root, "the solution has no publisher.", "Add <publisher uniquename=\"…\" prefix=\"…\" optionvalueprefix=\"…\">.");
        Vocabulary.AllowOnly(file, element, "uniquename", "prefix", "optionvalueprefix");
        var prefix = file.Required(element, "prefix");
        if (prefix.Length is < 2 or > 8 || !char.IsAsciiLetterLower(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit))
        {
            throw file.Error(element, $"the prefix '{prefix}' is not 2 to 8 lower-case letters or digits starting with a letter.", "Choose a prefix such as lsla.");
        }

        var optionValuePrefix = file.RequiredInt(element, "optionvalueprefix");
        if (optionValuePrefix is < 10_000 or > 99_999)
        {
            throw file.Error(element, $"the option value prefix {optionValuePrefix} is outside 10000…99999.", "Choose a five-digit option value prefix, e.g. 27180.");
        }

        var displayName = file.Labels(element);
        var description = file.Labels(element, "description");
        file.RequireLanguages(element, displayName, context.Languages, "display name");
        return new PublisherDefinition(file.Required(element, "uniquename"), prefix, optionValuePrefix, displayName, description);
    }
}
