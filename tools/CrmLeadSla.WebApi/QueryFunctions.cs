using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>
/// Dataverse's query functions for <c>$filter</c> (<c>Microsoft.Dynamics.CRM.In(PropertyName='x',PropertyValues=[…])</c>):
/// unbound functions returning <c>Edm.Boolean</c>, each the condition operator of the same name. The shape of each
/// (which value parameter it takes and its type) follows Microsoft's Web API function reference.
/// </summary>
public static class QueryFunctions
{
    /// <summary>Functions that take only PropertyName.</summary>
    public static readonly IReadOnlyList<string> WithoutValue =
    [
        "Today", "Yesterday", "Tomorrow", "Last7Days", "Next7Days", "ThisWeek", "LastWeek", "NextWeek", "ThisMonth", "LastMonth",
        "NextMonth", "ThisYear", "LastYear", "NextYear", "EqualUserId", "NotEqualUserId", "EqualBusinessId", "NotEqualBusinessId",
        "ThisFiscalYear", "ThisFiscalPeriod", "NextFiscalYear", "NextFiscalPeriod", "LastFiscalYear", "LastFiscalPeriod",
        "EqualUserTeams", "EqualUserOrUserTeams", "EqualUserOrUserHierarchy", "EqualUserOrUserHierarchyAndTeams", "EqualUserLanguage",
    ];

    /// <summary>Functions that take PropertyValue, a count (Edm.Int64).</summary>
    public static readonly IReadOnlyList<string> WithCount =
    [
        "LastXHours", "NextXHours", "LastXDays", "NextXDays", "LastXWeeks", "NextXWeeks", "LastXMonths", "NextXMonths",
        "LastXYears", "NextXYears", "OlderThanXMinutes", "OlderThanXHours", "OlderThanXDays", "OlderThanXWeeks",
        "OlderThanXMonths", "OlderThanXYears", "LastXFiscalYears", "LastXFiscalPeriods", "NextXFiscalYears", "NextXFiscalPeriods",
        "InFiscalYear", "InFiscalPeriod",
    ];

    /// <summary>Functions that take PropertyValue as text (a date, an id).</summary>
    public static readonly IReadOnlyList<string> WithValue = ["On", "OnOrAfter", "OnOrBefore", "Above", "AboveOrEqual", "Under", "UnderOrEqual", "NotUnder"];

    /// <summary>Functions that take PropertyValues, a collection of text.</summary>
    public static readonly IReadOnlyList<string> WithValues = ["In", "NotIn", "Between", "NotBetween", "ContainValues", "DoesNotContainValues"];

    /// <summary>Declares every function in the model.</summary>
    public static void AddTo(EdmModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = EdmCoreModel.Instance.GetString(false);
        Declare(model, WithoutValue, null);
        Declare(model, WithCount, EdmCoreModel.Instance.GetInt64(false));
        Declare(model, WithValue, text);
        Declare(model, WithValues, new EdmCollectionTypeReference(new EdmCollectionType(text)));
    }

    /// <summary>The condition operator a function names (without its namespace), or null.</summary>
    public static ConditionOperator? OperatorOf(string name) =>
        Enum.TryParse<ConditionOperator>(name, ignoreCase: false, out var op) ? op : null;

    private static void Declare(EdmModel model, IEnumerable<string> names, IEdmTypeReference? value)
    {
        foreach (var name in names)
        {
            var function = new EdmFunction(ServiceModel.Namespace, name, EdmCoreModel.Instance.GetBoolean(false), isBound: false, entitySetPathExpression: null, isComposable: false);
            function.AddParameter("PropertyName", EdmCoreModel.Instance.GetString(false));
            if (value is not null)
            {
                function.AddParameter(value.IsCollection() ? "PropertyValues" : "PropertyValue", value);
            }

            model.AddElement(function);
        }
    }
}
