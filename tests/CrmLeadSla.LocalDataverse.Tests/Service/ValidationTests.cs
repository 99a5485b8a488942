using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class ValidationTests
{
    private readonly LocalOrganization organization = new OrganizationBuilder().Build();

    private IOrganizationService Service => organization.ServiceFor(organization.AdminUserId);

    private FaultException<OrganizationServiceFault> CreateFails(Entity row) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Create(row));

    [Fact]
    public void Unknown_column_fails_with_attribute_not_found()
    {
        var fault = CreateFails(new Entity("lead") { ["nosuchcolumn"] = "x" });

        Assert.Equal(ErrorCodes.AttributeNotFound, fault.Detail.ErrorCode);
        Assert.Equal("'lead' entity doesn't contain attribute with Name = 'nosuchcolumn' and NameMapping = 'Logical'.", fault.Detail.Message);
    }

    [Fact]
    public void A_column_named_in_the_wrong_case_is_refused_as_an_unknown_column()
    {
        var fault = CreateFails(new Entity("lead") { ["FirstName"] = "Ada" });

        Assert.Equal(ErrorCodes.AttributeNotFound, fault.Detail.ErrorCode);
        Assert.Equal("'lead' entity doesn't contain attribute with Name = 'FirstName' and NameMapping = 'Logical'.", fault.Detail.Message);
    }

    [Fact]
    public void A_table_named_in_the_wrong_case_is_refused_as_an_unknown_table()
    {
        Assert.Equal(ErrorCodes.EntityNotFound, CreateFails(new Entity("Lead") { ["subject"] = "x" }).Detail.ErrorCode);
    }

    [Fact]
    public void Unknown_table_fails_with_entity_not_found()
    {
        Assert.Equal(ErrorCodes.EntityNotFound, CreateFails(new Entity("nosuchtable")).Detail.ErrorCode);
    }

    [Fact]
    public void Value_of_the_wrong_type_fails_as_an_invalid_argument()
    {
        var fault = CreateFails(new Entity("lead") { ["numberofemployees"] = "twelve" });

        Assert.Equal((ErrorCodes.InvalidArgument, "Incorrect attribute value type System.String"), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void String_over_its_maximum_length_fails()
    {
        var fault = CreateFails(new Entity("lead") { ["subject"] = new string('x', 21) });

        Assert.Equal(ErrorCodes.StringLengthTooLong, fault.Detail.ErrorCode);
    }

    [Fact]
    public void String_of_exactly_its_maximum_length_is_stored()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = new string('x', 20) });

        Assert.Equal(20, organization.Database.Find("lead", id)!.GetAttributeValue<string>("subject").Length);
    }

    [Fact]
    public void Number_out_of_range_fails()
    {
        Assert.Equal(ErrorCodes.ValueOutOfRange, CreateFails(new Entity("lead") { ["numberofemployees"] = -1 }).Detail.ErrorCode);
    }

    [Fact]
    public void Money_out_of_range_fails()
    {
        Assert.Equal(ErrorCodes.ValueOutOfRange, CreateFails(new Entity("lead") { ["budgetamount"] = new Money(-5m) }).Detail.ErrorCode);
    }

    [Fact]
    public void Option_value_not_in_the_set_fails()
    {
        Assert.Equal(ErrorCodes.ValueOutOfRange, CreateFails(new Entity("lead") { ["industrycode"] = new OptionSetValue(99) }).Detail.ErrorCode);
    }

    [Fact]
    public void Statuscode_not_valid_for_the_statecode_fails()
    {
        var fault = CreateFails(new Entity("lead") { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(3) });

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Lookup_to_a_table_the_column_does_not_target_fails()
    {
        var contact = Service.Create(new Entity("contact"));

        var fault = CreateFails(new Entity("lead") { ["parentaccountid"] = new EntityReference("contact", contact) });

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Lookup_to_a_row_that_does_not_exist_fails()
    {
        var missing = Guid.NewGuid();

        var fault = CreateFails(new Entity("lead") { ["parentaccountid"] = new EntityReference("account", missing) });

        Assert.Equal((ErrorCodes.ObjectDoesNotExist, $"account With Id = {missing} Does Not Exist"), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Update_is_validated_like_create()
    {
        var id = Service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Update(new Entity("lead", id) { ["subject"] = 5 }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Update_of_statuscode_alone_is_checked_against_the_stored_statecode()
    {
        var id = Service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Update(new Entity("lead", id) { ["statuscode"] = new OptionSetValue(3) }));

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.Detail.ErrorCode);
    }
}
