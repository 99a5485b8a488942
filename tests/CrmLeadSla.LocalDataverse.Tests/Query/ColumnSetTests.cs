using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class ColumnSetTests
{
    private readonly QueryScenario scenario = new();

    [Fact]
    public void Listed_columns_are_returned_with_the_primary_key_and_nothing_else()
    {
        var lead = scenario.Lead("Ann", ("subject", "Pricing"), ("numberofemployees", 50));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") }).Entities.Single();

        Assert.Equal(lead.Id, result.Id);
        Assert.Equal(["leadid", "subject"], result.Attributes.Keys.Order());
        Assert.Equal(lead.Id, result["leadid"]);
    }

    [Fact]
    public void All_columns_returns_every_stored_column()
    {
        scenario.Lead("Ann", ("subject", "Pricing"), ("numberofemployees", 50));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet(true) }).Entities.Single();

        Assert.Equal(["fullname", "leadid", "numberofemployees", "subject"], result.Attributes.Keys.Order());
    }

    [Fact]
    public void Results_carry_the_row_version()
    {
        var lead = scenario.Lead("Ann");
        lead.RowVersion = "42";

        var result = scenario.Run(new QueryExpression("lead")).Entities.Single();

        Assert.Equal("42", result.RowVersion);
    }

    [Fact]
    public void Null_columns_are_left_out_of_the_result()
    {
        scenario.Lead("Ann", ("subject", null));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") }).Entities.Single();

        Assert.False(result.Contains("subject"));
    }

    [Fact]
    public void An_unknown_column_is_refused_with_Dataverse_fault()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet("nosuchcolumn") }));

        Assert.Equal(-2147217149, fault.Detail.ErrorCode);
        Assert.Equal("'lead' entity doesn't contain attribute with Name = 'nosuchcolumn' and NameMapping = 'Logical'.", fault.Detail.Message);
    }

    [Fact]
    public void An_unknown_table_is_refused_with_Dataverse_fault()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Run(new QueryExpression("nosuchtable")));

        Assert.Equal(-2147217150, fault.Detail.ErrorCode);
        Assert.Contains("'nosuchtable'", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_are_copies_that_do_not_change_the_store()
    {
        var lead = scenario.Lead("Ann", ("revenue", new Money(10m)));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet("fullname", "revenue") }).Entities.Single();
        result["fullname"] = "Changed";
        result.GetAttributeValue<Money>("revenue").Value = 99m;

        Assert.Equal("Ann", lead["fullname"]);
        Assert.Equal(10m, lead.GetAttributeValue<Money>("revenue").Value);
    }

    [Fact]
    public void Option_sets_get_their_label_as_formatted_value()
    {
        scenario.Lead("Ann", (SalesMetadata.Grade, new OptionSetValue(SalesMetadata.GradeA)));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet(SalesMetadata.Grade) }).Entities.Single();

        Assert.Equal("A", result.FormattedValues[SalesMetadata.Grade]);
    }

    [Fact]
    public void Multi_select_choices_get_their_labels_joined_by_semicolons()
    {
        scenario.Lead("Ann", (SalesMetadata.Interests, new OptionSetValueCollection([new OptionSetValue(1), new OptionSetValue(3)])));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet(SalesMetadata.Interests) }).Entities.Single();

        Assert.Equal("Pricing; Support", result.FormattedValues[SalesMetadata.Interests]);
    }

    [Fact]
    public void Two_option_columns_are_formatted_Yes_or_No()
    {
        scenario.Lead("Ann", (SalesMetadata.Excluded, true));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet(SalesMetadata.Excluded) }).Entities.Single();

        Assert.Equal("Yes", result.FormattedValues[SalesMetadata.Excluded]);
    }

    [Fact]
    public void Money_is_formatted_in_the_base_currency()
    {
        scenario.Lead("Ann", ("revenue", new Money(1234.5m)));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet("revenue") }).Entities.Single();

        Assert.Equal("$1,234.50", result.FormattedValues["revenue"]);
    }

    [Fact]
    public void Lookups_carry_the_primary_name_of_the_referenced_row()
    {
        var contact = scenario.Contact("Carl Contact");
        scenario.Lead("Ann", ("parentcontactid", new EntityReference("contact", contact.Id)));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet("parentcontactid") }).Entities.Single();

        Assert.Equal("Carl Contact", result.GetAttributeValue<EntityReference>("parentcontactid").Name);
    }

    [Fact]
    public void Lookups_get_the_referenced_name_as_formatted_value()
    {
        var contact = scenario.Contact("Carl Contact");
        scenario.Lead("Ann", ("parentcontactid", new EntityReference("contact", contact.Id)));

        var result = scenario.Run(new QueryExpression("lead") { ColumnSet = new ColumnSet("parentcontactid") }).Entities.Single();

        Assert.Equal("Carl Contact", result.FormattedValues["parentcontactid"]);
    }

    [Fact]
    public void Rows_the_caller_cannot_read_are_left_out()
    {
        scenario.Lead("Ann");
        scenario.Lead("Secret");
        scenario.CanRead = (_, row) => (string)row["fullname"] != "Secret";

        Assert.Equal(["Ann"], scenario.LeadNames(new QueryExpression("lead")));
    }
}
