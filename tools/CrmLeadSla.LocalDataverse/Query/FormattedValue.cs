using System.Globalization;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// The text Dataverse puts in Entity.FormattedValues for a column: option labels (1033), two-option labels,
/// a lookup's name, money and dates in the en-US format of an organization whose base currency is the US dollar.
/// </summary>
internal static class FormattedValue
{
    private const int English = 1033;
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The formatted text of a stored value, or null for kinds Dataverse does not format.</summary>
    public static string? Of(ColumnDefinition column, object value) => value switch
    {
        OptionSetValue option => Label(column, option.Value),
        OptionSetValueCollection options => string.Join("; ", options.Select(o => Label(column, o.Value))),
        bool flag => column.OptionSet is null ? (flag ? "Yes" : "No") : Label(column, flag ? 1 : 0),
        EntityReference reference => reference.Name,
        Money money => money.Value.ToString("C" + (column.Precision ?? 2).ToString(CultureInfo.InvariantCulture), UnitedStates),
        DateTime date => date.ToString("M/d/yyyy h:mm tt", UnitedStates),
        _ => null,
    };

    /// <summary>The label of an option in English, or null when the column has no such option.</summary>
    public static string? Label(ColumnDefinition column, int value) =>
        column.OptionSet?.Options.FirstOrDefault(o => o.Value == value)?.Label.In(English);
}
