using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class CreateTests
{
    private readonly LocalOrganization organization = new OrganizationBuilder().Build();

    private IOrganizationService Service => organization.ServiceFor(organization.AdminUserId);

    [Fact]
    public void Create_assigns_a_new_id_when_none_is_given()
    {
        var id = Service.Create(new Entity("lead"));

        Assert.NotEqual(Guid.Empty, id);
        Assert.NotNull(organization.Database.Find("lead", id));
    }

    [Fact]
    public void Create_keeps_a_caller_supplied_id()
    {
        var id = Guid.NewGuid();

        var created = Service.Create(new Entity("lead", id));

        Assert.Equal(id, created);
    }

    [Fact]
    public void Create_takes_the_id_from_the_primary_key_column()
    {
        var id = Guid.NewGuid();

        var created = Service.Create(new Entity("lead") { ["leadid"] = id });

        Assert.Equal(id, created);
    }

    [Fact]
    public void Create_with_an_id_in_use_fails_with_duplicate_key()
    {
        var id = Service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Create(new Entity("lead", id)));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_stamps_created_and_modified_columns_from_the_clock()
    {
        organization.Clock.Set(new DateTime(2026, 5, 4, 10, 30, 0, DateTimeKind.Utc));

        var row = organization.Database.Find("lead", Service.Create(new Entity("lead")))!;

        Assert.Equal(new DateTime(2026, 5, 4, 10, 30, 0, DateTimeKind.Utc), row["createdon"]);
        Assert.Equal(row["createdon"], row["modifiedon"]);
        Assert.Equal(organization.AdminUserId, row.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(organization.AdminUserId, row.GetAttributeValue<EntityReference>("modifiedby").Id);
    }

    [Fact]
    public void Create_makes_the_caller_owner_in_the_callers_business_unit()
    {
        var unit = organization.CreateBusinessUnit("Sales");
        var user = organization.CreateUser("Seller", unit, organization.Security.SystemAdministrator.Id);

        var row = organization.Database.Find("lead", organization.ServiceFor(user).Create(new Entity("lead")))!;

        Assert.Equal(user, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(unit, row.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
    }

    [Fact]
    public void Create_ignores_values_for_columns_only_the_platform_writes()
    {
        var row = organization.Database.Find("lead", Service.Create(new Entity("lead") { ["createdon"] = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) }))!;

        Assert.Equal(OrganizationBuilder.Start, row["createdon"]);
    }

    [Fact]
    public void Create_defaults_statecode_and_statuscode()
    {
        var row = organization.Database.Find("lead", Service.Create(new Entity("lead")))!;

        Assert.Equal((0, 1), (row.GetAttributeValue<OptionSetValue>("statecode").Value, row.GetAttributeValue<OptionSetValue>("statuscode").Value));
    }

    [Fact]
    public void Create_with_a_statecode_takes_that_states_default_status()
    {
        var row = organization.Database.Find("lead", Service.Create(new Entity("lead") { ["statecode"] = new OptionSetValue(1) }))!;

        Assert.Equal(3, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Created_row_has_a_row_version()
    {
        var id = Service.Create(new Entity("lead"));

        var row = Service.Retrieve("lead", id, new ColumnSet("versionnumber"));

        Assert.False(string.IsNullOrEmpty(row.RowVersion));
    }

    [Fact]
    public void Call_by_an_unknown_user_fails_with_does_not_exist()
    {
        var stranger = Guid.NewGuid();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => organization.ServiceFor(stranger).Create(new Entity("lead")));

        Assert.Equal($"systemuser With Id = {stranger} Does Not Exist", fault.Detail.Message);
    }

    [Fact]
    public void Request_without_its_target_fails_as_an_invalid_argument()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(new OrganizationRequest("Create")));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }
}
