using System.Activities;
using System.Reflection;
using ArgumentDirection = System.Activities.ArgumentDirection;
using CrmLeadSla.Solution.Workflows;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// One argument property of a custom workflow activity, with the declaration the workflow designer reads:
/// its direction, value type and the Input/Output, ReferenceTarget, AttributeTarget and Default attributes.
/// </summary>
public sealed class ActivityArgument
{
    /// <summary>The value types a workflow designer can bind to an argument.</summary>
    public static readonly IReadOnlyList<Type> SupportedTypes =
    [
        typeof(bool), typeof(DateTime), typeof(decimal), typeof(double), typeof(int), typeof(string),
        typeof(EntityReference), typeof(Money), typeof(OptionSetValue),
    ];

    private ActivityArgument(PropertyInfo property, ArgumentDirection direction, Type valueType)
    {
        Property = property;
        Direction = direction;
        ValueType = valueType;
    }

    /// <summary>The property name, the key of the host's inputs and outputs.</summary>
    public string Name => Property.Name;

    /// <summary>The argument property.</summary>
    public PropertyInfo Property { get; }

    /// <summary>Its direction, from its argument type.</summary>
    public ArgumentDirection Direction { get; }

    /// <summary>The T of InArgument&lt;T&gt;, OutArgument&lt;T&gt; or InOutArgument&lt;T&gt;.</summary>
    public Type ValueType { get; }

    /// <summary>The [Input] attribute, or null.</summary>
    public InputAttribute? Input => Property.GetCustomAttribute<InputAttribute>();

    /// <summary>The [Output] attribute, or null.</summary>
    public OutputAttribute? Output => Property.GetCustomAttribute<OutputAttribute>();

    /// <summary>The [Default] attribute, or null.</summary>
    public DefaultAttribute? Default => Property.GetCustomAttribute<DefaultAttribute>();

    /// <summary>True when the argument carries [RequiredArgument].</summary>
    public bool IsRequired => Property.GetCustomAttribute<RequiredArgumentAttribute>() is not null;

    /// <summary>True when the activity reads the argument.</summary>
    public bool IsInput => Direction is ArgumentDirection.In or ArgumentDirection.InOut;

    /// <summary>True when the activity writes the argument.</summary>
    public bool IsOutput => Direction is ArgumentDirection.Out or ArgumentDirection.InOut;

    /// <summary>The argument properties of an activity type, in declaration order.</summary>
    public static IReadOnlyList<ActivityArgument> Of(Type activityType)
    {
        ArgumentNullException.ThrowIfNull(activityType);
        var arguments = new List<ActivityArgument>();
        foreach (var property in activityType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (DirectionOf(property.PropertyType) is { } found)
            {
                arguments.Add(new ActivityArgument(property, found.Direction, found.ValueType));
            }
        }

        return arguments;
    }

    /// <summary>The activity class as a workflow's XAML calls it: the full name of its loaded assembly and its arguments.</summary>
    public static WorkflowActivityClass ClassOf(Type activityType)
    {
        ArgumentNullException.ThrowIfNull(activityType);
        return new WorkflowActivityClass(
            activityType.FullName ?? activityType.Name,
            activityType.Assembly.FullName ?? activityType.Assembly.GetName().Name ?? string.Empty,
            [.. Of(activityType).Select(a => new WorkflowActivityArgument(
                a.Name,
                a.Direction switch
                {
                    ArgumentDirection.In => WorkflowArgumentDirection.In,
                    ArgumentDirection.Out => WorkflowArgumentDirection.Out,
                    _ => WorkflowArgumentDirection.InOut,
                },
                a.ValueType.FullName ?? a.ValueType.Name))]);
    }

    private static (ArgumentDirection Direction, Type ValueType)? DirectionOf(Type propertyType)
    {
        if (!typeof(Argument).IsAssignableFrom(propertyType) || !propertyType.IsGenericType)
        {
            return null;
        }

        var valueType = propertyType.GetGenericArguments()[0];
        return typeof(InArgument).IsAssignableFrom(propertyType) ? (ArgumentDirection.In, valueType)
            : typeof(OutArgument).IsAssignableFrom(propertyType) ? (ArgumentDirection.Out, valueType)
            // InOutArgument<T> is named rather than referenced: the current-.NET System.Activities subset has none.
            : propertyType.GetGenericTypeDefinition().FullName == "System.Activities.InOutArgument`1" ? (ArgumentDirection.InOut, valueType)
            : null;
    }
}
