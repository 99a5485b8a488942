using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

public class NullSemanticsTests
{
    private readonly QueryScenario scenario = new();

    public NullSemanticsTests()
    {
        scenario.Lead("Filled", ("subject", "Demo"), ("numberofemployees", 10));
        scenario.Lead("Empty");
    }

    [Fact]
    public void Null_matches_rows_without_a_value() =>
        Assert.Equal(["Empty"], scenario.LeadsWhere("subject", ConditionOperator.Null));

    [Fact]
    public void Not_null_matches_rows_with_a_value() =>
        Assert.Equal(["Filled"], scenario.LeadsWhere("subject", ConditionOperator.NotNull));

    [Fact]
    public void Not_equal_does_not_match_a_null_column() =>
        Assert.Empty(scenario.LeadsWhere("subject", ConditionOperator.NotEqual, "Demo"));

    [Fact]
    public void Not_in_does_not_match_a_null_column() =>
        Assert.Empty(scenario.LeadsWhere("numberofemployees", ConditionOperator.NotIn, 10));

    [Fact]
    public void Not_like_does_not_match_a_null_column() =>
        Assert.Empty(scenario.LeadsWhere("subject", ConditionOperator.NotLike, "Demo"));

    [Fact]
    public void Not_between_does_not_match_a_null_column() =>
        Assert.Empty(scenario.LeadsWhere("numberofemployees", ConditionOperator.NotBetween, 1, 20));
}
