using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// The rules Dataverse's workflow designer applies to a custom workflow activity's arguments: every argument
/// is marked [Input] (InArgument), [Output] (OutArgument) or both (InOutArgument); its type is one the designer
/// can bind; an EntityReference names its table with [ReferenceTarget]; an OptionSetValue names its column
/// with [AttributeTarget].
/// </summary>
public static class ActivityDeclarationRules
{
    /// <summary>Every broken rule of the activity type, one sentence each; empty when it is well declared.</summary>
    public static IReadOnlyList<string> Violations(Type activityType)
    {
        ArgumentNullException.ThrowIfNull(activityType);
        var violations = new List<string>();
        foreach (var argument in ActivityArgument.Of(activityType))
        {
            violations.AddRange(ViolationsOf(argument));
        }

        return violations;
    }

    /// <summary>Refuses an activity type that breaks a rule, naming every broken rule.</summary>
    public static void Demand(Type activityType)
    {
        var violations = Violations(activityType);
        if (violations.Count > 0)
        {
            throw new ActivityDeclarationException(
                $"The custom workflow activity {activityType.FullName} is not declared as Dataverse requires: {string.Join(" ", violations)}");
        }
    }

    private static IEnumerable<string> ViolationsOf(ActivityArgument argument)
    {
        var name = argument.Name;
        if (argument.IsInput && argument.Input is null)
        {
            yield return $"Argument '{name}' ({argument.Direction}) has no [Input] attribute.";
        }

        if (argument.IsOutput && argument.Output is null)
        {
            yield return $"Argument '{name}' ({argument.Direction}) has no [Output] attribute.";
        }

        if (!argument.IsInput && argument.Input is not null)
        {
            yield return $"Argument '{name}' is an OutArgument but is marked [Input]; use InOutArgument to read and write it.";
        }

        if (!argument.IsOutput && argument.Output is not null)
        {
            yield return $"Argument '{name}' is an InArgument but is marked [Output]; use InOutArgument to read and write it.";
        }

        if (!ActivityArgument.SupportedTypes.Contains(argument.ValueType))
        {
            yield return $"Argument '{name}' has type {argument.ValueType.Name}, which a workflow cannot bind (allowed: bool, DateTime, decimal, double, int, string, EntityReference, Money, OptionSetValue).";
        }

        if (argument.ValueType == typeof(EntityReference) && !HasAttribute<Microsoft.Xrm.Sdk.Workflow.ReferenceTargetAttribute>(argument))
        {
            yield return $"EntityReference argument '{name}' has no [ReferenceTarget] naming its table.";
        }

        if (argument.ValueType == typeof(OptionSetValue) && !HasAttribute<Microsoft.Xrm.Sdk.Workflow.AttributeTargetAttribute>(argument))
        {
            yield return $"OptionSetValue argument '{name}' has no [AttributeTarget] naming its table and column.";
        }
    }

    private static bool HasAttribute<T>(ActivityArgument argument)
        where T : Attribute =>
        argument.Property.GetCustomAttributes(typeof(T), inherit: true).Length > 0;
}
