using CrmLeadSla.LocalDataverse.Messages.Special;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

public class ExecuteMultipleTests
{
    [Fact]
    public void Execute_multiple_returns_each_response_with_its_request_index()
    {
        var sales = new SalesOrganization();

        var response = Run(sales, continueOnError: false, returnResponses: true, CreateAccount("A"), CreateAccount("B"));

        Assert.Equal([0, 1], response.Responses.Select(r => r.RequestIndex));
        Assert.All(response.Responses, r => Assert.IsType<Guid>(r.Response.Results["id"]));
    }

    [Fact]
    public void Execute_multiple_with_continue_on_error_reports_each_fault()
    {
        var sales = new SalesOrganization();

        var response = Run(sales, continueOnError: true, returnResponses: false, CreateUnknownColumn(), CreateAccount("A"), CreateUnknownColumn());

        Assert.True(response.IsFaulted);
        Assert.Equal([0, 2], response.Responses.Select(r => r.RequestIndex));
        Assert.All(response.Responses, r => Assert.NotNull(r.Fault));
    }

    [Fact]
    public void Execute_multiple_without_continue_on_error_stops_at_the_first_fault()
    {
        var sales = new SalesOrganization();

        var response = Run(sales, continueOnError: false, returnResponses: true, CreateAccount("A"), CreateUnknownColumn(), CreateAccount("C"));

        Assert.Equal([0, 1], response.Responses.Select(r => r.RequestIndex));
        Assert.Equal(1, sales.Count("account"));
    }

    [Fact]
    public void Each_request_of_execute_multiple_runs_as_a_top_level_request()
    {
        var seen = new List<(int Depth, bool HasParent)>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => seen.Add((run.Context.Depth, run.Context.ParentContext is not null)))
                .On("Create", "account").At(PipelineStage.PreOperation));

        Run(sales, continueOnError: false, returnResponses: false, CreateAccount("A"), CreateAccount("B"));

        Assert.Equal([(1, false), (1, false)], seen);
    }

    [Fact]
    public void Execute_multiple_is_not_a_transaction_requests_before_a_fault_stay_saved()
    {
        var sales = new SalesOrganization(
            StepBuilder.Running(run =>
            {
                if ((string)run.Target["name"] == "refused")
                {
                    throw new InvalidPluginExecutionException("refused");
                }
            }).On("Create", "account").At(PipelineStage.PostOperation));

        Run(sales, continueOnError: true, returnResponses: false, CreateAccount("kept"), CreateAccount("refused"), CreateAccount("kept too"));

        Assert.Equal(2, sales.Count("account"));
    }

    [Fact]
    public void Execute_multiple_without_return_responses_returns_nothing_when_all_succeed()
    {
        var sales = new SalesOrganization();

        var response = Run(sales, continueOnError: false, returnResponses: false, CreateAccount("A"), CreateAccount("B"));

        Assert.False(response.IsFaulted);
        Assert.Empty(response.Responses);
    }

    [Fact]
    public void Execute_multiple_over_the_batch_size_is_refused_with_the_maximum_in_the_fault()
    {
        var sales = new SalesOrganization();
        var requests = Enumerable.Range(0, ExecuteMultipleHandler.MaxBatchSize + 1).Select(i => CreateAccount($"A{i}")).ToArray();

        var fault = SalesOrganization.FaultOf(() => Run(sales, continueOnError: true, returnResponses: false, requests));

        Assert.Equal(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.Equal(0, sales.Count("account"));
    }

    [Fact]
    public void Execute_multiple_inside_an_execute_multiple_is_refused()
    {
        var sales = new SalesOrganization();
        var inner = Batch(continueOnError: false, returnResponses: false, CreateAccount("inner"));

        SalesOrganization.FaultOf(() => Run(sales, continueOnError: true, returnResponses: true, CreateAccount("outer"), inner));

        Assert.Equal(0, sales.Count("account"));
    }

    [Fact]
    public void Execute_multiple_inside_a_plugin_is_refused()
    {
        var sales = new SalesOrganization(
            StepBuilder.Running(run => run.Service.Execute(Batch(continueOnError: false, returnResponses: false, CreateAccount("from plug-in"))))
                .On("Create", "lead").At(PipelineStage.PostOperation));

        var fault = SalesOrganization.FaultOf(() => sales.Service.Create(new Entity("lead")));

        Assert.Contains("plug-in", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, sales.Count("account"));
    }

    [Fact]
    public void Execute_multiple_runs_the_plugins_of_each_request()
    {
        var created = new List<string>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => created.Add((string)run.Target["name"])).On("Create", "account").At(PipelineStage.PostOperation));

        Run(sales, continueOnError: false, returnResponses: false, CreateAccount("A"), CreateAccount("B"));

        Assert.Equal(["A", "B"], created);
    }

    private static ExecuteMultipleResponse Run(SalesOrganization sales, bool continueOnError, bool returnResponses, params OrganizationRequest[] requests)
    {
        var response = sales.Service.Execute(Batch(continueOnError, returnResponses, requests));
        return new ExecuteMultipleResponse { Results = response.Results };
    }

    private static ExecuteMultipleRequest Batch(bool continueOnError, bool returnResponses, params OrganizationRequest[] requests)
    {
        var batch = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
            Requests = [],
        };
        batch.Requests.AddRange(requests);
        return batch;
    }

    private static CreateRequest CreateAccount(string name) => new() { Target = new Entity("account") { ["name"] = name } };

    private static CreateRequest CreateUnknownColumn() => new() { Target = new Entity("account") { ["nosuchcolumn"] = 1 } };
}
