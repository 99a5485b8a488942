using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

public class BulkMessageTests
{
    [Fact]
    public void Create_multiple_returns_the_ids_of_the_created_rows()
    {
        var sales = new SalesOrganization();

        var ids = (Guid[])sales.Service.Execute(CreateMultiple(Account("A"), Account("B")))["Ids"];

        Assert.Equal(["A", "B"], ids.Select(id => sales.Row("account", id)["name"]));
    }

    [Fact]
    public void Create_multiple_rolls_back_every_row_when_one_fails()
    {
        var sales = new SalesOrganization();

        SalesOrganization.FaultOf(() => sales.Service.Execute(CreateMultiple(Account("A"), new Entity("account") { ["nosuchcolumn"] = 1 })));

        Assert.Equal(0, sales.Count("account"));
    }

    [Fact]
    public void Create_multiple_runs_create_steps_once_per_row()
    {
        var created = new List<string>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => created.Add((string)run.Target["name"])).On("Create", "account").At(PipelineStage.PreOperation));

        sales.Service.Execute(CreateMultiple(Account("A"), Account("B")));

        Assert.Equal(["A", "B"], created);
    }

    [Fact]
    public void Create_multiple_runs_its_own_steps_once_with_all_targets()
    {
        var batches = new List<int>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => batches.Add(((EntityCollection)run.Context.InputParameters["Targets"]).Entities.Count))
                .On("CreateMultiple", "account").At(PipelineStage.PostOperation));

        sales.Service.Execute(CreateMultiple(Account("A"), Account("B"), Account("C")));

        Assert.Equal([3], batches);
    }

    [Fact]
    public void Create_multiple_with_a_row_of_another_table_is_refused()
    {
        var sales = new SalesOrganization();

        var fault = SalesOrganization.FaultOf(() => sales.Service.Execute(CreateMultiple(Account("A"), new Entity("contact"))));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void Create_multiple_over_a_thousand_rows_is_refused()
    {
        var sales = new SalesOrganization();
        var rows = Enumerable.Range(0, 1001).Select(i => Account($"A{i}")).ToArray();

        SalesOrganization.FaultOf(() => sales.Service.Execute(CreateMultiple(rows)));

        Assert.Equal(0, sales.Count("account"));
    }

    [Fact]
    public void Create_multiple_inside_a_plugin_is_refused()
    {
        var sales = new SalesOrganization(
            StepBuilder.Running(run => run.Service.Execute(CreateMultiple(Account("from plug-in"))))
                .On("Create", "lead").At(PipelineStage.PostOperation));

        var fault = SalesOrganization.FaultOf(() => sales.Service.Create(new Entity("lead")));

        Assert.Contains("plug-in", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_multiple_updates_every_row()
    {
        var sales = new SalesOrganization();
        var a = sales.Service.Create(Account("A"));
        var b = sales.Service.Create(Account("B"));

        sales.Service.Execute(UpdateMultiple(
            new Entity("account", a) { ["name"] = "A2" },
            new Entity("account", b) { ["name"] = "B2" }));

        Assert.Equal(["A2", "B2"], new[] { a, b }.Select(id => sales.Row("account", id)["name"]));
    }

    [Fact]
    public void Update_multiple_rolls_back_every_row_when_one_fails()
    {
        var sales = new SalesOrganization();
        var a = sales.Service.Create(Account("A"));

        SalesOrganization.FaultOf(() => sales.Service.Execute(UpdateMultiple(
            new Entity("account", a) { ["name"] = "A2" },
            new Entity("account", Guid.NewGuid()) { ["name"] = "missing" })));

        Assert.Equal("A", sales.Row("account", a)["name"]);
    }

    [Fact]
    public void Update_multiple_runs_update_steps_once_per_row()
    {
        var updated = new List<string>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => updated.Add((string)run.Target["name"])).On("Update", "account").At(PipelineStage.PreOperation));
        var a = sales.Service.Create(Account("A"));
        var b = sales.Service.Create(Account("B"));

        sales.Service.Execute(UpdateMultiple(new Entity("account", a) { ["name"] = "A2" }, new Entity("account", b) { ["name"] = "B2" }));

        Assert.Equal(["A2", "B2"], updated);
    }

    private static Entity Account(string name) => new("account") { ["name"] = name };

    // The 9.0.2.34 SDK has no CreateMultipleRequest/UpdateMultipleRequest classes: the messages go by name.
    private static OrganizationRequest CreateMultiple(params Entity[] rows) =>
        new("CreateMultiple") { ["Targets"] = new EntityCollection(rows) { EntityName = "account" } };

    private static OrganizationRequest UpdateMultiple(params Entity[] rows) =>
        new("UpdateMultiple") { ["Targets"] = new EntityCollection(rows) { EntityName = "account" } };
}
