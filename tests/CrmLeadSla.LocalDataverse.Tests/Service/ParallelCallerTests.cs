using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Service;

[Trait("Category", "Reliability")]
public class ParallelCallerTests
{
    [Fact]
    public void Parallel_callers_writing_different_rows_run_at_the_same_time_and_every_row_is_stored()
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

                Thread.Sleep(5);
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

        Assert.True(overlaps > 0, "no two creates ran at the same time");
        Assert.Equal(40, organization.Database.CountOf("lead"));
    }
}
