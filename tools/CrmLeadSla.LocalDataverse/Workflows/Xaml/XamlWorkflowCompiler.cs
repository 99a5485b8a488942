using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>
/// Activates a workflow: reads its XAML (System.Xml.Linq, no XAML runtime) into steps, and refuses — naming the
/// workflow, the step and what is wrong — anything the engine would not run as Dataverse does: an element or
/// expression outside what the classic designer writes, an activity class no registered assembly holds or whose
/// arguments do not match, a column the table lacks, a wait in a real-time workflow.
/// </summary>
internal sealed class XamlWorkflowCompiler
{
    private const string ActivitiesNamespace = "http://schemas.microsoft.com/netfx/2009/xaml/activities";
    private const string CrmActivityPrefix = "Microsoft.Crm.Workflow.Activities.";
    private const string SupportedHint = "Workflow expressions may use what the classic designer writes: literals, the workflow's variables, InputEntities(\"…\"), CreatedEntities(\"…\"), .Id, DirectCast, New Guid/Entity/Object(), DateTime.UtcNow/MaxValue/MinValue, IIf, IsNothing, Not, And, Or and comparisons (docs/local-dataverse-messages.md).";
    private static readonly XNamespace X = XamlTypes.XamlLanguage;

    private readonly WorkflowRegistration registration;
    private readonly MetadataModel metadata;
    private readonly Func<string, Type?> activityType;
    private readonly List<Guid> children = [];
    private HashSet<string> variables = [];

    private XamlWorkflowCompiler(WorkflowRegistration registration, MetadataModel metadata, Func<string, Type?> activityType)
    {
        this.registration = registration;
        this.metadata = metadata;
        this.activityType = activityType;
    }

    private string Workflow => registration.Name.In(1033);

    /// <summary>Compiles the registration's XAML.</summary>
    /// <param name="registration">The workflow.</param>
    /// <param name="metadata">The organization's tables and columns.</param>
    /// <param name="activityType">Finds a custom activity class by its assembly-qualified name among the registered assemblies.</param>
    /// <exception cref="WorkflowDefinitionException">The workflow cannot run as written.</exception>
    public static CompiledWorkflow Compile(WorkflowRegistration registration, MetadataModel metadata, Func<string, Type?> activityType) =>
        new XamlWorkflowCompiler(registration, metadata, activityType).Compile();

    private CompiledWorkflow Compile()
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(registration.Xaml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw Refuse(string.Empty, $"its XAML is not well-formed XML ({e.Message}).", "Export the workflow again; its XAML file is damaged.");
        }

        var root = document.Root!;
        if (!IsActivities(root, "Activity"))
        {
            throw Refuse(string.Empty, $"the XAML's root is <{root.Name.LocalName}>, not a workflow <Activity>.", "A workflow's XAML is an <Activity> whose body is an <mxswa:Workflow>.");
        }

        variables = [.. root.Descendants().Where(e => IsActivities(e, "Variable")).Select(e => (string?)e.Attribute("Name") ?? string.Empty)];
        variables = new HashSet<string>(variables, StringComparer.OrdinalIgnoreCase);
        var bodies = root.Elements().Where(e => IsCrm(e.Name, "Microsoft.Xrm.Sdk.Workflow.Activities", "Workflow")).ToList();
        foreach (var other in root.Elements().Where(e => !bodies.Contains(e) && !IsDeclaration(e)))
        {
            throw Refuse(string.Empty, $"the XAML holds <{other.Name.LocalName}> beside the workflow's steps.", "Keep the designer's root as it writes it: x:Members, the InputEntities/CreatedEntities arguments, VisualBasic.Settings and one mxswa:Workflow.");
        }

        if (bodies.Count != 1)
        {
            throw Refuse(string.Empty, $"the XAML has {bodies.Count} mxswa:Workflow bodies.", "A workflow's XAML has exactly one <mxswa:Workflow>.");
        }

        var body = bodies[0];
        var declared = body.Elements().Where(e => e.Name.LocalName == "Workflow.Variables").SelectMany(e => e.Elements()).Select(v => Variable(v, "Workflow")).ToList();
        var steps = body.Elements().Where(e => e.Name.LocalName != "Workflow.Variables").Select(e => Step(e, "Workflow")).ToList();
        return new CompiledWorkflow(registration, new SequenceNode("Workflow", declared, steps), children);
    }

    // The designer's root also holds x:Members, the InputEntities/CreatedEntities argument values and VisualBasic.Settings.
    private static bool IsDeclaration(XElement element) =>
        element.Name == X + "Members"
        || element.Name.LocalName.EndsWith(".InputEntities", StringComparison.Ordinal)
        || element.Name.LocalName.EndsWith(".CreatedEntities", StringComparison.Ordinal)
        || element.Name.LocalName == "VisualBasic.Settings";

    private StepNode Step(XElement element, string enclosing)
    {
        var name = (string?)element.Attribute("DisplayName") is { Length: > 0 } displayName ? displayName : enclosing;
        if (element.Name.NamespaceName == ActivitiesNamespace)
        {
            return element.Name.LocalName switch
            {
                "Sequence" => new SequenceNode(
                    name,
                    [.. element.Elements().Where(e => e.Name.LocalName == "Sequence.Variables").SelectMany(e => e.Elements()).Select(v => Variable(v, name))],
                    [.. element.Elements().Where(e => e.Name.LocalName != "Sequence.Variables").Select(e => Step(e, name))]),
                "Assign" => new AssignNode(name, Target(Required(element, "To", name), name), Expression(Required(element, "Value", name), name, null)),
                "TerminateWorkflow" => new StopNode(name, Expression(Required(element, "Exception", name), name, null), Expression(Required(element, "Reason", name), name, "x:String")),
                "Throw" => new StopNode(name, Expression(Required(element, "Exception", name), name, null), null),
                "Persist" => new PersistNode(name),
                _ => throw Unsupported(element, name),
            };
        }

        if (!IsCrm(element.Name, "Microsoft.Xrm.Sdk.Workflow.Activities", element.Name.LocalName))
        {
            throw Unsupported(element, name);
        }

        return element.Name.LocalName switch
        {
            "ActivityReference" => Reference(element, name),
            "GetEntityProperty" => GetEntityProperty(element, name),
            "SetEntityProperty" => new SetEntityPropertyNode(
                name,
                Column(element, name),
                Expression(Required(element, "Entity", name), name, null),
                Expression(Required(element, "Value", name), name, null),
                TypeOf(element.Elements().FirstOrDefault(e => e.Name.LocalName == "SetEntityProperty.TargetType")?.Elements().FirstOrDefault(), name)),
            "UpdateEntity" => new UpdateEntityNode(name, Expression(Required(element, "Entity", name), name, null)),
            "Postpone" => Postpone(element, name),
            "StartChildWorkflow" => StartChild(element, name),
            _ => throw Unsupported(element, name),
        };
    }

    private GetEntityPropertyNode GetEntityProperty(XElement element, string name)
    {
        var column = Column(element, name);
        var table = metadata.FindTable(Required(element, "EntityName", name))!;
        return new GetEntityPropertyNode(
            name,
            column,
            table.PrimaryIdAttribute,
            Expression(Required(element, "Entity", name), name, null),
            TypeOf(element.Elements().FirstOrDefault(e => e.Name.LocalName == "GetEntityProperty.TargetType")?.Elements().FirstOrDefault(), name),
            Target(Required(element, "Value", name), name));
    }

    private PostponeNode Postpone(XElement element, string name)
    {
        RefuseWaitInRealTime(name);
        return new PostponeNode(name, Expression(Required(element, "PostponeUntil", name), name, null));
    }

    private StartChildWorkflowNode StartChild(XElement element, string name)
    {
        var table = Required(element, "EntityName", name);
        if (metadata.FindTable(table) is null)
        {
            throw Refuse(name, $"the child workflow runs on the table '{table}', which the organization does not have.", "Name a table of the solution.");
        }

        var parameters = element.Elements().FirstOrDefault(e => e.Name.LocalName == "StartChildWorkflow.InputParameters");
        if (parameters?.Descendants().Any(d => d.Name.LocalName != "Dictionary") == true)
        {
            throw Refuse(name, "the child workflow is given input parameters, which the local Dataverse does not pass.", "Start the child workflow without input parameters.");
        }

        var workflowId = Expression(Required(element, "WorkflowId", name), name, null) is NewExpression { Type.Name: "Guid", Arguments: [ConstantExpression { Value: string id }] } && Guid.TryParse(id, out var parsed)
            ? parsed
            : throw Refuse(name, "the child workflow is not named by a fixed id (New Guid(\"…\")).", "Start a child workflow by its workflow id, as the designer writes it.");
        children.Add(workflowId);
        return new StartChildWorkflowNode(name, table, Expression(Required(element, "EntityId", name), name, null), workflowId);
    }

    private StepNode Reference(XElement element, string name)
    {
        var qualifiedName = Required(element, "AssemblyQualifiedName", name);
        var arguments = Keyed(element, "ActivityReference.Arguments");
        var properties = Keyed(element, "ActivityReference.Properties");
        if (!qualifiedName.StartsWith(CrmActivityPrefix, StringComparison.Ordinal))
        {
            return CustomActivity(qualifiedName, arguments, name);
        }

        var activity = qualifiedName[CrmActivityPrefix.Length..qualifiedName.IndexOf(',', StringComparison.Ordinal)];
        switch (activity)
        {
            case "Composite":
                return new SequenceNode(name, Variables(properties, name), Activities(properties, name));
            case "ConditionSequence":
                var waits = Literal(arguments, "Wait", name) is true;
                if (!waits)
                {
                    return new SequenceNode(name, Variables(properties, name), Activities(properties, name));
                }

                RefuseWaitInRealTime(name);
                var watched = properties.GetValueOrDefault("Activities")?.Descendants()
                    .Where(e => e.Name.LocalName == "GetEntityProperty" && (string?)e.Attribute("EntityName") == registration.Entity)
                    .Select(e => (string)e.Attribute("Attribute")!).Distinct(StringComparer.Ordinal).ToList() ?? [];
                return new WaitNode(name, Variables(properties, name), Activities(properties, name), watched);
            case "ConditionBranch":
                var then = properties.GetValueOrDefault("Then") ?? throw Refuse(name, "the condition branch has no Then.", "Give ConditionBranch its Then property.");
                var otherwise = properties.GetValueOrDefault("Else");
                return new BranchNode(
                    name,
                    Argument(arguments, "Condition", name),
                    Step(then, name),
                    otherwise is null || otherwise.Name == X + "Null" ? null : Step(otherwise, name));
            case "EvaluateExpression":
                var operation = Literal(arguments, "ExpressionOperator", name) as string ?? string.Empty;
                return EvaluateExpressionNode.Operators.Contains(operation)
                    ? new EvaluateExpressionNode(name, operation, Optional(arguments, "Parameters", name), TargetType(arguments, name), Result(arguments, name))
                    : throw Refuse(name, $"EvaluateExpression uses the operator '{operation}', which the local Dataverse does not evaluate.", $"Use one of: {string.Join(", ", EvaluateExpressionNode.Operators)}.");
            case "EvaluateCondition":
                var condition = Literal(arguments, "ConditionOperator", name) as string ?? string.Empty;
                return EvaluateConditionNode.Operators.Contains(condition)
                    ? new EvaluateConditionNode(name, condition, Optional(arguments, "Parameters", name), Argument(arguments, "Operand", name), Result(arguments, name))
                    : throw Refuse(name, $"EvaluateCondition uses the operator '{condition}', which the local Dataverse does not evaluate.", $"Use one of: {string.Join(", ", EvaluateConditionNode.Operators)}.");
            case "EvaluateLogicalCondition":
                var logical = Literal(arguments, "LogicalOperator", name) as string;
                return logical is "And" or "Or"
                    ? new EvaluateLogicalConditionNode(name, logical == "And", Argument(arguments, "LeftOperand", name), Argument(arguments, "RightOperand", name), Result(arguments, name))
                    : throw Refuse(name, $"EvaluateLogicalCondition uses '{logical}'.", "Join conditions with And or Or.");
            case "ConvertCrmXrmTypes":
                return new ConvertNode(name, Argument(arguments, "Value", name), TargetType(arguments, name), Result(arguments, name));
            default:
                throw Refuse(name, $"the step uses {CrmActivityPrefix}{activity}, which the local Dataverse does not run.", "Use the steps the local Dataverse runs: custom activities, conditions, waits, update, stop and child workflows (docs/local-dataverse-messages.md).");
        }
    }

    private CustomActivityNode CustomActivity(string qualifiedName, Dictionary<string, XElement> arguments, string name)
    {
        var type = activityType(qualifiedName)
            ?? throw Refuse(name, $"the step runs the activity class {qualifiedName}, which no plug-in assembly of the organization holds.", "Register the assembly that holds it (with the class as a workflow activity), or correct the class name.");
        try
        {
            ActivityDeclarationRules.Demand(type);
        }
        catch (ActivityDeclarationException e)
        {
            throw Refuse(name, e.Message, "Declare the activity's arguments as the workflow designer requires.");
        }

        var declared = ActivityArgument.Of(type).ToDictionary(a => a.Name, StringComparer.Ordinal);
        var inputs = new List<(string, VisualBasicExpression)>();
        var outputs = new List<(string, VisualBasicExpression)>();
        foreach (var (key, argument) in arguments)
        {
            var output = argument.Name.LocalName == "OutArgument";
            if (!declared.TryGetValue(key, out var property) || (output ? !property.IsOutput : !property.IsInput))
            {
                throw Refuse(name, $"the step binds the {(output ? "output" : "input")} '{key}', which {type.FullName} does not have.",
                    $"Bind one of its {(output ? "outputs" : "inputs")}: {string.Join(", ", declared.Values.Where(a => output ? a.IsOutput : a.IsInput).Select(a => a.Name))}.");
            }

            var typeName = XamlTypes.ClrName((string?)argument.Attribute(X + "TypeArguments") ?? string.Empty, p => argument.GetNamespaceOfPrefix(p)?.NamespaceName);
            if (typeName != property.ValueType.FullName)
            {
                throw Refuse(name, $"the step binds '{key}' as {typeName ?? "an unknown type"}, but {type.FullName} declares it {property.ValueType.FullName}.", "Bind the argument with its own type, as the designer writes it.");
            }

            if (output)
            {
                outputs.Add((key, Target(argument.Value, name)));
            }
            else
            {
                inputs.Add((key, Expression(argument.Value, name, (string?)argument.Attribute(X + "TypeArguments"))));
            }
        }

        return new CustomActivityNode(name, type, inputs, outputs);
    }

    private List<VariableDeclaration> Variables(Dictionary<string, XElement> properties, string name) =>
        [.. properties.GetValueOrDefault("Variables")?.Elements().Select(v => Variable(v, name)) ?? []];

    private List<StepNode> Activities(Dictionary<string, XElement> properties, string name) =>
        [.. properties.GetValueOrDefault("Activities")?.Elements().Select(e => Step(e, name)) ?? []];

    // A Variable with its default: the Default attribute (an expression or a literal of its type), a Variable.Default
    // holding a null ReferenceLiteral or an XrmTimeSpan Literal, or the zero of a value type.
    private VariableDeclaration Variable(XElement element, string name)
    {
        if (!IsActivities(element, "Variable"))
        {
            throw Unsupported(element, name);
        }

        var variable = Required(element, "Name", name);
        var type = (string?)element.Attribute(X + "TypeArguments") ?? "x:Object";
        if ((string?)element.Attribute("Default") is { } text)
        {
            return new VariableDeclaration(variable, Expression(text, name, type));
        }

        var literal = element.Elements().FirstOrDefault(e => e.Name.LocalName == "Variable.Default")?.Elements().FirstOrDefault();
        if (literal is null)
        {
            var clr = CrmValues.TypeOf(XamlTypes.ClrName(type, p => element.GetNamespaceOfPrefix(p)?.NamespaceName) ?? string.Empty);
            return new VariableDeclaration(variable, new ConstantExpression(clr is { IsValueType: true } ? Activator.CreateInstance(clr) : null));
        }

        if (literal.Name.LocalName == "ReferenceLiteral" && literal.Elements().All(e => e.Name == X + "Null"))
        {
            return new VariableDeclaration(variable, new ConstantExpression(null));
        }

        if (literal.Name.LocalName == "Literal" && literal.Elements().SingleOrDefault() is { Name.LocalName: "XrmTimeSpan" } span)
        {
            int Part(string part) => int.Parse((string?)span.Attribute(part) ?? "0", NumberStyles.Integer, CultureInfo.InvariantCulture);
            return new VariableDeclaration(variable, new ConstantExpression(new XrmTimeSpanValue(Part("Years"), Part("Months"), Part("Days"), Part("Hours"), Part("Minutes"))));
        }

        throw Unsupported(literal, name);
    }

    private string Column(XElement element, string name)
    {
        var tableName = Required(element, "EntityName", name);
        var column = Required(element, "Attribute", name);
        var table = metadata.FindTable(tableName)
            ?? throw Refuse(name, $"the step reads the table '{tableName}', which the organization does not have.", "Name a table of the solution or a standard table.");
        return table.Column(column) is not null
            ? column
            : throw Refuse(name, $"the table '{tableName}' has no column '{column}'.", "Name a column of the table (Tables/<table>.xml), or add the column.");
    }

    private void RefuseWaitInRealTime(string name)
    {
        if (registration.Mode == WorkflowMode.RealTime)
        {
            throw Refuse(name, "a real-time workflow waits, which Dataverse does not allow.", "Remove the wait, or make the workflow a background workflow.");
        }
    }

    // The keyed children of ActivityReference.Arguments or .Properties, by x:Key.
    private static Dictionary<string, XElement> Keyed(XElement element, string property) =>
        element.Elements().Where(e => e.Name.LocalName == property).SelectMany(e => e.Elements())
            .Where(e => e.Attribute(X + "Key") is not null)
            .ToDictionary(e => (string)e.Attribute(X + "Key")!, StringComparer.Ordinal);

    private VisualBasicExpression Argument(Dictionary<string, XElement> arguments, string key, string name) =>
        Optional(arguments, key, name) ?? throw Refuse(name, $"the step has no '{key}' argument.", $"Give the step its '{key}' argument, as the designer writes it.");

    private VisualBasicExpression? Optional(Dictionary<string, XElement> arguments, string key, string name) =>
        arguments.GetValueOrDefault(key) is { } argument && argument.Name != X + "Null"
            ? Expression(argument.Value, name, (string?)argument.Attribute(X + "TypeArguments"))
            : null;

    private VisualBasicExpression Result(Dictionary<string, XElement> arguments, string name) =>
        arguments.GetValueOrDefault("Result") is { } result
            ? Target(result.Value, name)
            : throw Refuse(name, "the step has no 'Result' argument.", "Give the step the variable its result goes to.");

    private object? Literal(Dictionary<string, XElement> arguments, string key, string name) =>
        Argument(arguments, key, name) is ConstantExpression constant
            ? constant.Value
            : throw Refuse(name, $"the '{key}' argument is not a fixed value.", $"Write '{key}' as the designer does, as a literal.");

    private Type? TargetType(Dictionary<string, XElement> arguments, string name) =>
        arguments.GetValueOrDefault("TargetType") is { } argument && argument.Name != X + "Null" ? TypeOf(argument, name) : null;

    // A type given as <InArgument x:TypeArguments="s:Type"><mxswa:ReferenceLiteral Value="x:Int32"/></InArgument>, or a null literal.
    private Type? TypeOf(XElement? element, string name)
    {
        var literal = element is null ? null : element.Name.LocalName == "ReferenceLiteral" ? element : element.Elements().FirstOrDefault(e => e.Name.LocalName == "ReferenceLiteral");
        if (literal is null || literal.Elements().Any(e => e.Name == X + "Null") || (string?)literal.Attribute("Value") is null)
        {
            return null;
        }

        var token = (string)literal.Attribute("Value")!;
        return CrmValues.TypeOf(XamlTypes.ClrName(token, p => literal.GetNamespaceOfPrefix(p)?.NamespaceName) ?? string.Empty)
            ?? throw Refuse(name, $"the step names the type '{token}', which a workflow cannot bind.", "Use String, Int32, Boolean, Decimal, Double, DateTime, EntityReference, Money or OptionSetValue.");
    }

    private VisualBasicExpression Target(string text, string name)
    {
        var target = Expression(text, name, null);
        return target.IsAssignable ? target : throw Refuse(name, $"'{text}' is not a variable or row a value can be put into.", "Write the variable in brackets, e.g. [CustomActivityStep1_1].");
    }

    // "[…]" is Visual Basic; anything else is a literal of the argument's type.
    private VisualBasicExpression Expression(string text, string name, string? literalType)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '[' && trimmed[^1] == ']')
        {
            try
            {
                return VisualBasicParser.Parse(trimmed[1..^1], variables);
            }
            catch (UnsupportedExpressionException e)
            {
                throw Refuse(name, $"the expression '{trimmed}' uses {e.Message}, which the local Dataverse does not evaluate.", SupportedHint);
            }
        }

        try
        {
            return new ConstantExpression(literalType switch
            {
                "x:Boolean" => bool.Parse(trimmed),
                "x:Int32" => int.Parse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture),
                "x:Decimal" => decimal.Parse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture),
                "x:Double" => double.Parse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => text,
            });
        }
        catch (FormatException)
        {
            throw Refuse(name, $"'{text}' is not a {literalType} value.", "Write the literal in its type's invariant form.");
        }
    }

    private string Required(XElement element, string attribute, string name) =>
        (string?)element.Attribute(attribute) ?? throw Refuse(name, $"<{element.Name.LocalName}> has no {attribute}.", $"Give it its {attribute}, as the designer writes it.");

    private WorkflowDefinitionException Unsupported(XElement element, string name) =>
        Refuse(name, $"the XAML uses <{element.Name.LocalName}> ({element.Name.NamespaceName}), which the local Dataverse does not run.", "Use the steps the classic designer writes that the local Dataverse runs (docs/local-dataverse-messages.md).");

    private WorkflowDefinitionException Refuse(string step, string problem, string fix) => new(Workflow, step, problem, fix);

    private static bool IsActivities(XElement element, string name) => element.Name.NamespaceName == ActivitiesNamespace && element.Name.LocalName == name;

    // clr-namespace URIs carry the assembly and its version: Microsoft.Xrm.Sdk.Workflow 8.0 and 9.0 both match.
    private static bool IsCrm(XName name, string clrNamespace, string localName) =>
        name.LocalName == localName
        && (name.NamespaceName == "clr-namespace:" + clrNamespace || name.NamespaceName.StartsWith("clr-namespace:" + clrNamespace + ";", StringComparison.Ordinal));
}
