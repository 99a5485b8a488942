using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.XrmSdk.Tests;

public sealed class MessageTests
{
    [Fact]
    public void Typed_request_properties_are_its_parameters()
    {
        var lead = new Entity("lead");

        var request = new CreateRequest { Target = lead };

        Assert.Equal("Create", request.RequestName);
        Assert.Same(lead, request.Parameters["Target"]);
        Assert.Same(lead, request["Target"]);
    }

    [Fact]
    public void New_requests_hold_their_required_parameters_as_null()
    {
        Assert.Equal(new[] { "Target", "ColumnSet" }, new RetrieveRequest().Parameters.Keys);
        Assert.Equal(new[] { "Target", "Relationship", "RelatedEntities" }, new AssociateRequest().Parameters.Keys);
        Assert.Equal(new[] { "Requests", "Settings" }, new ExecuteMultipleRequest().Parameters.Keys);
        Assert.Null(new RetrieveMultipleRequest().Query);
    }

    [Fact]
    public void Optional_parameters_read_as_default_until_set()
    {
        var request = new UpdateRequest();

        Assert.Equal(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);
        request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, request.Parameters["ConcurrencyBehavior"]);
    }

    [Fact]
    public void Typed_response_properties_read_its_results_and_default_when_absent()
    {
        var id = Guid.NewGuid();
        var response = new CreateResponse();

        Assert.Equal(Guid.Empty, response.id);
        response.Results["id"] = id;
        Assert.Equal(id, response.id);
    }

    [Fact]
    public void Execute_multiple_response_reads_responses_and_fault_flag_from_results()
    {
        var items = new ExecuteMultipleResponseItemCollection { new ExecuteMultipleResponseItem { RequestIndex = 3 } };
        var response = new ExecuteMultipleResponse { Results = { ["Responses"] = items, ["IsFaulted"] = true } };

        Assert.Same(items, response.Responses);
        Assert.True(response.IsFaulted);
    }

    [Fact]
    public void Generic_request_carries_its_name_and_parameters()
    {
        var targets = new EntityCollection { EntityName = "lead" };

        var request = new OrganizationRequest("CreateMultiple") { Parameters = { ["Targets"] = targets } };

        Assert.Equal("CreateMultiple", request.RequestName);
        Assert.Same(targets, request["Targets"]);
        Assert.Throws<KeyNotFoundException>(() => request["Other"]);
    }

    [Fact]
    public void Retrieve_multiple_request_carries_the_query_as_a_parameter()
    {
        var query = new QueryExpression("lead");

        var request = new RetrieveMultipleRequest { Query = query };

        Assert.Equal("RetrieveMultiple", request.RequestName);
        Assert.Same(query, request.Parameters["Query"]);
    }
}
