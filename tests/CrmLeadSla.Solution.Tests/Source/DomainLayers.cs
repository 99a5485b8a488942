using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// The domain's folders and the one direction their dependencies run: a folder uses only folders of a lower layer.
/// Languages is the bottom; scoring and the agreement's calendar and clocks (Sla) stand beside each other on it; the
/// funnel decides moves and what they do to clocks, so it stands on all of them. Below all of them nothing of
/// Dataverse: the domain names fields by label, and the edge (Plugins/Schema) knows their tables and columns.
/// </summary>
internal static partial class DomainLayers
{
    /// <summary>Each folder of Plugins/Domain with its layer.</summary>
    public static IReadOnlyDictionary<string, int> Layers { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Languages"] = 0,
        ["Scoring"] = 1,
        ["Sla"] = 1,
        ["Funnel"] = 2,
    };

    /// <summary>"Sla/ClockChanges.cs uses Funnel" for every use of a folder at the same or a higher layer.</summary>
    public static IEnumerable<string> UsesAgainstTheDirection(string domainFolder) =>
        from folder in Layers.Keys
        from file in Directory.EnumerateFiles(Path.Combine(domainFolder, folder), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        from used in UsedFolders(File.ReadAllText(file))
        where used != folder && (!Layers.TryGetValue(used, out var layer) || layer >= Layers[folder])
        select $"{folder}/{Path.GetFileName(file)} uses {used}";

    /// <summary>
    /// "Sla/Clock.cs uses the schema classes", "Sla/Clock.cs spells a logical name" or "Sla/Clock.cs names a logical name
    /// in a comment" for every domain file that names Dataverse's tables or columns itself rather than leaving that to the
    /// edge. The one place a logical name may stand is inside a string literal of a wording file
    /// (<c>Languages/*Wording.cs</c>): text a user reads, such as the example column of a message.
    /// </summary>
    public static IEnumerable<string> DataverseNames(string domainFolder) =>
        from file in Directory.EnumerateFiles(domainFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        let name = Path.GetRelativePath(domainFolder, file).Replace('\\', '/')
        from finding in DataverseNamesIn(File.ReadAllText(file), IsWording(name))
        select $"{name} {finding}";

    // A using directive or a qualified name, e.g. "using CrmLeadSla.Plugins.Domain.Funnel;" or "Domain.Funnel.FunnelActor".
    private static IEnumerable<string> UsedFolders(string source) =>
        DomainNamespace().Matches(source).Select(match => match.Groups["folder"].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\bDomain\.(?<folder>[A-Z][A-Za-z]*)\b")]
    private static partial Regex DomainNamespace();

    private static IEnumerable<string> DataverseNamesIn(string source, bool isWording)
    {
        if (SchemaUse().IsMatch(source))
        {
            yield return "uses the schema classes";
        }

        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var places = LogicalName().Matches(source).Select(match => PlaceOf(root, match.Index)).ToList();
        if (places.Contains(Place.Code) || (!isWording && places.Contains(Place.StringLiteral)))
        {
            yield return "spells a logical name";
        }

        if (places.Contains(Place.Comment))
        {
            yield return "names a logical name in a comment";
        }
    }

    private static bool IsWording(string name) =>
        name.StartsWith("Languages/", StringComparison.Ordinal) && name.EndsWith("Wording.cs", StringComparison.Ordinal);

    // Where a position of the source lies: a token's text, a string literal's, or neither (then it is trivia: a comment).
    private static Place PlaceOf(SyntaxNode root, int position)
    {
        var token = root.FindToken(position);
        if (!token.Span.Contains(position))
        {
            return Place.Comment;
        }

        return token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken
            ? Place.StringLiteral
            : Place.Code;
    }

    // What starts a logical name of the publisher, wherever it stands: in a literal, a comment or a doc comment.
    [GeneratedRegex(@"\blsla_")]
    private static partial Regex LogicalName();

    // The schema's namespace or one of its classes, e.g. "using CrmLeadSla.Plugins.Schema;" or "LeadSchema.AcceptDueOn".
    [GeneratedRegex(@"\bPlugins\.Schema\b|\b[A-Za-z]*Schema\.[A-Z]")]
    private static partial Regex SchemaUse();

    private enum Place
    {
        Code,
        StringLiteral,
        Comment,
    }
}
