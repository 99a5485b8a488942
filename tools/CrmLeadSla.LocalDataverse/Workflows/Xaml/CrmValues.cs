using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>
/// The values a classic workflow moves between columns, variables and activity arguments: the .NET types its XAML
/// names, how a column value becomes the type a step asks for, and how two values compare in a condition.
/// </summary>
internal static class CrmValues
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["System.String"] = typeof(string),
        ["System.Int32"] = typeof(int),
        ["System.Boolean"] = typeof(bool),
        ["System.Decimal"] = typeof(decimal),
        ["System.Double"] = typeof(double),
        ["System.DateTime"] = typeof(DateTime),
        ["System.Guid"] = typeof(Guid),
        ["System.Object"] = typeof(object),
        ["Microsoft.Xrm.Sdk.Entity"] = typeof(Entity),
        ["Microsoft.Xrm.Sdk.EntityReference"] = typeof(EntityReference),
        ["Microsoft.Xrm.Sdk.Money"] = typeof(Money),
        ["Microsoft.Xrm.Sdk.OptionSetValue"] = typeof(OptionSetValue),
    };

    /// <summary>The type of a .NET full name the workflow may use, or null.</summary>
    public static Type? TypeOf(string clrName) => Types.GetValueOrDefault(clrName);

    /// <summary>
    /// A value as the type a step asks for (GetEntityProperty's TargetType, ConvertCrmXrmTypes): the row's key becomes a
    /// reference to the row, an option value number an OptionSetValue, a number another number type; null stays null
    /// and a null target keeps the value as it is.
    /// </summary>
    /// <exception cref="WorkflowRunException">The value cannot be that type.</exception>
    public static object? As(object? value, Type? target, string table)
    {
        if (value is null || target is null || target == typeof(object) || target.IsInstanceOfType(value))
        {
            return value;
        }

        return (value, target) switch
        {
            (Guid id, _) when target == typeof(EntityReference) => new EntityReference(table, id),
            (int number, _) when target == typeof(OptionSetValue) => new OptionSetValue(number),
            (OptionSetValue option, _) when target == typeof(int) => option.Value,
            (Money money, _) when target == typeof(decimal) => money.Value,
            (decimal amount, _) when target == typeof(Money) => new Money(amount),
            (IConvertible number, _) when IsNumber(value) && IsNumber(target) => System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture),
            _ => throw new WorkflowRunException($"a {value.GetType().Name} value cannot be used as {target.Name}."),
        };
    }

    /// <summary>
    /// How <paramref name="left"/> compares with <paramref name="right"/> as a condition compares them: references by
    /// id, option values and money by their number, numbers as decimals, dates in UTC, text without regard to case;
    /// null when they cannot be ordered (a null or two kinds of value).
    /// </summary>
    public static int? Compare(object? left, object? right)
    {
        var (a, b) = (Comparable(left), Comparable(right));
        return a is null || b is null ? null
            : a is string x && b is string y ? string.Compare(x, y, StringComparison.OrdinalIgnoreCase)
            : a.GetType() == b.GetType() && a is IComparable comparable ? comparable.CompareTo(b)
            : null;
    }

    /// <summary>True when both are null, or both compare equal.</summary>
    public static bool AreEqual(object? left, object? right) => (left is null && right is null) || Compare(left, right) == 0;

    private static object? Comparable(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        Entity entity => entity.Id,
        OptionSetValue option => (decimal)option.Value,
        Money money => money.Value,
        DateTime date => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc),
        int or long or double or float or decimal => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static bool IsNumber(object value) => value is int or long or double or float or decimal;

    private static bool IsNumber(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal);
}
