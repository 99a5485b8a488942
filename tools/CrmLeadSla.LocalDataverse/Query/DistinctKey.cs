using System.Text;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>What makes two result rows the same for a distinct query: the same columns with equal values.</summary>
internal static class DistinctKey
{
    /// <summary>A text that two results share exactly when distinct treats them as one.</summary>
    public static string Of(Entity result)
    {
        var key = new StringBuilder();
        foreach (var (name, value) in result.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var comparable = ComparableValue.FromStored(value is AliasedValue aliased ? aliased.Value : value);
            var text = comparable switch
            {
                string s => JoinKey.Of(s).ToString(),
                HashSet<long> set => string.Join(",", set.Order()),
                _ => Convert.ToString(comparable, System.Globalization.CultureInfo.InvariantCulture),
            };
            key.Append(name).Append('=').Append(text).Append('\u0001');
        }

        return key.ToString();
    }
}
