using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class RetrieveUpdateDeleteTests
{
    private readonly LocalOrganization organization = new OrganizationBuilder().Build();

    private IOrganizationService Service => organization.ServiceFor(organization.AdminUserId);

    [Fact]
    public void Retrieve_returns_the_requested_columns_and_the_key()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = "s", ["numberofemployees"] = 4 });

        var row = Service.Retrieve("lead", id, new ColumnSet("subject"));

        Assert.Equal(["leadid", "subject"], row.Attributes.Keys.Order());
    }

    [Fact]
    public void Retrieve_with_all_columns_returns_every_stored_column()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = "s", ["numberofemployees"] = 4 });

        var row = Service.Retrieve("lead", id, new ColumnSet(true));

        Assert.Equal(4, row["numberofemployees"]);
        Assert.True(row.Contains("createdon"));
    }

    [Fact]
    public void Retrieve_names_lookups_and_formats_values_as_queries_do()
    {
        var account = Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var id = Service.Create(new Entity("lead") { ["parentaccountid"] = new EntityReference("account", account), ["budgetamount"] = new Money(1500m) });

        var row = Service.Retrieve("lead", id, new ColumnSet("parentaccountid", "budgetamount"));

        Assert.Equal("Contoso", row.GetAttributeValue<EntityReference>("parentaccountid").Name);
        Assert.Equal("$1,500.00", row.FormattedValues["budgetamount"]);
    }

    [Fact]
    public void Retrieve_leaves_out_columns_without_a_value()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = null });

        var row = Service.Retrieve("lead", id, new ColumnSet("subject"));

        Assert.False(row.Contains("subject"));
    }

    [Fact]
    public void Retrieve_of_an_unknown_column_fails()
    {
        var id = Service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Retrieve("lead", id, new ColumnSet("nosuchcolumn")));

        Assert.Equal(ErrorCodes.AttributeNotFound, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_request_without_its_target_is_refused_naming_the_parameter_and_the_message()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(new OrganizationRequest("Delete")));

        Assert.Equal((ErrorCodes.InvalidArgument, "Required field 'Target' is missing for RequestName='Delete'"), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Retrieve_with_a_row_where_a_reference_belongs_is_refused_naming_the_parameter()
    {
        var id = Service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service.Execute(new OrganizationRequest("Retrieve") { ["Target"] = new Entity("lead", id), ["ColumnSet"] = new ColumnSet(true) }));

        Assert.Equal((ErrorCodes.InvalidArgument, "Parameter 'Target' must be of type EntityReference, not Entity."), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Retrieve_of_a_missing_row_fails_with_does_not_exist()
    {
        var id = Guid.NewGuid();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Retrieve("lead", id, new ColumnSet(false)));

        Assert.Equal((ErrorCodes.ObjectDoesNotExist, $"lead With Id = {id} Does Not Exist"), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Update_changes_only_the_given_columns()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = "old", ["numberofemployees"] = 4 });

        Service.Update(new Entity("lead", id) { ["subject"] = "new" });

        var row = organization.Database.Find("lead", id)!;
        Assert.Equal(("new", 4), (row["subject"], row["numberofemployees"]));
    }

    [Fact]
    public void Update_stamps_modified_on_from_the_clock()
    {
        var id = Service.Create(new Entity("lead"));
        organization.Clock.Advance(TimeSpan.FromMinutes(10));

        Service.Update(new Entity("lead", id) { ["subject"] = "new" });

        Assert.Equal(OrganizationBuilder.Start.AddMinutes(10), organization.Database.Find("lead", id)!["modifiedon"]);
    }

    [Fact]
    public void Update_of_a_missing_row_fails_with_does_not_exist()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Update(new Entity("lead", Guid.NewGuid()) { ["subject"] = "x" }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Update_of_statecode_takes_the_default_status_of_the_new_state()
    {
        var id = Service.Create(new Entity("lead"));

        Service.Update(new Entity("lead", id) { ["statecode"] = new OptionSetValue(1) });

        Assert.Equal(3, organization.Database.Find("lead", id)!.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Update_of_ownerid_moves_the_row_to_the_new_owners_business_unit()
    {
        var unit = organization.CreateBusinessUnit("Sales");
        var seller = organization.CreateUser("Seller", unit);
        var id = Service.Create(new Entity("lead"));

        Service.Update(new Entity("lead", id) { ["ownerid"] = new EntityReference("systemuser", seller) });

        Assert.Equal(unit, organization.Database.Find("lead", id)!.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
    }

    [Fact]
    public void Update_of_ownerid_to_a_team_sets_the_owning_team()
    {
        var team = organization.CreateTeam("Inside sales");
        var id = Service.Create(new Entity("lead"));

        Service.Update(new Entity("lead", id) { ["ownerid"] = new EntityReference("team", team) });

        var row = organization.Database.Find("lead", id)!;
        Assert.Equal((team, (EntityReference?)null), (row.GetAttributeValue<EntityReference>("owningteam").Id, row.GetAttributeValue<EntityReference>("owninguser")));
    }

    [Fact]
    public void Update_of_ownerid_needs_the_assign_privilege()
    {
        var writer = new RoleBuilder("Writer").Grants("lead", PrivilegeDepth.Global, "Create", "Read", "Write");
        var organization = new OrganizationBuilder().WithRole(writer.Build()).Build();
        var user = organization.CreateUser("Writer", roleIds: writer.Id);
        var other = organization.CreateUser("Other", roleIds: writer.Id);
        var service = organization.ServiceFor(user);
        var id = service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity("lead", id) { ["ownerid"] = new EntityReference("systemuser", other) }));

        Assert.Contains("prvAssignlead", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_without_the_create_privilege_fails()
    {
        var reader = new RoleBuilder("Reader").Grants("lead", PrivilegeDepth.Global, "Read");
        var organization = new OrganizationBuilder().WithRole(reader.Build()).Build();
        var user = organization.CreateUser("Reader", roleIds: reader.Id);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => organization.ServiceFor(user).Create(new Entity("lead")));

        Assert.Contains("prvCreatelead", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_removes_the_row()
    {
        var id = Service.Create(new Entity("lead"));

        Service.Delete("lead", id);

        Assert.Null(organization.Database.Find("lead", id));
    }

    [Fact]
    public void Delete_of_a_missing_row_fails_with_does_not_exist()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Delete("lead", Guid.NewGuid()));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Delete_cascades_to_rows_of_a_cascade_relationship()
    {
        var account = Service.Create(new Entity("account"));
        var contact = Service.Create(new Entity("contact") { ["parentcustomerid"] = new EntityReference("account", account) });

        Service.Delete("account", account);

        Assert.Null(organization.Database.Find("contact", contact));
    }

    [Fact]
    public void Delete_clears_the_lookup_of_a_remove_link_relationship()
    {
        var account = Service.Create(new Entity("account"));
        var lead = Service.Create(new Entity("lead") { ["parentaccountid"] = new EntityReference("account", account) });

        Service.Delete("account", account);

        Assert.Null(organization.Database.Find("lead", lead)!.GetAttributeValue<EntityReference>("parentaccountid"));
    }

    [Fact]
    public void Delete_is_refused_while_rows_of_a_restrict_relationship_point_at_it()
    {
        var account = Service.Create(new Entity("account"));
        Service.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", account) });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Delete("account", account));

        Assert.Equal(ErrorCodes.RestrictedDelete, fault.Detail.ErrorCode);
        Assert.NotNull(organization.Database.Find("account", account));
    }

    [Fact]
    public void Delete_removes_the_rows_many_to_many_links()
    {
        var lead = Service.Create(new Entity("lead"));
        var account = Service.Create(new Entity("account"));
        var link = organization.Database.BeginTransaction();
        link.Insert(new Entity("lead_accounts", Guid.NewGuid()) { ["leadid"] = lead, ["accountid"] = account });
        link.Commit();

        Service.Delete("lead", lead);

        Assert.Empty(organization.Database.Rows("lead_accounts"));
    }

    [Fact]
    public void Retrieve_multiple_returns_the_rows_the_query_matches()
    {
        Service.Create(new Entity("lead") { ["subject"] = "match" });
        Service.Create(new Entity("lead") { ["subject"] = "other" });

        var rows = Service.RetrieveMultiple(new QueryByAttribute("lead") { ColumnSet = new ColumnSet("subject"), Attributes = { "subject" }, Values = { "match" } });

        Assert.Equal("match", Assert.Single(rows.Entities)["subject"]);
    }

    [Fact]
    public void Retrieve_multiple_keeps_only_rows_the_caller_may_read()
    {
        var ownRows = new RoleBuilder("Own leads").Grants("lead", PrivilegeDepth.Basic, "Create", "Read", "Write");
        var organization = new OrganizationBuilder().WithRole(ownRows.Build()).Build();
        var seller = organization.CreateUser("Seller", roleIds: ownRows.Id);
        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead") { ["subject"] = "admin's" });
        organization.ServiceFor(seller).Create(new Entity("lead") { ["subject"] = "mine" });

        var rows = organization.ServiceFor(seller).RetrieveMultiple(new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") });

        Assert.Equal("mine", Assert.Single(rows.Entities)["subject"]);
    }
}
