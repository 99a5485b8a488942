using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class ValueTypeTests
{
    private readonly QueryScenario scenario = new();

    [Fact]
    public void A_lookup_compares_with_a_Guid()
    {
        var contact = scenario.Contact("Carl");
        scenario.Lead("Ann", ("parentcontactid", contact.ToEntityReference()));
        scenario.Lead("Bob");

        Assert.Equal(["Ann"], scenario.LeadsWhere("parentcontactid", ConditionOperator.Equal, contact.Id));
    }

    [Fact]
    public void A_lookup_compares_with_an_EntityReference()
    {
        var contact = scenario.Contact("Carl");
        scenario.Lead("Ann", ("parentcontactid", contact.ToEntityReference()));

        Assert.Equal(["Ann"], scenario.LeadsWhere("parentcontactid", ConditionOperator.Equal, contact.ToEntityReference()));
    }

    [Fact]
    public void A_choice_compares_with_an_int()
    {
        scenario.Lead("Ann", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeA)));
        scenario.Lead("Bob", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeB)));

        Assert.Equal(["Ann"], scenario.LeadsWhere(SalesMetadata.Grade, ConditionOperator.Equal, SalesMetadata.GradeA));
    }

    [Fact]
    public void A_choice_compares_with_an_OptionSetValue()
    {
        scenario.Lead("Ann", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeA)));

        Assert.Equal(["Ann"], scenario.LeadsWhere(SalesMetadata.Grade, ConditionOperator.Equal, new OptionSetValue(SalesMetadata.GradeA)));
    }

    [Fact]
    public void Money_compares_with_a_decimal()
    {
        scenario.Lead("Rich", ("revenue", new Money(1_000_000m)));
        scenario.Lead("Poor", ("revenue", new Money(10m)));

        Assert.Equal(["Rich"], scenario.LeadsWhere("revenue", ConditionOperator.GreaterThan, 5000m));
    }

    [Fact]
    public void A_two_option_column_compares_with_a_bool()
    {
        scenario.Lead("Out", (SalesMetadata.Excluded, true));
        scenario.Lead("In", (SalesMetadata.Excluded, false));

        Assert.Equal(["Out"], scenario.LeadsWhere(SalesMetadata.Excluded, ConditionOperator.Equal, true));
    }

    [Fact]
    public void A_two_option_column_compares_with_0_or_1()
    {
        scenario.Lead("Out", (SalesMetadata.Excluded, true));
        scenario.Lead("In", (SalesMetadata.Excluded, false));

        Assert.Equal(["In"], scenario.LeadsWhere(SalesMetadata.Excluded, ConditionOperator.Equal, 0));
    }

    [Fact]
    public void A_date_compares_with_a_DateTime()
    {
        scenario.Lead("Old", (SalesMetadata.ScoredOn, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        scenario.Lead("New", (SalesMetadata.ScoredOn, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(["New"], scenario.LeadsWhere(SalesMetadata.ScoredOn, ConditionOperator.GreaterThan, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Decimal_double_and_big_integer_columns_compare_with_numbers()
    {
        scenario.Lead("Ann", (SalesMetadata.Probability, 0.75m), (SalesMetadata.Weight, 1.5d), (SalesMetadata.Visits, 5_000_000_000L));
        var query = new QueryExpression("lead");
        query.Criteria.AddCondition(SalesMetadata.Probability, ConditionOperator.GreaterThan, 0.5);
        query.Criteria.AddCondition(SalesMetadata.Weight, ConditionOperator.LessThan, 2);
        query.Criteria.AddCondition(SalesMetadata.Visits, ConditionOperator.GreaterThan, 4_000_000_000L);

        Assert.Equal(["Ann"], scenario.LeadNames(query));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused()
    {
        scenario.Lead("Ann", ("numberofemployees", 10));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.LeadsWhere("numberofemployees", ConditionOperator.Equal, "ten"));

        Assert.Equal(-2147220989, fault.Detail.ErrorCode);
        Assert.Equal("Condition for attribute 'lead.numberofemployees': expected argument(s) of type 'System.Int32' but received 'System.String'.", fault.Detail.Message);
    }

    [Fact]
    public void A_date_for_a_text_column_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.LeadsWhere("subject", ConditionOperator.Equal, QueryScenario.Now));

        Assert.Equal(-2147220989, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_condition_on_an_unknown_column_is_refused()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.LeadsWhere("nosuchcolumn", ConditionOperator.Equal, 1));

        Assert.Equal(-2147217149, fault.Detail.ErrorCode);
    }
}
