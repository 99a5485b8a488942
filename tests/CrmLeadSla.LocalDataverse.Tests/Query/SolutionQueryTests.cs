extern alias workflows;

using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using workflows::CrmLeadSla.Workflows;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

/// <summary>Queries through the organization service of an organization built from the repository's solution.</summary>
public class SolutionQueryTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    private readonly IOrganizationService service;

    public SolutionQueryTests()
    {
        var organization = LocalOrganization.FromSolution(Solution, [typeof(SlaActivity).Assembly]);
        service = organization.ServiceFor(organization.AdminUserId);
        Reason("No budget", RejectionOutcome.Nurture);
        Reason("Bad timing", RejectionOutcome.Nurture);
        Reason("Competitor", RejectionOutcome.Disqualify);
    }

    private void Reason(string name, RejectionOutcome outcome) =>
        service.Create(new Entity(RejectionReasonSchema.EntityName) { [RejectionReasonSchema.Name] = name, [RejectionReasonSchema.Code] = name.ToUpperInvariant(), [RejectionReasonSchema.Outcome] = new OptionSetValue((int)outcome) });

    [Fact]
    public void Rows_of_a_solution_table_sort_by_the_solution_option_labels()
    {
        var query = new QueryExpression(RejectionReasonSchema.EntityName) { ColumnSet = new ColumnSet(RejectionReasonSchema.Name, RejectionReasonSchema.Outcome) };
        query.AddOrder(RejectionReasonSchema.Outcome, OrderType.Ascending);
        query.AddOrder(RejectionReasonSchema.Name, OrderType.Ascending);

        var rows = service.RetrieveMultiple(query).Entities;

        Assert.Equal(["Competitor", "Bad timing", "No budget"], rows.Select(r => r.GetAttributeValue<string>(RejectionReasonSchema.Name)));
        Assert.Equal(["Disqualify", "Nurture", "Nurture"], rows.Select(r => r.FormattedValues[RejectionReasonSchema.Outcome]));
    }

    [Fact]
    public void An_aggregate_fetch_groups_a_solution_table_by_its_option_set()
    {
        var rows = service.RetrieveMultiple(new FetchExpression($"""
            <fetch aggregate="true"><entity name="{RejectionReasonSchema.EntityName}">
              <attribute name="{RejectionReasonSchema.Outcome}" alias="outcome" groupby="true" />
              <attribute name="{RejectionReasonSchema.Id}" alias="reasons" aggregate="count" />
              <order alias="reasons" descending="true" />
            </entity></fetch>
            """)).Entities;

        Assert.Equal([RejectionOutcome.Nurture, RejectionOutcome.Disqualify], rows.Select(r => (RejectionOutcome)((OptionSetValue)r.GetAttributeValue<AliasedValue>("outcome").Value).Value));
        Assert.Equal([2, 1], rows.Select(r => r.GetAttributeValue<AliasedValue>("reasons").Value));
    }

    [Fact]
    public void Rows_created_by_the_caller_match_eq_userid_on_their_owner()
    {
        var rows = service.RetrieveMultiple(new FetchExpression($"""
            <fetch><entity name="{RejectionReasonSchema.EntityName}">
              <attribute name="{RejectionReasonSchema.Name}" />
              <filter><condition attribute="ownerid" operator="eq-userid" /></filter>
            </entity></fetch>
            """)).Entities;

        Assert.Equal(3, rows.Count);
    }
}
