using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// The value a [Default] attribute gives an input argument the workflow leaves unset, read as the workflow
/// designer reads it: invariant numbers, ISO 8601 dates, "true"/"false", an option value, a row id with its table.
/// </summary>
internal static class ActivityDefaults
{
    /// <summary>The argument's default value, or null when it declares none.</summary>
    public static object? Of(ActivityArgument argument)
    {
        if (argument.Default is not { } declared)
        {
            return null;
        }

        var text = declared.Value;
        var type = argument.ValueType;
        var culture = CultureInfo.InvariantCulture;
        return type == typeof(string) ? text
            : type == typeof(bool) ? bool.Parse(text)
            : type == typeof(int) ? int.Parse(text, culture)
            : type == typeof(decimal) ? decimal.Parse(text, culture)
            : type == typeof(double) ? double.Parse(text, culture)
            : type == typeof(DateTime) ? DateTime.Parse(text, culture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : type == typeof(Money) ? new Money(decimal.Parse(text, culture))
            : type == typeof(OptionSetValue) ? new OptionSetValue(int.Parse(text, culture))
            : type == typeof(EntityReference) ? new EntityReference(declared.EntityName, Guid.Parse(text))
            : throw new ActivityDeclarationException($"Argument '{argument.Name}' has a [Default] of a type a workflow cannot bind.");
    }
}
