using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.LocalDataverse.Tests.Pipeline.TestPlugins;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class PluginTypeTests
{
    [Fact]
    public void Plugin_constructor_receives_unsecure_and_secure_configuration()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Of<ConfiguredPlugin>().Configured("open", "secret").On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        var id = service.Create(new Entity("lead"));

        Assert.Equal("open|secret", service.Retrieve("lead", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void Plugin_instance_is_cached_per_step_so_fields_keep_state()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Of<StatefulPlugin>().On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);

        service.Create(new Entity("lead"));
        var second = service.Create(new Entity("lead"));

        Assert.Equal(2, service.Retrieve("lead", second, new ColumnSet("numberofemployees"))["numberofemployees"]);
    }
}
