using CrmLeadSla.LocalDataverse.Registration;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

public class ParallelCallerTests
{
    [Fact]
    public void Parallel_callers_are_served_one_operation_at_a_time()
    {
        var running = 0;
        var overlaps = 0;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ =>
            {
                if (Interlocked.Increment(ref running) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                Thread.Sleep(2);
                Interlocked.Decrement(ref running);
            }).On("Create", "lead").At(PipelineStage.PreOperation))
            .Build();
        var callers = Enumerable.Range(0, 4)
            .Select(_ => new Thread(() =>
            {
                for (var i = 0; i < 10; i++)
                {
                    organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));
                }
            }))
            .ToList();

        callers.ForEach(caller => caller.Start());
        callers.ForEach(caller => caller.Join());

        Assert.Equal((0, 40), (overlaps, organization.Database.CountOf("lead")));
    }
}
