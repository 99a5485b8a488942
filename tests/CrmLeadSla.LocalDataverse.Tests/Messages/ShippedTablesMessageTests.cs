using CrmLeadSla.Solution.Source;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

/// <summary>The special messages on the metadata the CLI runs: the solution merged with the shipped standard tables.</summary>
public class ShippedTablesMessageTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    [Fact]
    public void Qualify_lead_on_the_shipped_tables_creates_account_contact_and_opportunity()
    {
        var organization = new LocalOrganization(Solution.Metadata);
        var service = organization.ServiceFor(organization.AdminUserId);
        var lead = service.Create(new Entity("lead")
        {
            ["subject"] = "Needs 40 licences",
            ["companyname"] = "Contoso",
            ["firstname"] = "Ada",
            ["lastname"] = "Ray",
            ["budgetamount"] = new Money(25_000m),
        });

        var created = (EntityReferenceCollection)service.Execute(new QualifyLeadRequest
        {
            LeadId = new EntityReference("lead", lead),
            CreateAccount = true,
            CreateContact = true,
            CreateOpportunity = true,
            Status = new OptionSetValue(3),
        })["CreatedEntities"];

        Assert.Equal(["account", "contact", "opportunity"], created.Select(r => r.LogicalName));
        Assert.Equal(1, service.Retrieve("lead", lead, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Win_opportunity_on_the_shipped_tables_closes_it_as_won()
    {
        var organization = new LocalOrganization(Solution.Metadata);
        var service = organization.ServiceFor(organization.AdminUserId);
        var opportunity = service.Create(new Entity("opportunity") { ["name"] = "40 licences" });

        service.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose")
            {
                ["subject"] = "Won",
                ["opportunityid"] = new EntityReference("opportunity", opportunity),
                ["actualrevenue"] = new Money(18_000m),
            },
            Status = new OptionSetValue(3),
        });

        var row = service.Retrieve("opportunity", opportunity, new ColumnSet("statecode", "actualvalue"));
        Assert.Equal((1, 18_000m), (row.GetAttributeValue<OptionSetValue>("statecode").Value, row.GetAttributeValue<Money>("actualvalue").Value));
    }

    [Fact]
    public void Create_of_a_user_on_the_shipped_tables_composes_its_fullname()
    {
        var organization = new LocalOrganization(Solution.Metadata);
        var service = organization.ServiceFor(organization.AdminUserId);
        var businessUnit = service.Retrieve("systemuser", organization.AdminUserId, new ColumnSet("businessunitid")).GetAttributeValue<EntityReference>("businessunitid");

        var user = service.Create(new Entity("systemuser")
        {
            ["firstname"] = "Ada",
            ["lastname"] = "Ray",
            ["domainname"] = "ada@contoso.com",
            ["businessunitid"] = businessUnit,
        });

        Assert.Equal("Ada Ray", service.Retrieve("systemuser", user, new ColumnSet("fullname")).GetAttributeValue<string>("fullname"));
    }
}
