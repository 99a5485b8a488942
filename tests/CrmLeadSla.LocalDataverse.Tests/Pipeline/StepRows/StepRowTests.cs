using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.LocalDataverse.Tests.Pipeline.TestPlugins;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline.StepRows;

/// <summary>Step registrations are rows of sdkmessageprocessingstep: updating a row changes the step for the next event.</summary>
public class StepRowTests
{
    // The shipped schema, standard tables included: it holds sdkmessageprocessingstep.
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    [Fact]
    public void The_step_table_loads_as_an_organization_owned_standard_table()
    {
        var table = Solution.Metadata.FindTable(StepRow.Table);

        Assert.Equal(TableOwnership.OrganizationOwned, table?.Ownership);
    }

    [Fact]
    public void Every_registered_step_is_a_row_readable_with_a_query()
    {
        var step = StepBuilder.Running(_ => { }).Named("Score lead").On("Update", "lead").Filtering("subject", "firstname");
        var organization = OrganizationWith(step);

        var row = Assert.Single(Admin(organization).RetrieveMultiple(new QueryExpression(StepRow.Table)
        {
            ColumnSet = new ColumnSet("name", "filteringattributes"),
        }).Entities);

        Assert.Equal(("Score lead", "subject,firstname"), (row.GetAttributeValue<string>("name"), row.GetAttributeValue<string>("filteringattributes")));
    }

    [Fact]
    public void A_step_registered_after_the_organization_is_built_has_its_row()
    {
        var organization = OrganizationWith();
        var step = StepBuilder.Running(_ => { }).Named("Added later").On("Create", "lead").Build();

        organization.Steps.Add(new StepRegistrations([step]));

        Assert.Equal("Added later", Admin(organization).Retrieve(StepRow.Table, step.Id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Updating_filtering_attributes_makes_the_step_run_for_a_new_column()
    {
        var ran = 0;
        var step = StepBuilder.Running(_ => ran++).On("Update", "lead").Filtering("subject");
        var organization = OrganizationWith(step);
        var service = Admin(organization);
        var lead = service.Create(new Entity("lead"));

        service.Update(new Entity(StepRow.Table, step.Build().Id) { ["filteringattributes"] = "subject,firstname" });
        service.Update(new Entity("lead", lead) { ["firstname"] = "Ada" });

        Assert.Equal(1, ran);
    }

    [Fact]
    public void Updating_filtering_attributes_stops_the_step_running_for_a_removed_column()
    {
        var ran = 0;
        var step = StepBuilder.Running(_ => ran++).On("Update", "lead").Filtering("subject", "firstname");
        var organization = OrganizationWith(step);
        var service = Admin(organization);
        var lead = service.Create(new Entity("lead"));

        service.Update(new Entity(StepRow.Table, step.Build().Id) { ["filteringattributes"] = "firstname" });
        service.Update(new Entity("lead", lead) { ["subject"] = "changed" });

        Assert.Equal(0, ran);
    }

    [Fact]
    public void An_update_of_a_step_row_that_rolls_back_leaves_the_step_as_it_was()
    {
        var ran = 0;
        var step = StepBuilder.Running(_ => ran++).On("Update", "lead").Filtering("subject");
        var failing = StepBuilder.Running(_ => throw new InvalidPluginExecutionException("refused"))
            .On("Update", StepRow.Table).At(PipelineStage.PostOperation);
        var organization = OrganizationWith(step, failing);
        var service = Admin(organization);
        var lead = service.Create(new Entity("lead"));

        Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            service.Update(new Entity(StepRow.Table, step.Build().Id) { ["filteringattributes"] = "firstname" }));
        service.Update(new Entity("lead", lead) { ["subject"] = "changed" });

        Assert.Equal(1, ran);
    }

    [Fact]
    public void Disabling_a_step_stops_it_running()
    {
        var ran = 0;
        var step = StepBuilder.Running(_ => ran++).On("Create", "lead");
        var organization = OrganizationWith(step);
        var service = Admin(organization);

        service.Update(new Entity(StepRow.Table, step.Build().Id) { ["statecode"] = new OptionSetValue(StepRow.Disabled) });
        service.Create(new Entity("lead"));

        Assert.Equal(0, ran);
    }

    [Fact]
    public void Changing_the_rank_changes_the_order_of_steps_in_a_stage()
    {
        var order = new List<string>();
        var first = StepBuilder.Running(_ => order.Add("first")).On("Create", "lead").Ranked(1);
        var second = StepBuilder.Running(_ => order.Add("second")).On("Create", "lead").Ranked(2);
        var organization = OrganizationWith(first, second);
        var service = Admin(organization);

        service.Update(new Entity(StepRow.Table, first.Build().Id) { ["rank"] = 3 });
        service.Create(new Entity("lead"));

        Assert.Equal(["second", "first"], order);
    }

    [Fact]
    public void Changing_the_stage_moves_the_step_to_the_new_stage()
    {
        int? stageRun = null;
        var step = StepBuilder.Running(run => stageRun = run.Context.Stage).On("Create", "lead").At(PipelineStage.PostOperation);
        var organization = OrganizationWith(step);
        var service = Admin(organization);

        service.Update(new Entity(StepRow.Table, step.Build().Id) { ["stage"] = new OptionSetValue((int)PipelineStage.PreOperation) });
        service.Create(new Entity("lead"));

        Assert.Equal((int)PipelineStage.PreOperation, stageRun);
    }

    [Fact]
    public void An_asynchronous_step_outside_post_operation_is_refused()
    {
        var step = StepBuilder.Running(_ => { }).On("Create", "lead").At(PipelineStage.PreOperation);
        var organization = OrganizationWith(step);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Admin(organization).Update(new Entity(StepRow.Table, step.Build().Id) { ["mode"] = new OptionSetValue((int)StepMode.Asynchronous) }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Changing_the_configuration_constructs_the_plugin_with_the_new_one()
    {
        var step = StepBuilder.Of<ConfiguredPlugin>().Configured("old", "secret").On("Create", "lead").At(PipelineStage.PreOperation);
        var organization = OrganizationWith(step);
        var service = Admin(organization);
        service.Create(new Entity("lead"));

        service.Update(new Entity(StepRow.Table, step.Build().Id) { ["configuration"] = "new" });
        var lead = service.Create(new Entity("lead"));

        Assert.Equal("new|secret", service.Retrieve("lead", lead, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void A_step_row_cannot_be_created_outside_the_solution()
    {
        var organization = OrganizationWith();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Admin(organization).Create(new Entity(StepRow.Table) { ["name"] = "new step", ["stage"] = new OptionSetValue(20), ["rank"] = 1 }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_step_row_cannot_be_deleted_outside_the_solution()
    {
        var step = StepBuilder.Running(_ => { }).On("Create", "lead");
        var organization = OrganizationWith(step);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Admin(organization).Delete(StepRow.Table, step.Build().Id));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_plugin_that_creates_a_step_row_fails_its_whole_operation()
    {
        var creating = StepBuilder.Running(run => run.Service.Create(new Entity(StepRow.Table) { ["name"] = "new step", ["stage"] = new OptionSetValue(20), ["rank"] = 1 }))
            .On("Create", "lead").At(PipelineStage.PostOperation);
        var organization = OrganizationWith(creating);
        var service = Admin(organization);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("lead") { ["subject"] = "rolled back" }));

        Assert.Empty(service.RetrieveMultiple(new QueryExpression("lead")).Entities);
    }

    [Fact]
    public void A_user_without_prvWritesdkmessageprocessingstep_may_not_update_a_step()
    {
        var step = StepBuilder.Running(_ => { }).On("Update", "lead").Filtering("subject");
        var role = new RoleBuilder("Salesperson").Grants("lead", PrivilegeDepth.Global, "Read", "Write");
        var organization = new OrganizationBuilder().WithMetadata(Solution.Metadata).WithRole(role.Build()).WithStep(step).Build();
        var seller = organization.ServiceFor(organization.CreateUser("Seller", roleIds: role.Id));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            seller.Update(new Entity(StepRow.Table, step.Build().Id) { ["filteringattributes"] = "firstname" }));

        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_user_with_prvWritesdkmessageprocessingstep_may_update_a_step()
    {
        var ran = 0;
        var step = StepBuilder.Running(_ => ran++).On("Create", "lead");
        var role = new RoleBuilder("Customizer").Grants(StepRow.Table, PrivilegeDepth.Global, "Read", "Write");
        var organization = new OrganizationBuilder().WithMetadata(Solution.Metadata).WithRole(role.Build()).WithStep(step).Build();
        var customizer = organization.ServiceFor(organization.CreateUser("Customizer", roleIds: role.Id));

        customizer.Update(new Entity(StepRow.Table, step.Build().Id) { ["statecode"] = new OptionSetValue(StepRow.Disabled) });
        Admin(organization).Create(new Entity("lead"));

        Assert.Equal(0, ran);
    }

    private static LocalOrganization OrganizationWith(params StepBuilder[] steps)
    {
        var builder = new OrganizationBuilder().WithMetadata(Solution.Metadata);
        foreach (var step in steps)
        {
            builder.WithStep(step);
        }

        return builder.Build();
    }

    private static IOrganizationService Admin(LocalOrganization organization) => organization.ServiceFor(organization.AdminUserId);
}
