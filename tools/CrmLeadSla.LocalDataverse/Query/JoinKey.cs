namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>A comparable value as a hash key that matches when the collation says equal.</summary>
internal static class JoinKey
{
    /// <summary>The key: folded text for strings, the value itself otherwise.</summary>
    public static object Of(object comparable) =>
        comparable is string text ? TextCollation.Fold(text.TrimEnd(' ')) : comparable;
}
