using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class TraceLogTests
{
    [Fact]
    public void Trace_log_records_the_lines_a_step_traced()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Tracing.Trace("scored {0} points", 40)).Named("Score").On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        var trace = Assert.Single(organization.Traces.Entries);
        Assert.Equal(("Score", "Create", "lead", PipelineStage.PostOperation, 1), (trace.StepName, trace.Message, trace.PrimaryEntity, trace.Stage, trace.Depth));
        Assert.Equal(["scored 40 points"], trace.Lines);
    }

    [Fact]
    public void Trace_log_records_the_exception_of_a_failed_step()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => throw new InvalidPluginExecutionException("broken")).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        Assert.ThrowsAny<Exception>(() => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.IsType<InvalidPluginExecutionException>(Assert.Single(organization.Traces.Entries).Exception);
    }
}
