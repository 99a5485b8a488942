namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>SQL Server's order: null before every value; values as their column kind compares them.</summary>
internal sealed class NullsFirst : IComparer<object?>
{
    /// <summary>The one instance.</summary>
    public static readonly NullsFirst Instance = new();

    /// <inheritdoc/>
    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => ComparableValue.Compare(x, y),
    };
}
