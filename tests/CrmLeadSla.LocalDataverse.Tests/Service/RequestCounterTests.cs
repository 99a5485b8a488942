using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class RequestCounterTests
{
    [Fact]
    public void Every_call_is_counted_with_its_message()
    {
        var organization = new OrganizationBuilder().Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        using var scope = organization.Requests.Measure();

        var id = service.Create(new Entity("lead"));
        service.Retrieve("lead", id, new ColumnSet(false));
        service.Retrieve("lead", id, new ColumnSet(false));

        Assert.Equal((3, 1, 2), (scope.Count, scope.CountOf("Create"), scope.CountOf("Retrieve", "lead")));
    }

    [Fact]
    public void Calls_from_plugins_are_counted_apart_from_top_level_calls()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Service.Create(new Entity("account"))).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();
        using var scope = organization.Requests.Measure();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal((2, 1, 1), (scope.Count, scope.TopLevel, scope.FromPlugins));
    }

    [Fact]
    public void Measurement_stops_counting_when_disposed()
    {
        var organization = new OrganizationBuilder().Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var scope = organization.Requests.Measure();
        service.Create(new Entity("lead"));

        scope.Dispose();
        service.Create(new Entity("lead"));

        Assert.Equal(1, scope.Count);
        Assert.Equal(2, organization.Requests.Count);
    }

    [Fact]
    public void Reset_forgets_the_requests_counted_so_far()
    {
        var organization = new OrganizationBuilder().Build();
        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        organization.Requests.Reset();

        Assert.Equal(0, organization.Requests.Count);
    }
}
