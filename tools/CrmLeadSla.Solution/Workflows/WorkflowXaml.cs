using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Workflows;

/// <summary>
/// The XAML of a shipped classic workflow in the form the classic designer writes it (Workflows/&lt;name&gt;-&lt;ID&gt;.xaml
/// in the zip): an <c>mxswa:Workflow</c> whose steps are the designer's own — <c>Composite</c> for a custom activity
/// step (inputs read with <c>GetEntityProperty</c> or made with <c>CreateCrmType</c>, converted, then passed as keyed
/// arguments of an <c>ActivityReference</c> named by its assembly-qualified name, every output bound to a workflow
/// variable), <c>ConditionSequence</c>/<c>EvaluateCondition</c>/<c>ConditionBranch</c> for a condition,
/// <c>ConditionSequence Wait="True"</c> whose else branch is <c>Postpone</c> for a wait, <c>TerminateWorkflow</c> for
/// "stop workflow" and <c>StartChildWorkflow</c> for a child workflow.
/// </summary>
internal sealed class WorkflowXaml
{
    private const string SdkAssembly = "Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private const string Mscorlib = "Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089";
    private static readonly XNamespace Activities = "http://schemas.microsoft.com/netfx/2009/xaml/activities";
    private static readonly XNamespace X = XamlTypes.XamlLanguage;
    private static readonly XNamespace Mxs = $"clr-namespace:Microsoft.Xrm.Sdk;assembly=Microsoft.Xrm.Sdk, {SdkAssembly}";
    private static readonly XNamespace Mxsq = $"clr-namespace:Microsoft.Xrm.Sdk.Query;assembly=Microsoft.Xrm.Sdk, {SdkAssembly}";
    private static readonly XNamespace Mxsw = $"clr-namespace:Microsoft.Xrm.Sdk.Workflow;assembly=Microsoft.Xrm.Sdk.Workflow, {SdkAssembly}";
    private static readonly XNamespace Mxswa = $"clr-namespace:Microsoft.Xrm.Sdk.Workflow.Activities;assembly=Microsoft.Xrm.Sdk.Workflow, {SdkAssembly}";
    private static readonly XNamespace Mva = "clr-namespace:Microsoft.VisualBasic.Activities;assembly=System.Activities, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private static readonly XNamespace Sys = $"clr-namespace:System;assembly=mscorlib, {Mscorlib}";
    private static readonly XNamespace Scg = $"clr-namespace:System.Collections.Generic;assembly=mscorlib, {Mscorlib}";
    private static readonly XNamespace Sco = $"clr-namespace:System.Collections.ObjectModel;assembly=mscorlib, {Mscorlib}";
    private static readonly XNamespace This = "clr-namespace:";
    private const string CrmActivities = "Microsoft.Crm.Workflow.Activities.{0}, Microsoft.Crm.Workflow, " + SdkAssembly;
    private const string InputEntitiesType = "scg:IDictionary(x:String, mxs:Entity)";
    private const string PrimaryEntity = "InputEntities(\"primaryEntity\")";

    private readonly MetadataModel metadata;
    private readonly Func<string, WorkflowActivityClass> activityClass;

    public WorkflowXaml(MetadataModel metadata, Func<string, WorkflowActivityClass> activityClass)
    {
        this.metadata = metadata;
        this.activityClass = activityClass;
    }

    /// <summary>The XAML as a file holds it: no XML declaration, no BOM, CRLF line ends, as the designer's exports have it.</summary>
    public static string Text(XDocument xaml)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\r\n" }))
        {
            xaml.Save(writer);
        }

        return text.ToString();
    }

    public XDocument For(ShippedWorkflow workflow)
    {
        var className = "XrmWorkflow" + workflow.Id.ToString("N");
        var writing = new Writing(workflow, metadata.FindTable(workflow.Entity)!);
        var steps = Steps(writing, workflow.Steps);
        var root = new XElement(Activities + "Activity",
            new XAttribute(X + "Class", className),
            new XAttribute("xmlns", Activities.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mva", Mva.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mxs", Mxs.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mxsq", Mxsq.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mxsw", Mxsw.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mxswa", Mxswa.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "s", Sys.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "scg", Scg.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "sco", Sco.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "this", This.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "x", X.NamespaceName),
            new XElement(X + "Members",
                new XElement(X + "Property", new XAttribute("Name", "InputEntities"), new XAttribute("Type", $"InArgument({InputEntitiesType})")),
                new XElement(X + "Property", new XAttribute("Name", "CreatedEntities"), new XAttribute("Type", $"InArgument({InputEntitiesType})"))),
            new XElement(This + (className + ".InputEntities"), new XElement(Activities + "InArgument", new XAttribute(X + "TypeArguments", InputEntitiesType))),
            new XElement(This + (className + ".CreatedEntities"), new XElement(Activities + "InArgument", new XAttribute(X + "TypeArguments", InputEntitiesType))),
            new XElement(Mva + "VisualBasic.Settings", "Assembly references and imported namespaces for internal implementation"),
            new XElement(Mxswa + "Workflow",
                writing.Outputs.Count == 0 ? null : new XElement(Mxswa + "Workflow.Variables", writing.Outputs.Select(o => OutputVariable(o.Name, o.Type))),
                steps));
        return new XDocument(root);
    }

    private List<XElement> Steps(Writing writing, IEnumerable<WorkflowStep> steps) => [.. steps.SelectMany(s => Step(writing, s))];

    private IEnumerable<XElement> Step(Writing writing, WorkflowStep step) => step switch
    {
        WaitUntil wait => [WaitForColumn(writing, wait)],
        RunActivity run => RunStep(writing, run),
        OutputCondition condition => [OutputTest(writing, condition)],
        ColumnCondition condition => [ColumnTest(writing, condition)],
        RunAgainAfter again => RunAgain(writing, again.After),
        _ => throw new WorkflowDefinitionException(writing.Name, step.GetType().Name, "the step cannot be written as XAML.", "Teach WorkflowXaml the step."),
    };

    // "Add step → <group> → <activity>": each input read (a column) or made (a constant), converted to the argument's
    // type, then passed by key; each output lands in a workflow variable later steps read.
    private IEnumerable<XElement> RunStep(Writing writing, RunActivity run)
    {
        var activity = activityClass(run.ClassName);
        var name = $"CustomActivityStep{writing.NextStep()}";
        writing.Activities[run.DisplayName] = (name, activity);
        var variables = new List<XElement>();
        var activities = new List<XElement>();
        var arguments = new List<XElement>();
        var slot = 1;
        foreach (var input in run.Inputs)
        {
            var argument = InputArgument(writing, run, activity, input);
            var value = $"{name}_{slot}";
            var converted = value + "_converted";
            if (input.Column is { } column)
            {
                var raw = $"{name}_{slot + 1}";
                variables.AddRange([Variable(value), Variable(raw), Variable(converted)]);
                activities.AddRange([Read(writing.Table, column, raw, argument.ValueType), SelectFirstNonNull(raw, argument.ValueType, value)]);
                slot += 2;
            }
            else
            {
                variables.AddRange([Variable(value), Variable(converted)]);
                activities.Add(CreateCrmType(argument.ValueType, Constant(writing, run.DisplayName, argument.ValueType, input.Constant!), value));
                slot++;
            }

            activities.Add(Convert(value, argument.ValueType, converted));
            arguments.Add(new XElement(Activities + "InArgument",
                new XAttribute(X + "TypeArguments", XamlTypes.Token(argument.ValueType)),
                new XAttribute(X + "Key", argument.Name),
                $"[DirectCast({converted}, {argument.ValueType})]"));
        }

        foreach (var output in activity.Arguments.Where(a => a.IsOutput && XamlTypes.IsBindable(a.ValueType)))
        {
            var variable = $"{name}{output.Name}_localParameter";
            writing.Outputs.Add((variable, output.ValueType));
            arguments.Add(new XElement(Activities + "OutArgument",
                new XAttribute(X + "TypeArguments", XamlTypes.Token(output.ValueType)),
                new XAttribute(X + "Key", output.Name),
                $"[{variable}]"));
        }

        activities.Add(new XElement(Mxswa + "ActivityReference",
            new XAttribute("AssemblyQualifiedName", activity.AssemblyQualifiedName),
            new XAttribute("DisplayName", $"{name}: {run.DisplayName}"),
            new XElement(Mxswa + "ActivityReference.Arguments", arguments)));
        yield return Composite($"{name}: {run.DisplayName}", variables, activities);

        if (run.RefuseUnless is { } verdict)
        {
            // A false verdict stops the workflow as Canceled with the activity's message: a real-time workflow
            // thereby refuses the user's save with it.
            var message = writing.Output(run.DisplayName, verdict.Message);
            yield return Condition(writing, $"unless {verdict.Verdict}", writing.Output(run.DisplayName, verdict.Verdict), OutputComparison.Equal, "False", () =>
            [
                Stop(writing, run.DisplayName, message),
            ]);
        }
    }

    private static WorkflowActivityArgument InputArgument(Writing writing, RunActivity run, WorkflowActivityClass activity, ActivityInput input)
    {
        var argument = activity.Argument(input.Argument);
        if (argument is not { IsInput: true })
        {
            throw new WorkflowDefinitionException(
                writing.Name,
                run.DisplayName,
                $"the step passes '{input.Argument}', which {run.ClassName} in {activity.AssemblyFullName} does not have as an input.",
                $"Use one of its arguments: {string.Join(", ", activity.Arguments.Where(a => a.IsInput).Select(a => a.Name).Order(StringComparer.Ordinal))}.");
        }

        var given = input.Column is { } column ? ClrTypeOf(writing.Table.Column(column)!) : ClrTypeOfConstant(input.ConstantType);
        return given == argument.ValueType
            ? argument
            : throw new WorkflowDefinitionException(
                writing.Name,
                run.DisplayName,
                $"the input '{input.Argument}' takes {argument.ValueType}, but {(input.Column is null ? "the constant is" : $"the column '{input.Column}' holds")} {given}.",
                "Pass a column or constant of the argument's type.");
    }

    private static string ClrTypeOfConstant(string constantType) => constantType switch
    {
        "Int32" => "System.Int32",
        "Boolean" => "System.Boolean",
        "Decimal" => "System.Decimal",
        _ => "System.String",
    };

    private XElement OutputTest(Writing writing, OutputCondition condition)
    {
        var output = writing.Output(condition.Activity, condition.Output);
        var value = Constant(writing, condition.DisplayName, output.Type, condition.Value);
        return Condition(writing, condition.DisplayName, output, condition.Comparison, value, () => Steps(writing, condition.Then));
    }

    // A column of the row is read into a variable of the condition, then tested like an output.
    private XElement ColumnTest(Writing writing, ColumnCondition condition)
    {
        var type = ClrTypeOf(writing.Table.Column(condition.Column)!);
        var value = Constant(writing, condition.DisplayName, type == "Microsoft.Xrm.Sdk.OptionSetValue" ? "System.Int32" : type, condition.Value);
        return Condition(writing, condition.DisplayName, ("ColumnValue", type), condition.Comparison, value, () => Steps(writing, condition.Then), read: condition.Column);
    }

    // "Check condition": the output (or, with read, the column of the row) compared with a constant; its steps run in the Then branch.
    private static XElement Condition(
        Writing writing, string label, (string Variable, string Type) output, OutputComparison comparison, string value, Func<IEnumerable<XElement>> then, string? read = null)
    {
        var step = writing.NextStep();
        var branch = $"ConditionBranchStep{writing.NextStep()}";
        var condition = branch + "_condition";
        var operand = branch + "_1";
        var constant = branch + "_2";
        var column = branch + "_column";
        return Sequence(
            $"ConditionStep{step}: {label}",
            wait: false,
            [BooleanVariable(condition), Variable(operand), Variable(constant), .. read is null ? Array.Empty<XElement>() : [Variable(column)]],
            [
                .. read is null ? Array.Empty<XElement>() : [Read(writing.Table, read, column, output.Type)],
                SelectFirstNonNull(read is null ? output.Variable : column, output.Type, operand),
                CreateCrmType(output.Type, value, constant),
                Reference("EvaluateCondition", "EvaluateCondition",
                    Argument("InArgument", "mxsq:ConditionOperator", "ConditionOperator", comparison.ToString()),
                    Argument("InArgument", "s:Object[]", "Parameters", $"[New Object() {{ {constant} }}]"),
                    Argument("InArgument", "x:Object", "Operand", $"[{operand}]"),
                    Argument("OutArgument", "x:Boolean", "Result", $"[{condition}]")),
                Branch(branch, condition, Composite(branch, [], then()), new XElement(X + "Null", new XAttribute(X + "Key", "Else"))),
            ],
            containsElse: false);
    }

    // "Stop workflow with status Canceled" with a dynamic message.
    private static XElement Stop(Writing writing, string label, (string Variable, string Type) message)
    {
        var name = $"StopWorkflowStep{writing.NextStep()}";
        var reason = name + "_1";
        return new XElement(Activities + "Sequence",
            new XAttribute("DisplayName", $"{name}: {label}"),
            new XElement(Activities + "Sequence.Variables", Variable(reason)),
            SelectFirstNonNull(message.Variable, message.Type, reason),
            new XElement(Activities + "TerminateWorkflow",
                new XAttribute("DisplayName", $"{name}: {label}"),
                new XAttribute("Exception", "[New Microsoft.Xrm.Sdk.InvalidPluginExecutionException(Microsoft.Xrm.Sdk.OperationStatus.Canceled)]"),
                new XAttribute("Reason", $"[DirectCast({reason}, System.String)]")));
    }

    // "Wait … Process Timeout": the time is computed into a slot; until it has passed, the else branch postpones the
    // workflow to it, and the engine evaluates the sequence again when it wakes.
    private static XElement Wait(Writing writing, string label, Func<string, (IEnumerable<XElement> Variables, IEnumerable<XElement> Activities)> target)
    {
        var step = writing.NextStep();
        var timeout = $"WaitTimeoutStep{writing.NextStep()}";
        var condition = timeout + "_condition";
        var until = Until(timeout);
        var (variables, activities) = target(timeout);
        return Sequence(
            $"WaitStep{step}: {label}",
            wait: true,
            [BooleanVariable(condition), Variable(until), Variable(Slot(timeout)), .. variables],
            [
                .. activities,
                new XElement(Activities + "Assign", new XAttribute(X + "TypeArguments", "x:Object"), new XAttribute("To", $"[{until}]"),
                    new XAttribute("Value", $"[Microsoft.VisualBasic.IIf(Microsoft.VisualBasic.IsNothing({until}), DateTime.MaxValue, {until})]")),
                new XElement(Activities + "Assign", new XAttribute(X + "TypeArguments", "x:Boolean"), new XAttribute("To", $"[{condition}]"),
                    new XAttribute("Value", $"[DateTime.UtcNow >= DirectCast({until}, System.DateTime).ToUniversalTime()]")),
                Branch(timeout, condition, Composite(timeout, [], []),
                    new XElement(Mxswa + "Postpone", new XAttribute(X + "Key", "Else"), new XAttribute("BlockExecution", "False"), new XAttribute("PostponeUntil", $"[DirectCast({until}, System.DateTime)]"))),
            ],
            containsElse: false);
    }

    // "Wait until <column>" or "… <span> After <column>": the column's date, plus the span when there is one.
    private static XElement WaitForColumn(Writing writing, WaitUntil wait) =>
        Wait(writing, wait.After == TimeSpan.Zero ? $"wait until {wait.Column}" : $"wait until {XmlConvert.ToString(wait.After)} after {wait.Column}", timeout =>
        (
            wait.After == TimeSpan.Zero ? [] : [IntervalVariable(timeout, wait.After)],
            [
                Read(writing.Table, wait.Column, Slot(timeout), "System.DateTime"),
                SelectFirstNonNull(Slot(timeout), "System.DateTime", Until(timeout)),
                .. wait.After == TimeSpan.Zero ? [] : new[] { AddInterval(Until(timeout), timeout, Until(timeout)) },
            ]
        ));

    // The recurring pattern: wait until the process execution time plus the interval, then start this workflow again
    // on the same row as a child workflow.
    private static IEnumerable<XElement> RunAgain(Writing writing, TimeSpan after)
    {
        yield return Wait(writing, $"wait {XmlConvert.ToString(after)}", timeout =>
        (
            [IntervalVariable(timeout, after)],
            [
                Reference("EvaluateExpression", "EvaluateExpression",
                    Argument("InArgument", "x:String", "ExpressionOperator", "RetrieveLastExecutionTime"),
                    new XElement(X + "Null", new XAttribute(X + "Key", "Parameters")),
                    TypeArgument("System.DateTime"),
                    Argument("OutArgument", "x:Object", "Result", $"[{Slot(timeout)}]")),
                AddInterval(Slot(timeout), timeout, Until(timeout)),
            ]
        ));
        var name = $"ChildWorkflowStep{writing.NextStep()}";
        yield return new XElement(Mxswa + "StartChildWorkflow",
            new XAttribute("DisplayName", $"{name}: start the next run"),
            new XAttribute("EntityId", $"[{PrimaryEntity}.Id]"),
            new XAttribute("EntityName", writing.Table.LogicalName),
            new XAttribute("WorkflowId", $"[New Guid(\"{writing.Id:D}\")]"),
            new XElement(Mxswa + "StartChildWorkflow.InputParameters",
                new XElement(Scg + "Dictionary", new XAttribute(X + "TypeArguments", "x:String, InArgument"))));
    }

    // The designer's relative time: an XrmTimeSpan variable with its parts as a literal default.
    private static XElement IntervalVariable(string timeout, TimeSpan span) =>
        new(Activities + "Variable", new XAttribute(X + "TypeArguments", "mxsw:XrmTimeSpan"), new XAttribute("Name", Interval(timeout)),
            new XElement(Activities + "Variable.Default",
                new XElement(Activities + "Literal", new XAttribute(X + "TypeArguments", "mxsw:XrmTimeSpan"),
                    new XElement(Mxsw + "XrmTimeSpan",
                        new XAttribute("Days", Number(span.Days)),
                        new XAttribute("Hours", Number(span.Hours)),
                        new XAttribute("Minutes", Number(span.Minutes)),
                        new XAttribute("Months", "0"),
                        new XAttribute("Years", "0")))));

    private static XElement AddInterval(string date, string timeout, string result) =>
        Reference("EvaluateExpression", "EvaluateExpression",
            Argument("InArgument", "x:String", "ExpressionOperator", "Add"),
            Argument("InArgument", "s:Object[]", "Parameters", $"[New Object() {{ {date}, {Interval(timeout)} }}]"),
            TypeArgument("System.DateTime"),
            Argument("OutArgument", "x:Object", "Result", $"[{result}]"));

    private static XElement Sequence(string displayName, bool wait, IEnumerable<XElement> variables, IEnumerable<XElement> activities, bool containsElse) =>
        new(Mxswa + "ActivityReference",
            new XAttribute("AssemblyQualifiedName", string.Format(CultureInfo.InvariantCulture, CrmActivities, "ConditionSequence")),
            new XAttribute("DisplayName", displayName),
            new XElement(Mxswa + "ActivityReference.Arguments", Argument("InArgument", "x:Boolean", "Wait", wait ? "True" : "False")),
            new XElement(Mxswa + "ActivityReference.Properties",
                new XElement(Sco + "Collection", new XAttribute(X + "TypeArguments", "Variable"), new XAttribute(X + "Key", "Variables"), variables),
                new XElement(Sco + "Collection", new XAttribute(X + "TypeArguments", "Activity"), new XAttribute(X + "Key", "Activities"), activities),
                new XElement(X + "Boolean", new XAttribute(X + "Key", "ContainsElseBranch"), containsElse ? "True" : "False")));

    private static XElement Branch(string displayName, string condition, XElement then, XElement otherwise)
    {
        then.SetAttributeValue(X + "Key", "Then");
        return new XElement(Mxswa + "ActivityReference",
            new XAttribute("AssemblyQualifiedName", string.Format(CultureInfo.InvariantCulture, CrmActivities, "ConditionBranch")),
            new XAttribute("DisplayName", displayName),
            new XElement(Mxswa + "ActivityReference.Arguments", Argument("InArgument", "x:Boolean", "Condition", $"[{condition}]")),
            new XElement(Mxswa + "ActivityReference.Properties", then, otherwise, new XElement(X + "Null", new XAttribute(X + "Key", "Description"))));
    }

    private static XElement Composite(string displayName, IEnumerable<XElement> variables, IEnumerable<XElement> activities) =>
        new(Mxswa + "ActivityReference",
            new XAttribute("AssemblyQualifiedName", string.Format(CultureInfo.InvariantCulture, CrmActivities, "Composite")),
            new XAttribute("DisplayName", displayName),
            new XElement(Mxswa + "ActivityReference.Properties",
                new XElement(Sco + "Collection", new XAttribute(X + "TypeArguments", "Variable"), new XAttribute(X + "Key", "Variables"), variables),
                new XElement(Sco + "Collection", new XAttribute(X + "TypeArguments", "Activity"), new XAttribute(X + "Key", "Activities"), activities)));

    private static XElement Reference(string activity, string displayName, params object[] arguments) =>
        new(Mxswa + "ActivityReference",
            new XAttribute("AssemblyQualifiedName", string.Format(CultureInfo.InvariantCulture, CrmActivities, activity)),
            new XAttribute("DisplayName", displayName),
            new XElement(Mxswa + "ActivityReference.Arguments", arguments));

    private static XElement Argument(string direction, string type, string key, string value) =>
        new(Activities + direction, new XAttribute(X + "TypeArguments", type), new XAttribute(X + "Key", key), value);

    private static XElement TypeArgument(string clrType) =>
        new(Activities + "InArgument", new XAttribute(X + "TypeArguments", "s:Type"), new XAttribute(X + "Key", "TargetType"), TypeLiteral(clrType));

    private static XElement TypeLiteral(string clrType) =>
        new(Mxswa + "ReferenceLiteral", new XAttribute(X + "TypeArguments", "s:Type"), new XAttribute("Value", XamlTypes.Token(clrType)));

    private static XElement SelectFirstNonNull(string from, string clrType, string result) =>
        Reference("EvaluateExpression", "EvaluateExpression",
            Argument("InArgument", "x:String", "ExpressionOperator", "SelectFirstNonNull"),
            Argument("InArgument", "s:Object[]", "Parameters", $"[New Object() {{ {from} }}]"),
            TypeArgument(clrType),
            Argument("OutArgument", "x:Object", "Result", $"[{result}]"));

    private static XElement CreateCrmType(string clrType, string constant, string result)
    {
        var type = XamlTypes.PropertyType(clrType);
        var parameters = clrType == "System.String"
            ? $"[New Object() {{ Microsoft.Xrm.Sdk.Workflow.WorkflowPropertyType.{type}, {VisualBasicString(constant)}, \"String\" }}]"
            : $"[New Object() {{ Microsoft.Xrm.Sdk.Workflow.WorkflowPropertyType.{type}, {VisualBasicString(constant)} }}]";
        return Reference("EvaluateExpression", "EvaluateExpression",
            Argument("InArgument", "x:String", "ExpressionOperator", "CreateCrmType"),
            Argument("InArgument", "s:Object[]", "Parameters", parameters),
            TypeArgument(clrType),
            Argument("OutArgument", "x:Object", "Result", $"[{result}]"));
    }

    private static XElement Convert(string value, string clrType, string result) =>
        Reference("ConvertCrmXrmTypes", "ConvertCrmXrmTypes",
            Argument("InArgument", "x:Object", "Value", $"[{value}]"),
            TypeArgument(clrType),
            Argument("OutArgument", "x:Object", "Result", $"[{result}]"));

    // Reads a column of the row that started the workflow into a variable, as the argument's type.
    private static XElement Read(TableDefinition table, string column, string variable, string clrType) =>
        new(Mxswa + "GetEntityProperty",
            new XAttribute("Attribute", column),
            new XAttribute("Entity", $"[{PrimaryEntity}]"),
            new XAttribute("EntityName", table.LogicalName),
            new XAttribute("Value", $"[{variable}]"),
            new XElement(Mxswa + "GetEntityProperty.TargetType",
                new XElement(Activities + "InArgument", new XAttribute(X + "TypeArguments", "s:Type"), TypeLiteral(clrType))));

    private static XElement Variable(string name) =>
        new(Activities + "Variable", new XAttribute(X + "TypeArguments", "x:Object"), new XAttribute("Name", name));

    private static XElement BooleanVariable(string name) =>
        new(Activities + "Variable", new XAttribute(X + "TypeArguments", "x:Boolean"), new XAttribute("Default", "False"), new XAttribute("Name", name));

    // The designer declares each output variable once, typed like the output; a value type starts at its zero, a
    // reference type at null.
    private static XElement OutputVariable(string name, string clrType)
    {
        var variable = new XElement(Activities + "Variable", new XAttribute(X + "TypeArguments", XamlTypes.Token(clrType)));
        switch (clrType)
        {
            case "System.Int32" or "System.Decimal" or "System.Double":
                variable.Add(new XAttribute("Default", "0"));
                break;
            case "System.Boolean":
                variable.Add(new XAttribute("Default", "False"));
                break;
            case "System.DateTime":
                break;
            default:
                variable.Add(new XElement(Activities + "Variable.Default",
                    new XElement(Mxswa + "ReferenceLiteral", new XAttribute(X + "TypeArguments", XamlTypes.Token(clrType)), new XElement(X + "Null"))));
                break;
        }

        variable.Add(new XAttribute("Name", name));
        return variable;
    }

    // The variables of a wait: the time it waits until, the value it is computed from, the interval added to it.
    private static string Until(string timeout) => timeout + "_1";

    private static string Slot(string timeout) => timeout + "_2";

    private static string Interval(string timeout) => timeout + "_interval";

    // A constant as invariant text of its type; one that does not parse refuses the workflow.
    private static string Constant(Writing writing, string step, string clrType, string constant)
    {
        try
        {
            return Invariant(clrType, constant);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new WorkflowDefinitionException(writing.Name, step, $"the value '{constant}' is not a {clrType}.", "Write the value in the type of the argument or output, in invariant form (e.g. 20, 1.5, true).");
        }
    }

    private static string VisualBasicString(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // Constants travel as invariant text, as the designer writes them ("20", "True", "1.5").
    private static string Invariant(string clrType, string constant) => clrType switch
    {
        "System.Int32" => int.Parse(constant, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        "System.Decimal" => decimal.Parse(constant, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        "System.Double" => double.Parse(constant, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        "System.Boolean" => bool.Parse(constant) ? "True" : "False",
        _ => constant,
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ClrTypeOf(ColumnDefinition column) => column.Kind switch
    {
        ColumnKind.PrimaryKey or ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner => "Microsoft.Xrm.Sdk.EntityReference",
        ColumnKind.DateTime => "System.DateTime",
        ColumnKind.Integer => "System.Int32",
        ColumnKind.Decimal => "System.Decimal",
        ColumnKind.Double => "System.Double",
        ColumnKind.Boolean => "System.Boolean",
        ColumnKind.Money => "Microsoft.Xrm.Sdk.Money",
        ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => "Microsoft.Xrm.Sdk.OptionSetValue",
        _ => "System.String",
    };

    /// <summary>What one workflow's writing keeps: the designer's step numbers, the activity steps so far and their output variables.</summary>
    private sealed class Writing(ShippedWorkflow workflow, TableDefinition table)
    {
        private int step;

        public string Name { get; } = workflow.Name.In(1033);

        public Guid Id => workflow.Id;

        public TableDefinition Table => table;

        public Dictionary<string, (string Name, WorkflowActivityClass Class)> Activities { get; } = new(StringComparer.Ordinal);

        public List<(string Name, string Type)> Outputs { get; } = [];

        public int NextStep() => ++step;

        /// <summary>The workflow variable that holds an output of an earlier activity step, with the output's type.</summary>
        public (string Variable, string Type) Output(string activityStep, string output)
        {
            var (name, activity) = Activities[activityStep];
            var argument = activity.Argument(output);
            return argument is { IsOutput: true } && XamlTypes.IsBindable(argument.ValueType)
                ? ($"{name}{output}_localParameter", argument.ValueType)
                : throw new WorkflowDefinitionException(
                    Name,
                    activityStep,
                    $"the workflow reads the output '{output}', which {activity.ClassName} in {activity.AssemblyFullName} does not have.",
                    $"Use one of its outputs: {string.Join(", ", activity.Arguments.Where(a => a.IsOutput).Select(a => a.Name).Order(StringComparer.Ordinal))}.");
        }
    }
}
