using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Workflows;

/// <summary>
/// The XAML definition of a shipped classic workflow (Workflows/&lt;name&gt;-&lt;ID&gt;.xaml in the zip): a Windows
/// Workflow activity whose body is an <c>mxswa:Workflow</c>, reading the row through <c>InputEntities("primaryEntity")</c>
/// and running the SDK's workflow activities (GetEntityProperty, Postpone, StartChildWorkflow) and the solution's own.
/// </summary>
internal sealed class WorkflowXaml(MetadataModel metadata, Func<string, WorkflowActivityClass> activityClass)
{
    private const string SdkAssembly = "Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private static readonly XNamespace Activities = "http://schemas.microsoft.com/netfx/2009/xaml/activities";
    private static readonly XNamespace X = "http://schemas.microsoft.com/winfx/2006/xaml";
    private static readonly XNamespace Mxs = $"clr-namespace:Microsoft.Xrm.Sdk;assembly=Microsoft.Xrm.Sdk, {SdkAssembly}";
    private static readonly XNamespace Mxswa = $"clr-namespace:Microsoft.Xrm.Sdk.Workflow.Activities;assembly=Microsoft.Xrm.Sdk.Workflow, {SdkAssembly}";
    private static readonly XNamespace Mva = "clr-namespace:Microsoft.VisualBasic.Activities;assembly=System.Activities, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private static readonly XNamespace Sys = "clr-namespace:System;assembly=mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089";
    private static readonly XNamespace Scg = "clr-namespace:System.Collections.Generic;assembly=mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089";
    private static readonly XNamespace This = "clr-namespace:";
    private const string InputEntitiesType = "scg:IDictionary(x:String, mxs:Entity)";
    private const string PrimaryEntity = "InputEntities(\"primaryEntity\")";

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
        var table = metadata.FindTable(workflow.Entity)!;
        var activityNamespaces = workflow.ActivityClasses
            .Select(c => (Namespace: c[..c.LastIndexOf('.')], Assembly: activityClass(c).AssemblyFullName))
            .Distinct()
            .Select((n, i) => new XAttribute(XNamespace.Xmlns + ("lsla" + i.ToString(CultureInfo.InvariantCulture)), $"clr-namespace:{n.Namespace};assembly={n.Assembly}"));

        var root = new XElement(Activities + "Activity",
            new XAttribute(X + "Class", className),
            new XAttribute("xmlns", Activities.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mva", Mva.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mxs", Mxs.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mxswa", Mxswa.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "s", Sys.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "scg", Scg.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "this", This.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "x", X.NamespaceName),
            activityNamespaces,
            new XElement(X + "Members",
                new XElement(X + "Property", new XAttribute("Name", "InputEntities"), new XAttribute("Type", $"InArgument({InputEntitiesType})")),
                new XElement(X + "Property", new XAttribute("Name", "CreatedEntities"), new XAttribute("Type", $"InArgument({InputEntitiesType})"))),
            new XElement(This + (className + ".InputEntities"), new XElement(Activities + "InArgument", new XAttribute(X + "TypeArguments", InputEntitiesType))),
            new XElement(This + (className + ".CreatedEntities"), new XElement(Activities + "InArgument", new XAttribute(X + "TypeArguments", InputEntitiesType))),
            new XElement(Mva + "VisualBasic.Settings", "Assembly references and imported namespaces for internal implementation"),
            new XElement(Mxswa + "Workflow", workflow.Steps.Select((s, i) => Step(workflow, table, s, "Step" + (i + 1).ToString(CultureInfo.InvariantCulture)))));
        return new XDocument(root);
    }

    private XElement Step(ShippedWorkflow workflow, TableDefinition table, WorkflowStep step, string name) => step switch
    {
        WaitUntil wait => new XElement(Activities + "Sequence",
            new XAttribute("DisplayName", $"{name}: wait until {wait.Column}"),
            Variables([(name + "_until", "x:Object")]),
            Read(table, wait.Column, name + "_until"),
            new XElement(Mxswa + "Postpone", new XAttribute("BlockExecution", "True"), new XAttribute("PostponeUntil", $"[DirectCast({name}_until, DateTime)]"))),
        RunActivity run => RunStep(workflow, table, run, name),
        RunAgainAfter again => new XElement(Activities + "Sequence",
            new XAttribute("DisplayName", $"{name}: run again"),
            new XElement(Mxswa + "Postpone", new XAttribute("BlockExecution", "True"), new XAttribute("PostponeUntil", $"[DateTime.UtcNow.AddMinutes({again.After.TotalMinutes.ToString(CultureInfo.InvariantCulture)})]")),
            new XElement(Mxswa + "StartChildWorkflow",
                new XAttribute("DisplayName", $"{name}: start the next run"),
                new XAttribute("EntityId", $"[{PrimaryEntity}.Id]"),
                new XAttribute("EntityName", workflow.Entity),
                new XAttribute("WorkflowId", $"[New Guid(\"{workflow.Id:D}\")]"),
                new XElement(Mxswa + "StartChildWorkflow.InputParameters",
                    new XElement(Scg + "Dictionary", new XAttribute(X + "TypeArguments", "x:String, InArgument"))))),
        _ => throw new PackagingException($"the workflow step {step.GetType().Name} cannot be written as XAML.", "Teach WorkflowXaml the step."),
    };

    private XElement RunStep(ShippedWorkflow workflow, TableDefinition table, RunActivity run, string name)
    {
        var activity = activityClass(run.ClassName);
        var dot = run.ClassName.LastIndexOf('.');
        var arguments = activity.Arguments.Select(a => a.Name).ToList();
        var used = run.Inputs.Select(i => i.Argument).Concat(run.RefuseUnless is { } v ? [v.Verdict, v.Message] : []);
        if (used.FirstOrDefault(a => !arguments.Contains(a)) is { } unknown)
        {
            throw new WorkflowDefinitionException(
                workflow.Name.In(1033),
                run.DisplayName,
                $"the step passes '{unknown}', which {run.ClassName} in {activity.AssemblyFullName} does not have.",
                $"Use one of its arguments: {string.Join(", ", arguments.Order(StringComparer.Ordinal))}.");
        }

        var prefix = XNamespace.Get($"clr-namespace:{run.ClassName[..dot]};assembly={activity.AssemblyFullName}");
        var columnInputs = run.Inputs.Where(i => i.Column is not null).Select((input, i) => (Input: input, Variable: $"{name}_{i + 1}")).ToList();
        var call = new XElement(prefix + run.ClassName[(dot + 1)..], new XAttribute("DisplayName", $"{name}: {run.DisplayName}"));
        foreach (var input in run.Inputs)
        {
            var variable = columnInputs.FirstOrDefault(c => c.Input == input).Variable;
            call.Add(new XAttribute(input.Argument, variable is null ? Constant(input) : $"[DirectCast({variable}, {ClrTypeOf(table.Column(input.Column!)!)})]"));
        }

        var verdict = run.RefuseUnless;
        var variables = columnInputs.Select(c => (c.Variable, Type: "x:Object")).ToList();
        if (verdict is not null)
        {
            // Typed like the activity's output arguments (Boolean, String): an out argument binds only to its own type.
            call.Add(new XAttribute(verdict.Verdict, $"[{name}_verdict]"), new XAttribute(verdict.Message, $"[{name}_message]"));
            variables.AddRange([(name + "_verdict", "x:Boolean"), (name + "_message", "x:String")]);
        }

        return new XElement(Activities + "Sequence",
            new XAttribute("DisplayName", $"{name}: {run.DisplayName}"),
            variables.Count == 0 ? null : Variables(variables),
            columnInputs.Select(c => Read(table, c.Input.Column!, c.Variable)),
            call,
            verdict is null ? null : Refusal(name));
    }

    // A false verdict fails the workflow with the activity's message; in a real-time workflow the user's save fails with it.
    private static XElement Refusal(string name) =>
        new(Activities + "If",
            new XAttribute("Condition", $"[Not {name}_verdict]"),
            new XElement(Activities + "If.Then",
                new XElement(Activities + "Throw",
                    new XAttribute("Exception", $"[New Microsoft.Xrm.Sdk.InvalidPluginExecutionException({name}_message)]"))));

    private static XElement Variables(IEnumerable<(string Name, string Type)> variables) =>
        new(Activities + "Sequence.Variables", variables.Select(v => new XElement(Activities + "Variable", new XAttribute(X + "TypeArguments", v.Type), new XAttribute("Name", v.Name))));

    // Reads a column of the row that started the workflow into a variable, converted to the column's type.
    private static XElement Read(TableDefinition table, string column, string variable) =>
        new(Mxswa + "GetEntityProperty",
            new XAttribute("Attribute", column),
            new XAttribute("Entity", $"[{PrimaryEntity}]"),
            new XAttribute("EntityName", table.LogicalName),
            new XAttribute("Value", $"[{variable}]"),
            new XElement(Mxswa + "GetEntityProperty.TargetType",
                new XElement(Activities + "InArgument", new XAttribute(X + "TypeArguments", "s:Type"),
                    new XElement(Mxswa + "ReferenceLiteral", new XAttribute(X + "TypeArguments", "s:Type"), new XAttribute("Value", XamlTypeOf(table.Column(column)!))))));

    private static string Constant(ActivityInput input) => input.ConstantType switch
    {
        "Int32" => $"[{int.Parse(input.Constant!, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}]",
        "Decimal" => $"[{decimal.Parse(input.Constant!, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}D]",
        "Boolean" => bool.Parse(input.Constant!) ? "[True]" : "[False]",
        _ => $"[\"{input.Constant!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"]",
    };

    private static string XamlTypeOf(ColumnDefinition column) => column.Kind switch
    {
        ColumnKind.PrimaryKey or ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner => "mxs:EntityReference",
        ColumnKind.DateTime => "s:DateTime",
        ColumnKind.Integer => "x:Int32",
        ColumnKind.Decimal => "x:Decimal",
        ColumnKind.Double => "x:Double",
        ColumnKind.Boolean => "x:Boolean",
        ColumnKind.Money => "mxs:Money",
        ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => "mxs:OptionSetValue",
        _ => "x:String",
    };

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
}
