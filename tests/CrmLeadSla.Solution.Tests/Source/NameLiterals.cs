using CrmLeadSla.Plugins.Funnel;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// Where a logical name or a role name of ours may be written as a string: the schema classes (<c>Plugins/Schema</c>), the
/// role names (<c>LeadSlaRoles</c>) and the solution model (<c>tools/CrmLeadSla.Solution</c>, which reads <c>Solution/</c>).
/// Everything else names our tables, columns, choices and roles through them, so a rename is one edit and a typo is a
/// compile error. Tests that feed the solution model source text follow one rule: text naming a real table or column of
/// ours interpolates the schema class, and a made-up name (or one of ours no schema class holds, such as a relationship
/// or an app area) is <see cref="SolutionFolderFixture.Custom"/>, built on the publisher prefix read from Solution/.
/// Option values follow the same rule through the domain's enums (<c>(int)SlaKind.Accept</c>); a number stays only where it
/// is itself the input under test, such as a value no option has. Numbers are not checked here: too many are legitimate.
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

    /// <summary>"path:line" of every literal logical or role name outside the owners.</summary>
    public static IEnumerable<string> Stray(string root) =>
        from found in InCode(root)
        where !Owners.Any(owner => found.Path.StartsWith(owner, StringComparison.Ordinal))
        select $"{found.Path}:{found.Line}";

    // Every C# file of the repository but build output, with each line holding a literal name.
    private static IEnumerable<(string Path, int Line)> InCode(string root) =>
        from file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
        let path = Path.GetRelativePath(root, file).Replace('\\', '/')
        where !path.Split('/').Any(part => part is "bin" or "obj" or ".git")
        from line in File.ReadLines(file).Select((text, index) => (Text: text, Number: index + 1))
        where HoldsName(line.Text)
        select (path, line.Number);

    private static bool HoldsName(string text) =>
        text.Contains(Start, StringComparison.Ordinal) || RoleNames.Any(role => Quotes(text, role));

    private static bool Quotes(string text, string name)
    {
        var quoted = "\"" + name;
        for (var at = text.IndexOf(quoted, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quoted, at + 1, StringComparison.Ordinal))
        {
            var end = at + quoted.Length;
            if (end == text.Length || !char.IsLetterOrDigit(text[end]))
            {
                return true;
            }
        }

        return false;
    }
}
