using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query.Fetch;

/// <summary>FetchXML's operator names and the ConditionOperator each stands for.</summary>
internal static class FetchOperators
{
    private static readonly Dictionary<string, ConditionOperator> ByName = new(StringComparer.Ordinal)
    {
        ["eq"] = ConditionOperator.Equal,
        ["ne"] = ConditionOperator.NotEqual,
        ["neq"] = ConditionOperator.NotEqual,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
        ["like"] = ConditionOperator.Like,
        ["not-like"] = ConditionOperator.NotLike,
        ["begins-with"] = ConditionOperator.BeginsWith,
        ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
        ["ends-with"] = ConditionOperator.EndsWith,
        ["not-end-with"] = ConditionOperator.DoesNotEndWith,
        ["in"] = ConditionOperator.In,
        ["not-in"] = ConditionOperator.NotIn,
        ["between"] = ConditionOperator.Between,
        ["not-between"] = ConditionOperator.NotBetween,
        ["null"] = ConditionOperator.Null,
        ["not-null"] = ConditionOperator.NotNull,
        ["on"] = ConditionOperator.On,
        ["not-on"] = ConditionOperator.NotOn,
        ["on-or-after"] = ConditionOperator.OnOrAfter,
        ["on-or-before"] = ConditionOperator.OnOrBefore,
        ["today"] = ConditionOperator.Today,
        ["yesterday"] = ConditionOperator.Yesterday,
        ["tomorrow"] = ConditionOperator.Tomorrow,
        ["last-seven-days"] = ConditionOperator.Last7Days,
        ["next-seven-days"] = ConditionOperator.Next7Days,
        ["this-week"] = ConditionOperator.ThisWeek,
        ["last-week"] = ConditionOperator.LastWeek,
        ["next-week"] = ConditionOperator.NextWeek,
        ["this-month"] = ConditionOperator.ThisMonth,
        ["last-month"] = ConditionOperator.LastMonth,
        ["next-month"] = ConditionOperator.NextMonth,
        ["this-year"] = ConditionOperator.ThisYear,
        ["last-year"] = ConditionOperator.LastYear,
        ["next-year"] = ConditionOperator.NextYear,
        ["last-x-hours"] = ConditionOperator.LastXHours,
        ["next-x-hours"] = ConditionOperator.NextXHours,
        ["last-x-days"] = ConditionOperator.LastXDays,
        ["next-x-days"] = ConditionOperator.NextXDays,
        ["last-x-weeks"] = ConditionOperator.LastXWeeks,
        ["next-x-weeks"] = ConditionOperator.NextXWeeks,
        ["last-x-months"] = ConditionOperator.LastXMonths,
        ["next-x-months"] = ConditionOperator.NextXMonths,
        ["last-x-years"] = ConditionOperator.LastXYears,
        ["next-x-years"] = ConditionOperator.NextXYears,
        ["olderthan-x-minutes"] = ConditionOperator.OlderThanXMinutes,
        ["olderthan-x-hours"] = ConditionOperator.OlderThanXHours,
        ["olderthan-x-days"] = ConditionOperator.OlderThanXDays,
        ["olderthan-x-weeks"] = ConditionOperator.OlderThanXWeeks,
        ["olderthan-x-months"] = ConditionOperator.OlderThanXMonths,
        ["olderthan-x-years"] = ConditionOperator.OlderThanXYears,
        ["eq-userid"] = ConditionOperator.EqualUserId,
        ["ne-userid"] = ConditionOperator.NotEqualUserId,
        ["eq-businessid"] = ConditionOperator.EqualBusinessId,
        ["ne-businessid"] = ConditionOperator.NotEqualBusinessId,
        ["contain-values"] = ConditionOperator.ContainValues,
        ["not-contain-values"] = ConditionOperator.DoesNotContainValues,
        // Known to FetchXML but not implemented here: they reach the condition compiler, which refuses them by name.
        ["above"] = ConditionOperator.Above,
        ["eq-or-above"] = ConditionOperator.AboveOrEqual,
        ["under"] = ConditionOperator.Under,
        ["eq-or-under"] = ConditionOperator.UnderOrEqual,
        ["not-under"] = ConditionOperator.NotUnder,
        ["eq-useroruserteams"] = ConditionOperator.EqualUserOrUserTeams,
        ["eq-userteams"] = ConditionOperator.EqualUserTeams,
        ["eq-useroruserhierarchy"] = ConditionOperator.EqualUserOrUserHierarchy,
        ["eq-useroruserhierarchyandteams"] = ConditionOperator.EqualUserOrUserHierarchyAndTeams,
        ["eq-userlanguage"] = ConditionOperator.EqualUserLanguage,
        ["this-fiscal-year"] = ConditionOperator.ThisFiscalYear,
        ["this-fiscal-period"] = ConditionOperator.ThisFiscalPeriod,
        ["in-fiscal-year"] = ConditionOperator.InFiscalYear,
    };

    /// <summary>The operator of a FetchXML name, or the fault for an unknown one.</summary>
    public static ConditionOperator Parse(string name) =>
        ByName.TryGetValue(name, out var op)
            ? op
            : throw QueryFaults.Fault(QueryFaults.InvalidConditionOperator, $"The condition operator '{name}' is not a FetchXML operator.");
}
