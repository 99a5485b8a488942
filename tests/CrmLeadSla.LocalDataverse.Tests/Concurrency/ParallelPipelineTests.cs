using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Concurrency;

[Trait("Category", "Reliability")]
public class ParallelPipelineTests
{
    [Fact]
    public void Parallel_updates_of_one_row_each_see_the_previous_result_in_their_pre_image()
    {
        // The step counts from the pre-image, as a plug-in does: a stale pre-image would lose increments.
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
                {
                    var before = run.Context.PreEntityImages["pre"].GetAttributeValue<int>("numberofemployees");
                    run.Target["numberofemployees"] = before + 1;
                })
                .On("Update", "lead").At(PipelineStage.PreOperation).WithImage("pre", ImageKind.PreImage, "numberofemployees"))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead") { ["numberofemployees"] = 0 });

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (var i = 0; i < 50; i++)
            {
                organization.ServiceFor(organization.AdminUserId).Update(new Entity("lead", id) { ["subject"] = "touch" });
            }
        });

        Assert.Equal(400, organization.Database.Find("lead", id)!.GetAttributeValue<int>("numberofemployees"));
    }

    [Fact]
    public void Jobs_run_by_several_runners_at_once_each_run_exactly_once()
    {
        var runs = 0;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => Interlocked.Increment(ref runs)).On("Create", "lead").Asynchronously())
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        for (var i = 0; i < 200; i++)
        {
            service.Create(new Entity("lead"));
        }

        var ran = new int[4];
        Parallel.For(0, 4, runner => ran[runner] = organization.RunPendingAsyncJobs());

        Assert.Equal((200, 200), (runs, ran.Sum()));
        Assert.All(organization.AsyncJobs.All, job => Assert.Equal(AsyncJobStatus.Succeeded, job.Status));
    }

    [Fact]
    public void A_retried_job_runs_again_with_the_context_it_was_queued_with()
    {
        var seen = new List<Guid>();
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => seen.Add(run.Context.PrimaryEntityId)).On("Create", "lead").Asynchronously())
            .Build();
        var id = organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));
        organization.RunPendingAsyncJobs();

        organization.AsyncJobs.Retry(organization.AsyncJobs.All.Single());
        organization.RunPendingAsyncJobs();

        Assert.Equal([id, id], seen);
    }
}
