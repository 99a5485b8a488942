using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

/// <summary>
/// Assigning a row carries its related rows along as each relationship's cascade on assign says: an account's contacts
/// all (Cascade), its open opportunities (ActiveOnly) with their closes (Cascade), the leads its old owner owned (UserOwned).
/// </summary>
public class AssignCascadeTests
{
    private readonly LocalOrganization organization;
    private readonly IOrganizationService admin;
    private readonly Guid oldOwner;
    private readonly Guid newOwner;
    private readonly Guid account;

    public AssignCascadeTests()
    {
        var relationships = new OneToManyRelationship[]
        {
            new("contact_customer_accounts", "account", "accountid", "contact", "parentcustomerid") { Cascade = new CascadeConfiguration(Assign: CascadeLink.Cascade) },
            new("opportunity_parent_account", "account", "accountid", "opportunity", "parentaccountid") { Cascade = new CascadeConfiguration(Assign: CascadeLink.ActiveOnly) },
            new("lead_parent_account", "account", "accountid", "lead", "parentaccountid") { Cascade = new CascadeConfiguration(Assign: CascadeLink.UserOwned) },
            new("opportunity_OpportunityClose", "opportunity", "opportunityid", "opportunityclose", "opportunityid") { Cascade = new CascadeConfiguration(Assign: CascadeLink.Cascade) },
            new("contact_originating_lead", "lead", "leadid", "contact", "originatingleadid"),
        };
        organization = new OrganizationBuilder().WithMetadata(new MetadataModel(SalesTables.Tables, [], relationships, [])).Build();
        admin = organization.ServiceFor(organization.AdminUserId);
        var sales = organization.CreateBusinessUnit("Sales");
        oldOwner = organization.CreateUser("Olga Old", null, organization.Security.SystemAdministrator.Id);
        newOwner = organization.CreateUser("Nina New", sales, organization.Security.SystemAdministrator.Id);
        account = admin.Create(new Entity("account") { ["name"] = "Contoso", ["ownerid"] = User(oldOwner) });
    }

    [Fact]
    public void Every_contact_of_the_account_follows_it_to_the_new_owner_and_its_business_unit()
    {
        var contact = Child("contact", "parentcustomerid", new EntityReference("account", account), oldOwner);

        Assign(account);

        var stored = organization.Database.Find("contact", contact)!;
        Assert.Equal(newOwner, stored.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(organization.Security.BusinessUnitOf(newOwner), stored.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
    }

    [Fact]
    public void Only_the_open_opportunities_follow_the_account()
    {
        var open = Child("opportunity", "parentaccountid", new EntityReference("account", account), oldOwner);
        var lost = Child("opportunity", "parentaccountid", new EntityReference("account", account), oldOwner);
        admin.Update(new Entity("opportunity", lost) { ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(4) });

        Assign(account);

        Assert.Equal(newOwner, OwnerOf("opportunity", open));
        Assert.Equal(oldOwner, OwnerOf("opportunity", lost));
    }

    [Fact]
    public void Only_the_leads_the_old_owner_owned_follow_the_account()
    {
        var third = organization.CreateUser("Theo Third", null, organization.Security.SystemAdministrator.Id);
        var oldOwners = Child("lead", "parentaccountid", new EntityReference("account", account), oldOwner);
        var thirds = Child("lead", "parentaccountid", new EntityReference("account", account), third);

        Assign(account);

        Assert.Equal(newOwner, OwnerOf("lead", oldOwners));
        Assert.Equal(third, OwnerOf("lead", thirds));
    }

    [Fact]
    public void The_rows_of_a_row_that_follows_follow_it_in_turn()
    {
        var opportunity = Child("opportunity", "parentaccountid", new EntityReference("account", account), oldOwner);
        var close = Child("opportunityclose", "opportunityid", new EntityReference("opportunity", opportunity), oldOwner);

        Assign(account);

        Assert.Equal(newOwner, OwnerOf("opportunityclose", close));
    }

    [Fact]
    public void A_relationship_without_cascade_leaves_its_rows_with_their_owner()
    {
        var lead = Child("lead", "parentaccountid", new EntityReference("account", account), oldOwner);
        var contact = Child("contact", "originatingleadid", new EntityReference("lead", lead), oldOwner);

        admin.Update(new Entity("lead", lead) { ["ownerid"] = User(newOwner) });

        Assert.Equal(oldOwner, OwnerOf("contact", contact));
    }

    private static EntityReference User(Guid id) => new("systemuser", id);

    private Guid Child(string table, string lookup, EntityReference parent, Guid owner) =>
        admin.Create(new Entity(table) { [lookup] = parent, ["ownerid"] = User(owner) });

    private void Assign(Guid accountId) => admin.Update(new Entity("account", accountId) { ["ownerid"] = User(newOwner) });

    private Guid OwnerOf(string table, Guid id) => organization.Database.Find(table, id)!.GetAttributeValue<EntityReference>("ownerid").Id;
}
