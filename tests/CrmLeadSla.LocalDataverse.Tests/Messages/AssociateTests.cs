using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

public class AssociateTests
{
    private static readonly Relationship LeadAccounts = new(SalesTables.LeadAccountsRelationship);
    private static readonly Relationship ContactsOfAccount = new(SalesTables.ContactsOfAccountRelationship);

    [Fact]
    public void Associate_many_to_many_adds_one_intersect_row_per_pair()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var leads = new EntityReferenceCollection
        {
            new("lead", sales.Service.Create(new Entity("lead"))),
            new("lead", sales.Service.Create(new Entity("lead"))),
        };

        sales.Service.Associate("account", account, LeadAccounts, leads);

        Assert.Equal(2, sales.Count("accountleads"));
    }

    [Fact]
    public void Associating_the_same_pair_twice_fails_as_a_duplicate_key()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var lead = new EntityReferenceCollection { new("lead", sales.Service.Create(new Entity("lead"))) };
        sales.Service.Associate("account", account, LeadAccounts, lead);

        var fault = SalesOrganization.FaultOf(() => sales.Service.Associate("account", account, LeadAccounts, lead));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
    }

    [Fact]
    public void Associate_many_to_many_works_from_either_side()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var lead = sales.Service.Create(new Entity("lead"));

        sales.Service.Associate("lead", lead, LeadAccounts, [new EntityReference("account", account)]);

        var pair = Assert.Single(sales.Organization.Database.Rows("accountleads"));
        Assert.Equal((account, lead), (pair.GetAttributeValue<Guid>("accountid"), pair.GetAttributeValue<Guid>("leadid")));
    }

    [Fact]
    public void Disassociate_many_to_many_removes_the_intersect_row()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var lead = new EntityReferenceCollection { new("lead", sales.Service.Create(new Entity("lead"))) };
        sales.Service.Associate("account", account, LeadAccounts, lead);

        sales.Service.Disassociate("account", account, LeadAccounts, lead);

        Assert.Equal(0, sales.Count("accountleads"));
    }

    [Fact]
    public void Associate_one_to_many_sets_the_lookup_on_the_referencing_rows()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var contact = sales.Service.Create(new Entity("contact") { ["lastname"] = "Ray" });

        sales.Service.Associate("account", account, ContactsOfAccount, [new EntityReference("contact", contact)]);

        Assert.Equal(account, sales.Row("contact", contact).GetAttributeValue<EntityReference>("parentcustomerid").Id);
    }

    [Fact]
    public void Associate_one_to_many_works_from_the_referencing_side()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var contact = sales.Service.Create(new Entity("contact") { ["lastname"] = "Ray" });

        sales.Service.Associate("contact", contact, ContactsOfAccount, [new EntityReference("account", account)]);

        Assert.Equal(account, sales.Row("contact", contact).GetAttributeValue<EntityReference>("parentcustomerid").Id);
    }

    [Fact]
    public void Disassociate_one_to_many_clears_the_lookup()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var contact = sales.Service.Create(new Entity("contact") { ["parentcustomerid"] = new EntityReference("account", account) });

        sales.Service.Disassociate("account", account, ContactsOfAccount, [new EntityReference("contact", contact)]);

        Assert.Null(sales.Row("contact", contact).GetAttributeValue<EntityReference>("parentcustomerid"));
    }

    [Fact]
    public void Associate_one_to_many_runs_the_update_steps_of_the_referencing_table()
    {
        var updated = new List<Guid>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => updated.Add(run.Target.Id)).On("Update", "contact").At(PipelineStage.PostOperation));
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var contact = sales.Service.Create(new Entity("contact") { ["lastname"] = "Ray" });

        sales.Service.Associate("account", account, ContactsOfAccount, [new EntityReference("contact", contact)]);

        Assert.Equal([contact], updated);
    }

    [Fact]
    public void Associate_without_append_to_on_the_referenced_row_is_refused()
    {
        var role = new RoleBuilder("Contacts only")
            .Grants("contact", PrivilegeDepth.Global, "Create", "Read", "Write", "Append", "AppendTo")
            .Grants("account", PrivilegeDepth.Global, "Read");
        var builder = new OrganizationBuilder().WithMetadata(SalesTables.Model()).WithRole(role.Build());
        var organization = builder.Build();
        var admin = organization.ServiceFor(organization.AdminUserId);
        var account = admin.Create(new Entity("account") { ["name"] = "Contoso" });
        var user = organization.ServiceFor(organization.CreateUser("Sales", null, role.Id));
        var contact = user.Create(new Entity("contact") { ["lastname"] = "Ray" });

        var fault = SalesOrganization.FaultOf(() =>
            user.Associate("account", account, ContactsOfAccount, [new EntityReference("contact", contact)]));

        Assert.Contains("prvAppendToaccount", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Associate_many_to_many_without_append_on_the_related_row_is_refused()
    {
        var role = new RoleBuilder("Accounts only")
            .Grants("account", PrivilegeDepth.Global, "Create", "Read", "Write", "Append", "AppendTo")
            .Grants("lead", PrivilegeDepth.Global, "Create", "Read", "Write", "AppendTo");
        var organization = new OrganizationBuilder().WithMetadata(SalesTables.Model()).WithRole(role.Build()).Build();
        var user = organization.ServiceFor(organization.CreateUser("Sales", null, role.Id));
        var account = user.Create(new Entity("account") { ["name"] = "Contoso" });
        var lead = user.Create(new Entity("lead"));

        var fault = SalesOrganization.FaultOf(() => user.Associate("account", account, LeadAccounts, [new EntityReference("lead", lead)]));

        Assert.Contains("prvAppendlead", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disassociate_many_to_many_without_append_on_the_target_row_is_refused()
    {
        var role = new RoleBuilder("Leads only")
            .Grants("lead", PrivilegeDepth.Global, "Create", "Read", "Write", "Append", "AppendTo")
            .Grants("account", PrivilegeDepth.Global, "Read", "AppendTo");
        var organization = new OrganizationBuilder().WithMetadata(SalesTables.Model()).WithRole(role.Build()).Build();
        var admin = organization.ServiceFor(organization.AdminUserId);
        var account = admin.Create(new Entity("account") { ["name"] = "Contoso" });
        var lead = admin.Create(new Entity("lead"));
        admin.Associate("account", account, LeadAccounts, [new EntityReference("lead", lead)]);
        var user = organization.ServiceFor(organization.CreateUser("Sales", null, role.Id));

        var fault = SalesOrganization.FaultOf(() => user.Disassociate("account", account, LeadAccounts, [new EntityReference("lead", lead)]));

        Assert.Contains("prvAppendaccount", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Associate_by_a_relationship_the_metadata_lacks_is_refused()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var lead = sales.Service.Create(new Entity("lead"));

        var fault = SalesOrganization.FaultOf(() =>
            sales.Service.Associate("account", account, new Relationship("no_such_relationship"), [new EntityReference("lead", lead)]));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void Associate_with_a_missing_related_row_is_refused()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var fault = SalesOrganization.FaultOf(() =>
            sales.Service.Associate("account", account, LeadAccounts, [new EntityReference("lead", Guid.NewGuid())]));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }
}
