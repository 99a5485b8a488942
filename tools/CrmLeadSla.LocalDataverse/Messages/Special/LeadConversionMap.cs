using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// The standard lead column mappings Dataverse applies when it qualifies a lead (the lead → account, contact and
/// opportunity entity maps of a new organization). A column is copied only when the lead has a value for it and
/// the target table has the column, so a smaller metadata set never makes qualification fail.
/// </summary>
internal static class LeadConversionMap
{
    private static readonly string[] Address =
    [
        "address1_line1", "address1_line2", "address1_line3", "address1_city", "address1_stateorprovince",
        "address1_postalcode", "address1_country", "address1_county",
    ];

    private static readonly string[] ContactPreferences =
        ["donotemail", "donotphone", "donotfax", "donotpostalmail", "donotbulkemail", "donotsendmm"];

    /// <summary>Lead column → account column.</summary>
    public static readonly IReadOnlyDictionary<string, string> ToAccount = Same(
            ["telephone1", "telephone2", "fax", "emailaddress1", "websiteurl", "description", "sic", "revenue",
             "numberofemployees", "industrycode", "transactioncurrencyid", .. Address, .. ContactPreferences])
        .With("companyname", "name")
        .With("yomicompanyname", "yominame");

    /// <summary>Lead column → contact column.</summary>
    public static readonly IReadOnlyDictionary<string, string> ToContact = Same(
        ["firstname", "middlename", "lastname", "salutation", "jobtitle", "emailaddress1", "emailaddress2",
         "emailaddress3", "telephone1", "telephone2", "telephone3", "mobilephone", "pager", "fax", "websiteurl",
         "description", "yomifirstname", "yomimiddlename", "yomilastname", "transactioncurrencyid",
         .. Address, .. ContactPreferences]);

    /// <summary>Lead column → opportunity column.</summary>
    public static readonly IReadOnlyDictionary<string, string> ToOpportunity = Same(
            ["description", "qualificationcomments", "budgetamount", "budgetstatus", "decisionmaker", "need",
             "purchaseprocess", "purchasetimeframe", "estimatedclosedate", "transactioncurrencyid"])
        .With("subject", "name")
        .With("estimatedamount", "estimatedvalue");

    /// <summary>A new row of <paramref name="table"/> with the mapped values of <paramref name="lead"/>.</summary>
    public static Entity Copy(Entity lead, IReadOnlyDictionary<string, string> map, TableDefinition table)
    {
        var row = new Entity(table.LogicalName);
        foreach (var (leadColumn, targetColumn) in map)
        {
            if (lead.Attributes.TryGetValue(leadColumn, out var value) && value is not null && table.Column(targetColumn) is not null)
            {
                row[targetColumn] = value;
            }
        }

        return row;
    }

    private static Dictionary<string, string> Same(IEnumerable<string> columns) =>
        columns.ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> With(this Dictionary<string, string> map, string leadColumn, string targetColumn)
    {
        map[leadColumn] = targetColumn;
        return map;
    }
}
