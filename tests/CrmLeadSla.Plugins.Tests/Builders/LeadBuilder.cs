using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Builders;

/// <summary>A lead row: <c>new LeadBuilder().JobTitle("Head of development").With("revenue", new Money(1m)).CreateIn(service)</c>.</summary>
internal sealed class LeadBuilder
{
    private readonly Entity lead = new(LeadSchema.EntityName)
    {
        ["subject"] = "Interested in CrmLeadSla",
        ["lastname"] = "Prospect",
    };

    public LeadBuilder JobTitle(string jobTitle) => With("jobtitle", jobTitle);

    public LeadBuilder Email(string address) => With("emailaddress1", address);

    public LeadBuilder With(string column, object? value)
    {
        lead[column] = value;
        return this;
    }

    /// <summary>The row, not yet created.</summary>
    public Entity Build()
    {
        var copy = new Entity(lead.LogicalName);
        foreach (var column in lead.Attributes)
        {
            copy[column.Key] = column.Value;
        }

        return copy;
    }

    public Guid CreateIn(IOrganizationService service) => service.Create(Build());
}
