using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

/// <summary>Dataverse refuses to leave SystemRequired columns empty; ApplicationRequired ones are left to forms.</summary>
public class RequiredColumnTests
{
    private const string Rule = "new_rule";
    private const string Code = "new_code";
    private const string Label = "new_label";

    private readonly LocalOrganization organization = new OrganizationBuilder().WithMetadata(Metadata()).Build();

    private IOrganizationService Service => organization.ServiceFor(organization.AdminUserId);

    [Fact]
    public void Create_without_a_system_required_column_fails()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Create(new Entity(Rule) { [Label] = "x" }));

        Assert.Equal((ErrorCodes.InvalidArgument, $"Attribute: {Code} cannot be set to NULL"), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Create_with_a_system_required_column_set_to_null_fails()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Create(new Entity(Rule) { [Code] = null }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_without_an_application_required_column_succeeds()
    {
        var id = Service.Create(new Entity(Rule) { [Code] = "R1" });

        Assert.NotNull(organization.Database.Find(Rule, id));
    }

    [Fact]
    public void System_required_owner_filled_by_the_platform_does_not_fail_create()
    {
        var id = Service.Create(new Entity(Rule) { [Code] = "R1" });

        Assert.Equal(organization.AdminUserId, organization.Database.Find(Rule, id)!.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Update_setting_a_system_required_column_to_null_fails()
    {
        var id = Service.Create(new Entity(Rule) { [Code] = "R1" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Update(new Entity(Rule, id) { [Code] = null }));

        Assert.Equal((ErrorCodes.InvalidArgument, $"Attribute: {Code} cannot be set to NULL"), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Update_setting_an_application_required_column_to_null_succeeds()
    {
        var id = Service.Create(new Entity(Rule) { [Code] = "R1", [Label] = "First" });

        Service.Update(new Entity(Rule, id) { [Label] = null });

        Assert.Null(organization.Database.Find(Rule, id)!.GetAttributeValue<string>(Label));
    }

    private static MetadataModel Metadata()
    {
        var standard = TestMetadata.Standard();
        var rule = new TableBuilder(Rule).WithSystemColumns()
            .Column(new ColumnDefinition { LogicalName = "ownerid", Kind = ColumnKind.Owner, Targets = ["systemuser", "team"], RequiredLevel = RequiredLevel.SystemRequired })
            .Column(new ColumnDefinition { LogicalName = Code, Kind = ColumnKind.String, MaxLength = 20, RequiredLevel = RequiredLevel.SystemRequired })
            .Column(new ColumnDefinition { LogicalName = Label, Kind = ColumnKind.String, MaxLength = 20, RequiredLevel = RequiredLevel.ApplicationRequired });
        return new MetadataModel([.. standard.Tables, rule.Build()], standard.GlobalOptionSets.Values, standard.OneToMany, standard.ManyToMany);
    }
}
