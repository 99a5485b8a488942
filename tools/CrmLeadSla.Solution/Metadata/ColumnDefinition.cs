namespace CrmLeadSla.Solution.Metadata;

/// <summary>How much a column must be filled in.</summary>
public enum RequiredLevel
{
    /// <summary>Optional.</summary>
    None,
    /// <summary>Required by the platform (a create without it fails).</summary>
    SystemRequired,
    /// <summary>Business required (enforced by forms, not by the service).</summary>
    ApplicationRequired,
    /// <summary>Recommended.</summary>
    Recommended,
}

/// <summary>A column (attribute) of a table.</summary>
public sealed record ColumnDefinition
{
    /// <summary>Logical name, lower case.</summary>
    public required string LogicalName { get; init; }

    /// <summary>Its type.</summary>
    public required ColumnKind Kind { get; init; }

    /// <summary>Display name.</summary>
    public LocalizedText DisplayName { get; init; } = LocalizedText.Empty;

    /// <summary>Description.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>Maximum length of String and Memo columns.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Smallest allowed value of a number column.</summary>
    public decimal? MinValue { get; init; }

    /// <summary>Largest allowed value of a number column.</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>Decimal places of Decimal, Double and Money columns.</summary>
    public int? Precision { get; init; }

    /// <summary>Tables a Lookup, Customer or Owner column may point at.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The option set of a Picklist, MultiSelectPicklist, State or Status column; for a Boolean column its false (0) and true (1) labels.</summary>
    public OptionSetDefinition? OptionSet { get; init; }

    /// <summary>Required level.</summary>
    public RequiredLevel RequiredLevel { get; init; } = RequiredLevel.None;

    /// <summary>The value a create gets when it does not set the column (e.g. a default option).</summary>
    public object? DefaultValue { get; init; }

    /// <summary>False for columns only the platform writes on create (createdon, modifiedby…).</summary>
    public bool IsValidForCreate { get; init; } = true;

    /// <summary>False for columns only the platform writes on update.</summary>
    public bool IsValidForUpdate { get; init; } = true;

    /// <summary>True for columns the solution adds (publisher prefix); false for standard ones.</summary>
    public bool IsCustom { get; init; }

    /// <summary>Display format: Text, Email, Url, Phone, TextArea (String); DateOnly, DateAndTime (DateTime); None, Duration (Integer).</summary>
    public string? Format { get; init; }

    /// <summary>DateTime columns: UserLocal, DateOnly or TimeZoneIndependent.</summary>
    public string? DateTimeBehavior { get; init; }

    /// <summary>
    /// True for a column under column-level security (AttributeMetadata.IsSecured): only System Administrators and the
    /// members of a field security profile that allows it may read it, set it on create or change it.
    /// </summary>
    public bool IsSecured { get; init; }
}
