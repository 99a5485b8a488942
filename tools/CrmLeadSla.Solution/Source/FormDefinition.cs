using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>A control on a form: a column's field or a subgrid of related rows.</summary>
public abstract record FormControl;

/// <summary>The field of one column of the form's table; its label is the column's display name.</summary>
/// <param name="Column">Logical name of the column.</param>
/// <param name="ReadOnly">True when users see but cannot edit it (columns the solution's plug-ins write).</param>
public sealed record FormField(string Column, bool ReadOnly) : FormControl;

/// <summary>A subgrid listing the rows related to the form's row.</summary>
/// <param name="Name">Control name, unique on the form.</param>
/// <param name="Table">The related table the subgrid lists.</param>
/// <param name="Relationship">The one-to-many relationship from the form's table to <paramref name="Table"/>.</param>
/// <param name="ViewId">The view of <paramref name="Table"/> the subgrid shows.</param>
/// <param name="Label">Label per language.</param>
public sealed record FormSubgrid(string Name, string Table, string Relationship, Guid ViewId, LocalizedText Label) : FormControl;

/// <summary>A section of a tab: a labelled group of controls.</summary>
/// <param name="Name">Section name, unique on the form.</param>
/// <param name="Label">Label per language.</param>
/// <param name="Controls">Controls in order.</param>
public sealed record FormSection(string Name, LocalizedText Label, IReadOnlyList<FormControl> Controls);

/// <summary>A tab of a form.</summary>
/// <param name="Name">Tab name, unique on the form.</param>
/// <param name="Label">Label per language.</param>
/// <param name="Sections">Sections in order.</param>
public sealed record FormTab(string Name, LocalizedText Label, IReadOnlyList<FormSection> Sections);

/// <summary>A main form (systemform of type 2) of one table.</summary>
public sealed record FormDefinition
{
    /// <summary>The formid: fixed, so an import updates the form.</summary>
    public required Guid Id { get; init; }

    /// <summary>The table the form edits.</summary>
    public required string Table { get; init; }

    /// <summary>Name per language.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Description per language.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>Tabs in order.</summary>
    public required IReadOnlyList<FormTab> Tabs { get; init; }

    /// <summary>The file the form was read from, relative to the solution folder.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Every control of every section, in order.</summary>
    public IEnumerable<FormControl> Controls => Tabs.SelectMany(t => t.Sections).SelectMany(s => s.Controls);
}
