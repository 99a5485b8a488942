using CrmLeadSla.Plugins.Funnel;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// Where a logical name or a role name of ours may be written as a string: the schema classes (<c>Plugins/Schema</c>), the
/// role names (<c>LeadSlaRoles</c>) and the solution model (<c>tools/CrmLeadSla.Solution</c>, which reads <c>Solution/</c>).
/// Everything else names our tables, columns, choices and roles through them, so a rename is one edit and a typo is a
/// compile error. Tests that feed the solution model source text follow one rule: text naming a real table or column of
/// ours interpolates the schema class, and a made-up name (or one of ours no schema class holds, such as a relationship
/// or an app area) is <see cref="SolutionFolderFixture.Custom"/>, built on the publisher prefix read from Solution/.
/// </summary>
internal static class NameLiterals
{
    /// <summary>What starts a literal logical name of the publisher.</summary>
    public const string Start = "\"lsla" + "_";

    /// <summary>The places that hold the names, and the literals kept on purpose.</summary>
    public static IReadOnlyList<string> Owners { get; } =
    [
        "Plugins/Schema/",
        "Plugins/Funnel/LeadSlaRoles.cs",
        "tools/CrmLeadSla.Solution/",
        // The public names pinned letter by letter: a rename in a schema class must fail here, not pass along.
        "tests/CrmLeadSla.Solution.Tests/Source/DataContractTests.cs",
        // Exports of other publishers' and older solutions, kept as Dataverse wrote them.
        "tests/Fixtures/",
    ];

    // A role name is a literal when a quote opens it and no letter follows it ("Lead SLA Salespeople" is another name).
    private static readonly string[] RoleNames = [LeadSlaRoles.Sales, LeadSlaRoles.Marketing, LeadSlaRoles.Administrator];

    /// <summary>
    /// Test projects that still write names as strings, with the most literals each may hold; converted project by
    /// project, each ceiling only goes down. Many of the solution model's own tests feed it source text on purpose.
    /// </summary>
    public static IReadOnlyDictionary<string, int> NotYetConverted { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
    };

    /// <summary>"path:line" of every literal logical or role name outside the owners and the not-yet-converted projects.</summary>
    public static IEnumerable<string> Stray(string root) =>
        from found in InCode(root)
        where !Owners.Any(owner => found.Path.StartsWith(owner, StringComparison.Ordinal))
            && !NotYetConverted.Keys.Any(project => found.Path.StartsWith(project, StringComparison.Ordinal))
        select $"{found.Path}:{found.Line}";

    /// <summary>"project: N literals, at most M" for every not-yet-converted project above its ceiling.</summary>
    public static IEnumerable<string> AboveCeiling(string root)
    {
        var found = InCode(root).Where(f => !Owners.Any(owner => f.Path.StartsWith(owner, StringComparison.Ordinal))).ToList();
        foreach (var (project, ceiling) in NotYetConverted)
        {
            var count = found.Where(f => f.Path.StartsWith(project, StringComparison.Ordinal)).Sum(f => f.Count);
            if (count > ceiling)
            {
                yield return $"{project}: {count} literals, at most {ceiling}";
            }
        }
    }

    // Every C# file of the repository but build output, with each line holding the start of a literal name.
    private static IEnumerable<(string Path, int Line, int Count)> InCode(string root) =>
        from file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
        let path = Path.GetRelativePath(root, file).Replace('\\', '/')
        where !path.Split('/').Any(part => part is "bin" or "obj" or ".git")
        from line in File.ReadLines(file).Select((text, index) => (Text: text, Number: index + 1))
        let count = Occurrences(line.Text)
        where count > 0
        select (path, line.Number, count);

    private static int Occurrences(string text) =>
        Count(text, Start, _ => true)
        + RoleNames.Sum(role => Count(text, "\"" + role, end => end == text.Length || !char.IsLetterOrDigit(text[end])));

    private static int Count(string text, string start, Func<int, bool> endsThere)
    {
        var count = 0;
        for (var at = text.IndexOf(start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(start, at + 1, StringComparison.Ordinal))
        {
            if (endsThere(at + start.Length))
            {
                count++;
            }
        }

        return count;
    }
}
