using System.ServiceModel;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Reliability.Tests.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Reliability.Tests.Concurrency;

[Trait("Category", "Reliability")]
public class ConcurrentAcceptTests
{
    private readonly SolutionScenario scenario = new();

    [Fact]
    public async Task Two_sales_users_accepting_the_same_lead_at_once_record_one_accept_and_no_database_error()
    {
        SolutionOperations.WithDefaultAgreement(scenario);
        var otherSales = scenario.Organization.ServiceFor(new TeamMembers(scenario.Installed).SecondSalesRep());
        var lead = new LeadBuilder().CreateIn(scenario.Marketing);
        scenario.Marketing.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Mql) });

        using var start = new Barrier(2);
        var outcomes = await Task.WhenAll(
            Task.Run(() => Accept(scenario.Sales, lead, start)),
            Task.Run(() => Accept(otherSales, lead, start)));

        // The second save waits for the first, then finds the lead at SAL already: the funnel sees no move (a save of
        // the stage a lead has is not a move), so it neither fails nor writes a second accept.
        Assert.All(outcomes, Assert.Null);
        Assert.Single(Accepts(lead));
    }

    private static string? Accept(IOrganizationService sales, Guid lead, Barrier start)
    {
        start.SignalAndWait();
        try
        {
            sales.Update(new Entity(LeadSchema.EntityName, lead) { [LeadSchema.FunnelStage] = new OptionSetValue((int)FunnelStage.Sal) });
            return null;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return fault.Detail.Message;
        }
    }

    private IEnumerable<Entity> Accepts(Guid lead) => scenario.System.RetrieveMultiple(new QueryExpression(StageTransitionSchema.EntityName)
    {
        Criteria =
        {
            Conditions =
            {
                new ConditionExpression(StageTransitionSchema.LeadId, ConditionOperator.Equal, lead),
                new ConditionExpression(StageTransitionSchema.ToStage, ConditionOperator.Equal, (int)FunnelStage.Sal),
            },
        },
    }).Entities;
}
