using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class AsyncTests
{
    [Fact]
    public void Async_step_waits_until_the_host_runs_pending_jobs()
    {
        var ran = false;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => ran = true).On("Create", "lead").At(PipelineStage.PostOperation).Asynchronously())
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.False(ran);
        Assert.Single(organization.AsyncJobs.Waiting);
    }

    [Fact]
    public void Async_step_runs_after_commit_outside_the_transaction()
    {
        (int Mode, bool InTransaction, bool RowCommitted)? seen = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => seen = (
                    run.Context.Mode,
                    run.Context.IsInTransaction,
                    run.Service.Retrieve("lead", run.Context.PrimaryEntityId, new ColumnSet(false)) is not null))
                .On("Create", "lead").At(PipelineStage.PostOperation).Asynchronously())
            .Build();
        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        var ran = organization.RunPendingAsyncJobs();

        Assert.Equal(1, ran);
        Assert.Equal((1, false, true), seen);
    }

    [Fact]
    public void Failing_async_job_is_recorded_keeping_the_operation_and_what_the_job_wrote_before_it_failed()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run =>
            {
                run.Service.Create(new Entity("account"));
                throw new InvalidPluginExecutionException("async failure");
            }).On("Create", "lead").At(PipelineStage.PostOperation).Asynchronously())
            .Build();
        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        organization.RunPendingAsyncJobs();

        var job = Assert.Single(organization.AsyncJobs.Failed);
        Assert.Equal("async failure", job.Error);

        // Outside a transaction, as in Dataverse: the account the job created before it failed stays.
        Assert.Equal((1, 1), (organization.Database.CountOf("lead"), organization.Database.CountOf("account")));
    }

    [Fact]
    public void Async_step_is_not_queued_when_the_operation_fails()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => { }).On("Create", "lead").At(PipelineStage.PostOperation).Asynchronously())
            .WithStep(StepBuilder.Running(_ => throw new InvalidPluginExecutionException("no")).On("Create", "lead").At(PipelineStage.PostOperation))
            .Build();

        Assert.ThrowsAny<Exception>(() => organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead")));

        Assert.Empty(organization.AsyncJobs.All);
    }

    [Fact]
    public void Async_step_sees_the_shared_variables_of_its_operation()
    {
        object? seen = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Context.SharedVariables["from"] = "sync").On("Create", "lead").At(PipelineStage.PreOperation))
            .WithStep(StepBuilder.Running(run => seen = run.Context.SharedVariables["from"]).On("Create", "lead").At(PipelineStage.PostOperation).Asynchronously())
            .Build();
        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        organization.RunPendingAsyncJobs();

        Assert.Equal("sync", seen);
    }

    [Fact]
    public void Async_jobs_queued_by_async_jobs_run_in_the_same_pass()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => run.Service.Create(new Entity("account"))).On("Create", "lead").At(PipelineStage.PostOperation).Asynchronously())
            .WithStep(StepBuilder.Running(_ => { }).On("Create", "account").At(PipelineStage.PostOperation).Asynchronously())
            .Build();
        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        var ran = organization.RunPendingAsyncJobs();

        Assert.Equal(2, ran);
        Assert.All(organization.AsyncJobs.All, job => Assert.Equal(AsyncJobStatus.Succeeded, job.Status));
    }
}
