using System.Data.SqlTypes;
using System.Globalization;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// The one .NET type each column kind compares as: Guid for keys and lookups, string for text,
/// long for whole numbers and options, decimal for decimals and money, double, bool, DateTime (UTC),
/// and a set of longs for multi-select options. Both the stored values and the query's values are
/// brought to it, so a condition compares like with like.
/// </summary>
internal static class ComparableValue
{
    /// <summary>The column's value in the row, as its comparable type, or null.</summary>
    public static object? Read(Entity row, ColumnDefinition column)
    {
        if (row.Attributes.TryGetValue(column.LogicalName, out var stored) && stored is not null)
        {
            return FromStored(stored);
        }

        return column.Kind == ColumnKind.PrimaryKey && row.Id != Guid.Empty ? row.Id : null;
    }

    /// <summary>A stored SDK value as its comparable type.</summary>
    public static object? FromStored(object? stored) => stored switch
    {
        null => null,
        Money money => money.Value,
        OptionSetValue option => (long)option.Value,
        EntityReference reference => reference.Id,
        OptionSetValueCollection options => options.Select(o => (long)o.Value).ToHashSet(),
        int number => (long)number,
        DateTime date => AsUtc(date),
        _ => stored,
    };

    /// <summary>A query value converted to the column's comparable type, or null when it cannot be.</summary>
    public static object? FromQuery(object value, ColumnKind kind) => kind switch
    {
        ColumnKind.PrimaryKey or ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner or ColumnKind.Uniqueidentifier => ToGuid(value),
        ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName => value as string,
        ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status or ColumnKind.MultiSelectPicklist => ToLong(value),
        ColumnKind.Decimal or ColumnKind.Money => ToDecimal(value),
        ColumnKind.Double => ToDouble(value),
        ColumnKind.Boolean => ToBool(value),
        ColumnKind.DateTime => ToDate(value),
        _ => null,
    };

    /// <summary>The SDK type name Dataverse names in a wrong-type fault.</summary>
    public static string ExpectedTypeName(ColumnKind kind) => kind switch
    {
        ColumnKind.PrimaryKey or ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner or ColumnKind.Uniqueidentifier => "System.Guid",
        ColumnKind.Integer or ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status or ColumnKind.MultiSelectPicklist => "System.Int32",
        ColumnKind.BigInt => "System.Int64",
        ColumnKind.Decimal or ColumnKind.Money => "System.Decimal",
        ColumnKind.Double => "System.Double",
        ColumnKind.Boolean => "System.Boolean",
        ColumnKind.DateTime => "System.DateTime",
        _ => "System.String",
    };

    /// <summary>Orders two comparable values of the same column kind.</summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (string l, string r) => TextCollation.Compare(l, r),
        // SQL Server orders uniqueidentifiers by their last bytes first.
        (Guid l, Guid r) => new SqlGuid(l).CompareTo(new SqlGuid(r)),
        (IComparable l, _) when left.GetType() == right.GetType() => l.CompareTo(right),
        _ => throw new InvalidOperationException($"Values of types {left.GetType()} and {right.GetType()} do not compare."),
    };

    /// <summary>Equality under <see cref="Compare"/> (so text equality ignores case and accents).</summary>
    public static bool AreEqual(object left, object right) =>
        left.GetType() == right.GetType() && Compare(left, right) == 0;

    private static DateTime AsUtc(DateTime date) => date.Kind switch
    {
        DateTimeKind.Local => date.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(date, DateTimeKind.Utc),
        _ => date,
    };

    private static object? ToGuid(object value) => value switch
    {
        Guid id => id,
        EntityReference reference => reference.Id,
        string text when Guid.TryParse(text, out var id) => id,
        _ => null,
    };

    private static object? ToLong(object value) => value switch
    {
        int or long or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        OptionSetValue option => (long)option.Value,
        string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static object? ToDecimal(object value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        Money money => money.Value,
        string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static object? ToDouble(object value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    // Two-option columns take true/false or 1/0, as the platform's bit columns do.
    private static object? ToBool(object value) => value switch
    {
        bool flag => flag,
        int or long when Convert.ToInt64(value, CultureInfo.InvariantCulture) is 0 or 1 => Convert.ToInt64(value, CultureInfo.InvariantCulture) == 1,
        "1" => true,
        "0" => false,
        string text when bool.TryParse(text, out var flag) => flag,
        _ => null,
    };

    private static object? ToDate(object value) => value switch
    {
        DateTime date => AsUtc(date),
        string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) => date,
        _ => null,
    };
}
