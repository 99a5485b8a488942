using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

public class OpportunityCloseTests
{
    private static readonly DateTime ClosedOn = new(2026, 3, 10, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Win_opportunity_closes_it_as_won_with_its_actual_value_and_close_date()
    {
        var sales = new SalesOrganization();
        var opportunity = NewOpportunity(sales);

        sales.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(opportunity, 18_000m), Status = new OptionSetValue(3) });

        var row = sales.Row("opportunity", opportunity);
        Assert.Equal((1, 3), (row.GetAttributeValue<OptionSetValue>("statecode").Value, row.GetAttributeValue<OptionSetValue>("statuscode").Value));
        Assert.Equal((18_000m, ClosedOn), (row.GetAttributeValue<Money>("actualvalue").Value, row.GetAttributeValue<DateTime>("actualclosedate")));
    }

    [Fact]
    public void Win_opportunity_creates_a_completed_opportunity_close_through_the_pipeline()
    {
        var closes = new List<Guid>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => closes.Add(((EntityReference)run.Target["opportunityid"]).Id)).On("Create", "opportunityclose").At(PipelineStage.PostOperation));
        var opportunity = NewOpportunity(sales);

        sales.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(opportunity, 18_000m), Status = new OptionSetValue(3) });

        var close = Assert.Single(sales.Organization.Database.Rows("opportunityclose"));
        Assert.Equal([opportunity], closes);
        Assert.Equal(1, close.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Lose_opportunity_closes_it_as_lost_with_the_given_status()
    {
        var sales = new SalesOrganization();
        var opportunity = NewOpportunity(sales);

        sales.Service.Execute(new LoseOpportunityRequest { OpportunityClose = Close(opportunity, 0m), Status = new OptionSetValue(5) });

        var row = sales.Row("opportunity", opportunity);
        Assert.Equal((2, 5), (row.GetAttributeValue<OptionSetValue>("statecode").Value, row.GetAttributeValue<OptionSetValue>("statuscode").Value));
    }

    [Fact]
    public void Lose_opportunity_with_a_status_of_the_won_state_is_refused()
    {
        var sales = new SalesOrganization();
        var opportunity = NewOpportunity(sales);

        var fault = SalesOrganization.FaultOf(() =>
            sales.Service.Execute(new LoseOpportunityRequest { OpportunityClose = Close(opportunity, 0m), Status = new OptionSetValue(3) }));

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.ErrorCode);
        Assert.Equal(0, sales.Count("opportunityclose"));
    }

    [Fact]
    public void Winning_a_closed_opportunity_is_refused()
    {
        var sales = new SalesOrganization();
        var opportunity = NewOpportunity(sales);
        sales.Service.Execute(new LoseOpportunityRequest { OpportunityClose = Close(opportunity, 0m), Status = new OptionSetValue(4) });

        var fault = SalesOrganization.FaultOf(() =>
            sales.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(opportunity, 1m), Status = new OptionSetValue(3) }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Equal(2, sales.Row("opportunity", opportunity).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Win_opportunity_runs_its_steps_with_the_opportunity_as_primary_entity()
    {
        var primaries = new List<(string, Guid)>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => primaries.Add((run.Context.PrimaryEntityName, run.Context.PrimaryEntityId))).On("Win", "opportunity").At(PipelineStage.PostOperation));
        var opportunity = NewOpportunity(sales);

        sales.Service.Execute(new WinOpportunityRequest { OpportunityClose = Close(opportunity, 1m), Status = new OptionSetValue(3) });

        Assert.Equal([("opportunity", opportunity)], primaries);
    }

    private static Guid NewOpportunity(SalesOrganization sales) =>
        sales.Service.Create(new Entity("opportunity") { ["name"] = "40 licences" });

    private static Entity Close(Guid opportunity, decimal revenue) => new("opportunityclose")
    {
        ["subject"] = "Closed",
        ["opportunityid"] = new EntityReference("opportunity", opportunity),
        ["actualrevenue"] = new Money(revenue),
        ["actualend"] = ClosedOn,
    };
}
