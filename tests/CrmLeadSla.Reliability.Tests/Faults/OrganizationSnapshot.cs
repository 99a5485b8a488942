using System.Globalization;
using System.Text;
using CrmLeadSla.LocalDataverse;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Reliability.Tests.Faults;

/// <summary>Every committed row of an organization as text, to compare the state before and after a failed operation.</summary>
internal static class OrganizationSnapshot
{
    public static string Of(LocalOrganization organization)
    {
        var text = new StringBuilder();
        foreach (var table in organization.Database.TableNames.Order(StringComparer.Ordinal))
        {
            foreach (var row in organization.Database.Rows(table).OrderBy(r => r.Id))
            {
                text.Append(CultureInfo.InvariantCulture, $"{table} {row.Id} v{row.RowVersion}:");
                foreach (var (column, value) in row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    text.Append(CultureInfo.InvariantCulture, $" {column}={Describe(value)}");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        EntityReference reference => $"{reference.LogicalName}:{reference.Id}",
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
