using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>A site map entry that opens a table's list.</summary>
/// <param name="Id">Entry id, unique in the site map.</param>
/// <param name="Table">The table it opens.</param>
/// <param name="Label">Title per language (the table's plural name when the source gives none).</param>
public sealed record SiteMapSubArea(string Id, string Table, LocalizedText Label);

/// <summary>A group of site map entries.</summary>
/// <param name="Id">Group id, unique in the site map.</param>
/// <param name="Label">Title per language.</param>
/// <param name="SubAreas">Entries in order.</param>
public sealed record SiteMapGroup(string Id, LocalizedText Label, IReadOnlyList<SiteMapSubArea> SubAreas);

/// <summary>An area of the site map: what one audience (sales, marketing, admins) works with.</summary>
/// <param name="Id">Area id, unique in the site map.</param>
/// <param name="Label">Title per language.</param>
/// <param name="Groups">Groups in order.</param>
public sealed record SiteMapArea(string Id, LocalizedText Label, IReadOnlyList<SiteMapGroup> Groups);

/// <summary>A model-driven app with its site map and the roles that see it.</summary>
public sealed record AppModuleDefinition
{
    /// <summary>Unique name (publisher prefix), e.g. <c>lsla_LeadSla</c>.</summary>
    public required string UniqueName { get; init; }

    /// <summary>The appmoduleid: fixed, so an import updates the app.</summary>
    public required Guid Id { get; init; }

    /// <summary>Name per language.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Description per language.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>Ids of the security roles whose users see the app.</summary>
    public required IReadOnlyList<Guid> RoleIds { get; init; }

    /// <summary>The site map's areas in order.</summary>
    public required IReadOnlyList<SiteMapArea> Areas { get; init; }

    /// <summary>The file the app was read from, relative to the solution folder.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Every site map entry, in order.</summary>
    public IEnumerable<SiteMapSubArea> SubAreas => Areas.SelectMany(a => a.Groups).SelectMany(g => g.SubAreas);

    /// <summary>The tables the app opens (its table components), each once, in site map order.</summary>
    public IEnumerable<string> Tables => SubAreas.Select(s => s.Table).Distinct(StringComparer.Ordinal);
}
