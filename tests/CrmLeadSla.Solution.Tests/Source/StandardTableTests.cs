using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>The shipped standard tables carry Dataverse's own option values, which plug-ins and QualifyLead depend on.</summary>
public sealed class StandardTableTests
{
    private static readonly MetadataModel Metadata = SolutionFolder.Load().Metadata;

    public static TheoryData<string, int, int> StatusReasons => new()
    {
        { "lead", 1, 0 },
        { "lead", 2, 0 },
        { "lead", 3, 1 },
        { "lead", 4, 2 },
        { "lead", 5, 2 },
        { "lead", 6, 2 },
        { "lead", 7, 2 },
        { "opportunity", 1, 0 },
        { "opportunity", 2, 0 },
        { "opportunity", 3, 1 },
        { "opportunity", 4, 2 },
        { "opportunity", 5, 2 },
        { "task", 2, 0 },
        { "task", 5, 1 },
        { "task", 6, 2 },
        { "phonecall", 1, 0 },
        { "phonecall", 2, 1 },
        { "email", 1, 0 },
        { "email", 3, 1 },
        { "appointment", 5, 3 },
        { "opportunityclose", 2, 1 },
    };

    public static TheoryData<string, int, string> LeadOptions => new()
    {
        { "budgetstatus", 0, "No Committed Budget" },
        { "budgetstatus", 3, "Will Buy" },
        { "need", 0, "Must have" },
        { "need", 3, "No need" },
        { "purchasetimeframe", 0, "Immediate" },
        { "purchasetimeframe", 4, "Unknown" },
        { "purchaseprocess", 0, "Individual" },
        { "purchaseprocess", 1, "Committee" },
        { "leadsourcecode", 8, "Web" },
        { "industrycode", 7, "Consulting" },
    };

    [Theory]
    [MemberData(nameof(StatusReasons))]
    public void A_status_reason_belongs_to_its_state(string table, int status, int state)
    {
        var option = Metadata.FindTable(table)!.Column("statuscode")!.OptionSet!.Options.Single(o => o.Value == status);

        Assert.Equal(state, option.State);
    }

    [Theory]
    [MemberData(nameof(LeadOptions))]
    public void Lead_choices_have_the_platform_values(string column, int value, string label)
    {
        var option = Metadata.FindTable("lead")!.Column(column)!.OptionSet!.Options.Single(o => o.Value == value);

        Assert.Equal(label, option.Label.In(1033));
    }

    [Theory]
    [InlineData("task")]
    [InlineData("phonecall")]
    [InlineData("email")]
    [InlineData("appointment")]
    [InlineData("opportunityclose")]
    public void Activity_tables_key_on_activityid_and_name_themselves_in_activitytypecode(string table)
    {
        var activity = Metadata.FindTable(table)!;

        Assert.True(activity.IsActivity);
        Assert.Equal("activityid", activity.PrimaryIdAttribute);
        Assert.Equal(ColumnKind.EntityName, activity.Column("activitytypecode")!.Kind);
    }

    [Fact]
    public void Users_belong_to_a_business_unit_and_have_no_owner()
    {
        var user = Metadata.FindTable("systemuser")!;

        Assert.Equal(TableOwnership.BusinessOwned, user.Ownership);
        Assert.Null(user.Column("ownerid"));
        Assert.Equal(["businessunit"], user.Column("businessunitid")!.Targets);
    }

    [Fact]
    public void Opportunity_customer_is_an_account_or_a_contact()
    {
        Assert.Equal(["account", "contact"], Metadata.FindTable("opportunity")!.Column("customerid")!.Targets);
    }
}
