namespace CrmLeadSla.Solution.Metadata;

/// <summary>Who owns the rows of a table, which decides how privileges apply.</summary>
public enum TableOwnership
{
    /// <summary>Rows have an owner (user or team) and an owning business unit.</summary>
    UserOwned,
    /// <summary>Rows belong to the organization.</summary>
    OrganizationOwned,
    /// <summary>Rows belong to a business unit (systemuser, team, businessunit).</summary>
    BusinessOwned,
}

/// <summary>A table (entity) with its columns.</summary>
public sealed record TableDefinition
{
    /// <summary>Logical name, lower case.</summary>
    public required string LogicalName { get; init; }

    /// <summary>Plural logical name used by the Web API (entity set name).</summary>
    public string? EntitySetName { get; init; }

    /// <summary>The primary key column, e.g. <c>leadid</c>.</summary>
    public required string PrimaryIdAttribute { get; init; }

    /// <summary>The primary name column, e.g. <c>fullname</c>.</summary>
    public required string PrimaryNameAttribute { get; init; }

    /// <summary>Ownership type.</summary>
    public TableOwnership Ownership { get; init; } = TableOwnership.UserOwned;

    /// <summary>True for activity tables (they share the activitypointer columns).</summary>
    public bool IsActivity { get; init; }

    /// <summary>True for tables the solution adds.</summary>
    public bool IsCustom { get; init; }

    /// <summary>Display name (singular).</summary>
    public LocalizedText DisplayName { get; init; } = LocalizedText.Empty;

    /// <summary>Display name (plural).</summary>
    public LocalizedText DisplayCollectionName { get; init; } = LocalizedText.Empty;

    /// <summary>Description.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>Columns by logical name (case-insensitive keys).</summary>
    public required IReadOnlyDictionary<string, ColumnDefinition> Columns { get; init; }

    /// <summary>
    /// The column with exactly this logical name, or null. Logical names are lower case and Dataverse matches them
    /// exactly: <c>FirstName</c> names no column of lead.
    /// </summary>
    public ColumnDefinition? Column(string logicalName) =>
        Columns.TryGetValue(logicalName, out var column) && string.Equals(column.LogicalName, logicalName, StringComparison.Ordinal) ? column : null;
}
