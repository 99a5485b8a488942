using System.Text;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>The words a proposed rule's name uses for a lead column or an interaction type.</summary>
internal static class ColumnLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["budgetamount"] = "Budget",
        ["budgetstatus"] = "Budget status",
        ["decisionmaker"] = "Decision maker",
        ["need"] = "Need",
        ["purchasetimeframe"] = "Purchase time frame",
        ["purchaseprocess"] = "Purchase process",
        ["revenue"] = "Annual revenue",
        ["numberofemployees"] = "Employees",
        ["industrycode"] = "Industry",
        ["leadsourcecode"] = "Lead source",
        ["leadqualitycode"] = "Rating",
        ["jobtitle"] = "Job title",
        ["emailaddress1"] = "E-mail",
        ["companyname"] = "Company",
        ["websiteurl"] = "Website",
        ["address1_city"] = "City",
        ["address1_country"] = "Country",
        ["parentaccountid"] = "Existing account",
        ["parentcontactid"] = "Existing contact",
    };

    /// <summary>The column's label, or its logical name when it has none.</summary>
    public static string Of(string column) => Labels.TryGetValue(column, out var label) ? label : column;

    /// <summary>"Webinar attendance" for WebinarAttendance, "E-mail click" for EmailClick.</summary>
    public static string Of(InteractionType type)
    {
        var name = type.ToString();
        var text = new StringBuilder(name.Length + 4).Append(name[0]);
        foreach (var c in name.Skip(1))
        {
            text.Append(char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
        }

        return text.ToString().Replace("Email", "E-mail", StringComparison.Ordinal);
    }
}
