using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

/// <summary>Dataverse refuses to leave SystemRequired columns empty; ApplicationRequired ones are left to forms.</summary>
public class RequiredColumnTests
{
    private readonly LocalOrganization organization = new OrganizationBuilder().WithMetadata(Metadata()).Build();

    private IOrganizationService Service => organization.ServiceFor(organization.AdminUserId);

    [Fact]
    public void Create_without_a_system_required_column_fails()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Create(new Entity("lsla_rule") { ["lsla_label"] = "x" }));

        Assert.Equal((ErrorCodes.InvalidArgument, "Attribute: lsla_code cannot be set to NULL"), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Create_with_a_system_required_column_set_to_null_fails()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Create(new Entity("lsla_rule") { ["lsla_code"] = null }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_without_an_application_required_column_succeeds()
    {
        var id = Service.Create(new Entity("lsla_rule") { ["lsla_code"] = "R1" });

        Assert.NotNull(organization.Database.Find("lsla_rule", id));
    }

    [Fact]
    public void System_required_owner_filled_by_the_platform_does_not_fail_create()
    {
        var id = Service.Create(new Entity("lsla_rule") { ["lsla_code"] = "R1" });

        Assert.Equal(organization.AdminUserId, organization.Database.Find("lsla_rule", id)!.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Update_setting_a_system_required_column_to_null_fails()
    {
        var id = Service.Create(new Entity("lsla_rule") { ["lsla_code"] = "R1" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Update(new Entity("lsla_rule", id) { ["lsla_code"] = null }));

        Assert.Equal((ErrorCodes.InvalidArgument, "Attribute: lsla_code cannot be set to NULL"), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Update_setting_an_application_required_column_to_null_succeeds()
    {
        var id = Service.Create(new Entity("lsla_rule") { ["lsla_code"] = "R1", ["lsla_label"] = "First" });

        Service.Update(new Entity("lsla_rule", id) { ["lsla_label"] = null });

        Assert.Null(organization.Database.Find("lsla_rule", id)!.GetAttributeValue<string>("lsla_label"));
    }

    private static MetadataModel Metadata()
    {
        var standard = TestMetadata.Standard();
        var rule = new TableBuilder("lsla_rule").WithSystemColumns()
            .Column(new ColumnDefinition { LogicalName = "ownerid", Kind = ColumnKind.Owner, Targets = ["systemuser", "team"], RequiredLevel = RequiredLevel.SystemRequired })
            .Column(new ColumnDefinition { LogicalName = "lsla_code", Kind = ColumnKind.String, MaxLength = 20, RequiredLevel = RequiredLevel.SystemRequired })
            .Column(new ColumnDefinition { LogicalName = "lsla_label", Kind = ColumnKind.String, MaxLength = 20, RequiredLevel = RequiredLevel.ApplicationRequired });
        return new MetadataModel([.. standard.Tables, rule.Build()], standard.GlobalOptionSets.Values, standard.OneToMany, standard.ManyToMany);
    }
}
