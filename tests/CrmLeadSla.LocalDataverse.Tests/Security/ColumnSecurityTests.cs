using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>
/// Column-level security: the lead's <see cref="TestMetadata.AcceptDueOn"/> is secured; a user with full lead privileges sees and writes it only
/// through a field security profile, System Administrators and SYSTEM always.
/// </summary>
public class ColumnSecurityTests
{
    private const string Secured = TestMetadata.AcceptDueOn;
    private static readonly DateTime Due = new(2026, 3, 3, 17, 0, 0, DateTimeKind.Utc);
    private static readonly RoleBuilder LeadWorker = new RoleBuilder("Lead worker")
        .Grants("lead", PrivilegeDepth.Global, "Create", "Read", "Write");

    [Fact]
    public void A_user_without_a_profile_gets_no_value_for_a_secured_column()
    {
        var (organization, user) = Organization();
        var leadId = LeadWithDueDate(organization);

        var lead = organization.ServiceFor(user).Retrieve("lead", leadId, new ColumnSet(Secured, "subject"));

        Assert.False(lead.Contains(Secured));
        Assert.Equal("Acme", lead.GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void A_profile_that_allows_reading_shows_the_secured_column()
    {
        var (organization, user) = Organization(Profile(read: true));
        var leadId = LeadWithDueDate(organization);

        var lead = organization.ServiceFor(user).Retrieve("lead", leadId, new ColumnSet(true));

        Assert.Equal(Due, lead.GetAttributeValue<DateTime>(Secured));
    }

    [Fact]
    public void A_query_leaves_out_a_secured_column_the_user_may_not_read()
    {
        var (organization, user) = Organization();
        LeadWithDueDate(organization);

        var lead = Assert.Single(organization.ServiceFor(user).RetrieveMultiple(new QueryExpression("lead") { ColumnSet = new ColumnSet(true) }).Entities);

        Assert.False(lead.Contains(Secured));
    }

    [Fact]
    public void A_fetch_alias_of_a_secured_column_is_left_out_too()
    {
        var (organization, user) = Organization();
        LeadWithDueDate(organization);
        var fetch = $"<fetch><entity name=\"lead\"><attribute name=\"subject\" /><attribute name=\"{Secured}\" alias=\"due\" /></entity></fetch>";

        var lead = Assert.Single(organization.ServiceFor(user).RetrieveMultiple(new FetchExpression(fetch)).Entities);

        Assert.False(lead.Contains("due"));
    }

    [Fact]
    public void Creating_a_row_with_a_secured_column_without_create_permission_is_refused_and_stores_nothing()
    {
        var (organization, user) = Organization(Profile(read: true, update: true));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            organization.ServiceFor(user).Create(new Entity("lead") { ["subject"] = "Acme", [Secured] = Due }));

        Assert.Equal(SecurityErrorCodes.AttributeCreateMissing, fault.Detail.ErrorCode);
        Assert.Equal("The user does not have create permissions to a secured field. The requested operation could not be completed.", fault.Detail.Message);
        Assert.Equal(0, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void Creating_a_row_that_leaves_the_secured_column_empty_needs_no_permission()
    {
        var (organization, user) = Organization();

        organization.ServiceFor(user).Create(new Entity("lead") { ["subject"] = "Acme", [Secured] = null });

        Assert.Equal(1, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void Changing_a_secured_column_without_update_permission_is_refused_and_changes_nothing()
    {
        var (organization, user) = Organization(Profile(read: true, create: true));
        var leadId = LeadWithDueDate(organization);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            organization.ServiceFor(user).Update(new Entity("lead", leadId) { ["subject"] = "Changed", [Secured] = Due.AddDays(30) }));

        Assert.Equal(SecurityErrorCodes.AttributeUpdateMissing, fault.Detail.ErrorCode);
        var stored = organization.Database.Find("lead", leadId)!;
        Assert.Equal(Due, stored.GetAttributeValue<DateTime>(Secured));
        Assert.Equal("Acme", stored.GetAttributeValue<string>("subject"));
    }

    [Fact]
    public void Clearing_a_secured_column_is_a_change_too()
    {
        var (organization, user) = Organization(Profile(read: true));
        var leadId = LeadWithDueDate(organization);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            organization.ServiceFor(user).Update(new Entity("lead", leadId) { [Secured] = null }));

        Assert.Equal(SecurityErrorCodes.AttributeUpdateMissing, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_profile_that_allows_updating_lets_the_user_change_the_column()
    {
        var (organization, user) = Organization(Profile(read: true, update: true));
        var leadId = LeadWithDueDate(organization);

        organization.ServiceFor(user).Update(new Entity("lead", leadId) { [Secured] = Due.AddDays(1) });

        Assert.Equal(Due.AddDays(1), organization.Database.Find("lead", leadId)!.GetAttributeValue<DateTime>(Secured));
    }

    [Fact]
    public void A_teams_profile_applies_to_its_members()
    {
        var profile = Profile(read: true, update: true);
        var organization = new OrganizationBuilder().WithRole(LeadWorker.Build()).WithProfile(profile).Build();
        var user = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);
        var team = organization.CreateTeam("Sales team", memberIds: user);
        organization.Security.AddFieldSecurityProfileMember(profile.Id, team);
        var leadId = LeadWithDueDate(organization);

        organization.ServiceFor(user).Update(new Entity("lead", leadId) { [Secured] = Due.AddDays(1) });

        Assert.Equal(Due.AddDays(1), organization.ServiceFor(user).Retrieve("lead", leadId, new ColumnSet(Secured)).GetAttributeValue<DateTime>(Secured));
    }

    [Fact]
    public void A_system_administrator_reads_and_writes_every_secured_column_without_a_profile()
    {
        var (organization, _) = Organization();
        var admin = organization.ServiceFor(organization.AdminUserId);

        var leadId = admin.Create(new Entity("lead") { ["subject"] = "Acme", [Secured] = Due });
        admin.Update(new Entity("lead", leadId) { [Secured] = Due.AddDays(2) });

        Assert.Equal(Due.AddDays(2), admin.Retrieve("lead", leadId, new ColumnSet(Secured)).GetAttributeValue<DateTime>(Secured));
    }

    [Fact]
    public void A_pre_operation_step_may_set_a_secured_column_the_caller_may_not_set()
    {
        var organization = new OrganizationBuilder()
            .WithRole(LeadWorker.Build())
            .WithStep(StepBuilder.Running(run => run.Target[Secured] = Due).On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();
        var user = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);

        var leadId = organization.ServiceFor(user).Create(new Entity("lead") { ["subject"] = "Acme" });

        Assert.Equal(Due, organization.Database.Find("lead", leadId)!.GetAttributeValue<DateTime>(Secured));
    }

    [Fact]
    public void A_plug_in_writing_through_the_callers_service_is_held_to_the_callers_column_permissions()
    {
        var organization = new OrganizationBuilder()
            .WithRole(LeadWorker.Build())
            .WithStep(StepBuilder.Running(run => run.Service.Update(new Entity("lead", run.Context.PrimaryEntityId) { [Secured] = Due }))
                .On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();
        var user = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => organization.ServiceFor(user).Create(new Entity("lead") { ["subject"] = "Acme" }));

        Assert.Equal(SecurityErrorCodes.AttributeUpdateMissing, fault.Detail.ErrorCode);
        Assert.Equal(0, organization.Database.CountOf("lead"));
    }

    [Fact]
    public void A_plug_in_writing_as_system_sets_a_secured_column()
    {
        var organization = new OrganizationBuilder()
            .WithRole(LeadWorker.Build())
            .WithStep(StepBuilder.Running(run => run.Factory.CreateOrganizationService(null).Update(new Entity("lead", run.Context.PrimaryEntityId) { [Secured] = Due }))
                .On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();
        var user = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);

        var leadId = organization.ServiceFor(user).Create(new Entity("lead") { ["subject"] = "Acme" });

        Assert.Equal(Due, organization.Database.Find("lead", leadId)!.GetAttributeValue<DateTime>(Secured));
    }

    private static FieldSecurityProfileDefinition Profile(bool read = false, bool update = false, bool create = false) =>
        new(Guid.NewGuid(), "Deadline keepers", [new FieldPermission("lead", Secured, read, update, create)]);

    // An organization with a user who holds full lead privileges and, when given, is a member of the profile.
    private static (LocalOrganization Organization, Guid User) Organization(FieldSecurityProfileDefinition? profile = null)
    {
        var builder = new OrganizationBuilder().WithRole(LeadWorker.Build());
        if (profile is not null)
        {
            builder.WithProfile(profile);
        }

        var organization = builder.Build();
        var user = organization.CreateUser("Sam Sales", roleIds: LeadWorker.Id);
        if (profile is not null)
        {
            organization.Security.AddFieldSecurityProfileMember(profile.Id, user);
        }

        return (organization, user);
    }

    private static Guid LeadWithDueDate(LocalOrganization organization) =>
        organization.ServiceFor(organization.SystemUserId).Create(new Entity("lead") { ["subject"] = "Acme", [Secured] = Due });
}
