namespace CrmLeadSla.Solution.Metadata;

/// <summary>One choice of an option set.</summary>
/// <param name="Value">The stored integer value.</param>
/// <param name="Label">Its display label.</param>
/// <param name="State">For a statuscode option: the statecode value it belongs to.</param>
public sealed record OptionDefinition(int Value, LocalizedText Label, int? State = null);

/// <summary>A global or local option set.</summary>
/// <param name="Name">Its name (the column's logical name for a local set).</param>
/// <param name="IsGlobal">True for a global option set shared by several columns.</param>
/// <param name="Options">The allowed values.</param>
public sealed record OptionSetDefinition(string Name, bool IsGlobal, IReadOnlyList<OptionDefinition> Options)
{
    /// <summary>Display name (global option sets).</summary>
    public LocalizedText DisplayName { get; init; } = LocalizedText.Empty;

    /// <summary>Description (global option sets).</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>True for option sets the solution adds (publisher prefix).</summary>
    public bool IsCustom { get; init; }

    /// <summary>True when <paramref name="value"/> is one of the options.</summary>
    public bool Allows(int value) => Options.Any(o => o.Value == value);
}
