using CrmLeadSla.Plugins.Domain.Sla;
using System.Xml.Linq;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Tests;

/// <summary>Classic workflows in Solution/Workflows/ travel as Workflows/*.xaml plus their entry in customizations.xml.</summary>
public class ShippedWorkflowTests
{
    private const string WorkflowId = "0d5e8f3a-2c71-4b9e-a6d4-8e1f0b2c3a44";

    private const string WaitAndRepeat = $"""
        <workflow id="{WorkflowId}" entity="lead" mode="Background" scope="Organization" subprocess="true" onupdate="{LeadSchema.HandedOverOn}">
          <label lcid="1033" description="Waits for the accept deadline, then again every day.">Lead SLA: wait for the accept deadline</label>
          <label lcid="1031" description="Wartet auf die Annahmefrist, dann täglich erneut.">Lead-SLA: auf die Annahmefrist warten</label>
          <wait until="{LeadSchema.AcceptDueOn}" />
          <runagain after="P1D" />
        </workflow>
        """;

    [Fact]
    public void A_workflow_is_packed_as_xaml_named_in_its_customizations_entry()
    {
        using var copy = new SolutionCopy();
        copy.Write("Workflows/WaitForAcceptDeadline.xml", WaitAndRepeat);

        var zip = new UnpackedZip(SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));

        var entry = zip.Customizations.Descendants("Workflow").Single(w => (string)w.Attribute("WorkflowId")! == "{" + WorkflowId + "}");
        Assert.Contains(entry.Element("XamlFileName")!.Value.TrimStart('/'), zip.Paths);
        Assert.Equal(LeadSchema.HandedOverOn, entry.Element("TriggerOnUpdateAttributeList")!.Value);
    }

    [Fact]
    public void A_workflow_entry_passes_microsofts_schema()
    {
        using var copy = new SolutionCopy();
        copy.Write("Workflows/WaitForAcceptDeadline.xml", WaitAndRepeat);

        var zip = new UnpackedZip(SolutionZip.Create(copy.Pack(), PackageKind.Managed));

        Assert.Empty(Repository.Schemas.ProblemsOfCustomizations(zip.Text("customizations.xml")));
    }

    [Fact]
    public void The_xaml_waits_for_the_column_and_starts_itself_again_as_a_child_workflow()
    {
        using var copy = new SolutionCopy();
        copy.Write("Workflows/WaitForAcceptDeadline.xml", WaitAndRepeat);

        var zip = new UnpackedZip(SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));
        var xaml = zip.Xml(zip.Paths.Single(p => p.EndsWith(WorkflowId.ToUpperInvariant() + ".xaml", StringComparison.Ordinal)));

        Assert.Contains(xaml.Descendants(), e => e.Name.LocalName == "GetEntityProperty" && (string?)e.Attribute("Attribute") == LeadSchema.AcceptDueOn);
        Assert.Contains(xaml.Descendants(), e => e.Name.LocalName == "Postpone");
        Assert.Contains(xaml.Descendants(), e => e.Name.LocalName == "StartChildWorkflow" && ((string?)e.Attribute("WorkflowId"))!.Contains(WorkflowId, StringComparison.Ordinal));
    }

    [Fact]
    public void A_workflow_running_an_activity_no_assembly_registers_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Write("Workflows/Check.xml", WaitAndRepeat.Replace("<runagain after=\"P1D\" />", "<activity class=\"CrmLeadSla.Workflows.CheckSlaComplianze\" name=\"Check\" />", StringComparison.Ordinal));

        var refusal = copy.LoadFails();

        Assert.Contains("Workflows/Check.xml", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("CrmLeadSla.Workflows.CheckSlaComplianze", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiting_on_a_column_that_is_not_a_date_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Write("Workflows/Wait.xml", WaitAndRepeat.Replace($"until=\"{LeadSchema.AcceptDueOn}\"", $"until=\"{LeadSchema.Grade}\"", StringComparison.Ordinal));

        var refusal = copy.LoadFails();

        Assert.Contains(LeadSchema.Grade, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("DateTime", refusal.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workflow_without_its_german_name_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Write("Workflows/Wait.xml", WaitAndRepeat.Replace("lcid=\"1031\"", "lcid=\"1036\"", StringComparison.Ordinal));

        var refusal = copy.LoadFails();

        Assert.Contains("missing in language 1031", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_again_without_being_a_child_workflow_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Write("Workflows/Wait.xml", WaitAndRepeat.Replace(" subprocess=\"true\"", string.Empty, StringComparison.Ordinal));

        var refusal = copy.LoadFails();

        Assert.Contains("subprocess=\"true\"", refusal.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_workflows_with_one_id_are_refused()
    {
        using var copy = new SolutionCopy();
        copy.Write("Workflows/A.xml", WaitAndRepeat);
        copy.Write("Workflows/B.xml", WaitAndRepeat);

        var refusal = copy.LoadFails();

        Assert.Contains(WorkflowId, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repositorys_workflows_and_their_activity_assembly_are_packed()
    {
        var source = Repository.Source();

        var zip = new UnpackedZip(SolutionZip.Create(source, PackageKind.Managed));

        Assert.Equal(source.Solution.Workflows.Count, zip.Paths.Count(p => p.StartsWith("Workflows/", StringComparison.Ordinal)));
        var workflows = zip.Paths.Single(p => p.EndsWith("/CrmLeadSla.Workflows.dll", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.AssemblyFolders[1], "CrmLeadSla.Workflows.dll")), zip.Bytes(workflows));
    }

    [Fact]
    public void An_activity_step_calls_its_class_by_the_built_assemblys_qualified_name_with_keyed_arguments()
    {
        var source = Repository.Source();
        var xaml = ShippedXaml(source, "LeadSLAchecktheacceptdeadline-");

        var call = Designer(xaml, "CrmLeadSla.Workflows.CheckSlaCompliance, ");
        var lead = call.Descendants().Single(e => (string?)e.Attribute(X + "Key") == "Lead");

        Assert.Equal(source.Assembly("CrmLeadSla.Workflows").QualifiedTypeName("CrmLeadSla.Workflows.CheckSlaCompliance"), (string?)call.Attribute("AssemblyQualifiedName"));
        Assert.Equal(("InArgument", "mxs:EntityReference"), (lead.Name.LocalName, (string?)lead.Attribute(X + "TypeArguments")));
        Assert.StartsWith("[DirectCast(CustomActivityStep", lead.Value, StringComparison.Ordinal);
        Assert.Equal("Composite", CrmActivity(call.Parent!.Parent!.Parent!));
        Assert.DoesNotContain(xaml.Descendants(), e => e.Name.NamespaceName.StartsWith("clr-namespace:CrmLeadSla.Workflows", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_output_of_an_activity_step_is_bound_to_a_workflow_variable_of_its_type()
    {
        var xaml = ShippedXaml(Repository.Source(), "LeadSLAchecktheacceptdeadline-");

        var breached = Designer(xaml, "CrmLeadSla.Workflows.CheckSlaCompliance, ").Descendants().Single(e => (string?)e.Attribute(X + "Key") == "BreachedCount");
        var variable = xaml.Descendants().Single(e => e.Name.LocalName == "Variable" && "[" + (string?)e.Attribute("Name") + "]" == breached.Value);

        Assert.Equal(("OutArgument", "x:Int32"), (breached.Name.LocalName, (string?)breached.Attribute(X + "TypeArguments")));
        Assert.Equal("Workflow.Variables", variable.Parent!.Name.LocalName);
        Assert.Equal("x:Int32", (string?)variable.Attribute(X + "TypeArguments"));
    }

    [Fact]
    public void The_breach_is_escalated_in_the_then_branch_of_a_condition_on_the_clocks_breached_now()
    {
        var xaml = ShippedXaml(Repository.Source(), "LeadSLAchecktheacceptdeadline-");

        var escalate = Designer(xaml, "CrmLeadSla.Workflows.EscalateSlaBreach, ");
        var branch = escalate.Ancestors().First(e => CrmActivity(e) == "ConditionBranch");
        var condition = branch.Parent!.Elements().Single(e => CrmActivity(e) == "EvaluateCondition");

        Assert.Equal("Then", (string?)escalate.Ancestors().First(e => e.Parent == branch.Elements().Single(p => p.Name.LocalName == "ActivityReference.Properties")).Attribute(X + "Key"));
        Assert.Equal("GreaterThan", condition.Descendants().Single(e => (string?)e.Attribute(X + "Key") == "ConditionOperator").Value);
        Assert.Contains(branch.Parent!.Descendants(), e => (string?)e.Attribute(X + "Key") == "Parameters" && e.Value.EndsWith("BreachedCount_localParameter }]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_accept_deadline_is_waited_for_until_a_minute_past_it()
    {
        var xaml = ShippedXaml(Repository.Source(), "LeadSLAchecktheacceptdeadline-");

        var wait = xaml.Descendants().First(e => CrmActivity(e) == "ConditionSequence" && e.Descendants().First(d => (string?)d.Attribute(X + "Key") == "Wait").Value == "True");
        var span = wait.Descendants().Single(e => e.Name.LocalName == "XrmTimeSpan");

        Assert.Equal("True", wait.Descendants().First(e => (string?)e.Attribute(X + "Key") == "Wait").Value);
        Assert.Equal(("0", "0", "1"), ((string?)span.Attribute("Days"), (string?)span.Attribute("Hours"), (string?)span.Attribute("Minutes")));
        Assert.Contains(wait.Descendants(), e => (string?)e.Attribute(X + "Key") == "ExpressionOperator" && e.Value == "Add");
        Assert.Contains(wait.Descendants(), e => e.Name.LocalName == "Postpone" && (string?)e.Attribute(X + "Key") == "Else");
    }

    [Fact]
    public void The_accept_deadline_workflow_starts_on_a_new_clock_and_waits_only_for_an_accept_clock()
    {
        var source = Repository.Source();
        var xaml = ShippedXaml(source, "LeadSLAchecktheacceptdeadline-");
        var entry = new UnpackedZip(SolutionZip.Create(source, PackageKind.Unmanaged)).Customizations.Descendants("Workflow")
            .Single(w => ((string)w.Element("XamlFileName")!).Contains("checktheacceptdeadline", StringComparison.Ordinal));

        var kind = xaml.Descendants().Single(e => e.Name.LocalName == "GetEntityProperty" && (string?)e.Attribute("Attribute") == SlaClockSchema.Kind);
        var test = kind.Parent!;
        var wait = xaml.Descendants().First(e => CrmActivity(e) == "ConditionSequence" && e.Descendants().First(d => (string?)d.Attribute(X + "Key") == "Wait").Value == "True");

        Assert.Equal((SlaClockSchema.EntityName, "1"), (entry.Element("PrimaryEntity")!.Value, entry.Element("TriggerOnCreate")!.Value));
        Assert.Equal("mxs:OptionSetValue", (string?)kind.Descendants().Single(e => e.Name.LocalName == "ReferenceLiteral").Attribute("Value"));
        Assert.Contains(test.Elements(), e => CrmActivity(e) == "EvaluateExpression" && e.Value.Contains($"WorkflowPropertyType.OptionSetValue, \"{(int)SlaKind.Accept}\"", StringComparison.Ordinal));
        Assert.Contains(wait.Ancestors(), e => e.Parent == test);
    }

    [Fact]
    public void A_condition_on_a_value_that_is_not_an_option_of_the_choice_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Workflows/AcceptDeadline.xml", $"column=\"{SlaClockSchema.Kind}\" value=\"{(int)SlaKind.Accept}\"", $"column=\"{SlaClockSchema.Kind}\" value=\"7\"");

        var refusal = copy.LoadFails();

        Assert.Contains($"the value '7' is not an option of '{SlaClockSchema.Kind}'", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_on_a_column_and_an_output_at_once_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Workflows/AcceptDeadline.xml", $"column=\"{SlaClockSchema.Kind}\"", $"column=\"{SlaClockSchema.Kind}\" activity=\"Check the lead's SLA clocks\" output=\"BreachedCount\"");

        var refusal = copy.LoadFails();

        Assert.Contains("tests a column and an activity's output at once", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wait_after_that_is_not_a_duration_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Workflows/AcceptDeadline.xml", "after=\"PT1M\"", "after=\"a minute\"");

        var refusal = copy.LoadFails();

        Assert.Contains("'after' is 'a minute'", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_the_activity_judges_invalid_stops_the_workflow_as_canceled_with_its_message()
    {
        var xaml = ShippedXaml(Repository.Source(), "LeadSLAvalidatearejection-");

        var stop = xaml.Descendants().Single(e => e.Name.LocalName == "TerminateWorkflow");
        var reason = ((string)stop.Attribute("Reason")!)["[DirectCast(".Length..^", System.String)]".Length];
        var filled = xaml.Descendants().Single(e => (string?)e.Attribute(X + "Key") == "Result" && e.Value == $"[{reason}]").Parent!;

        Assert.Equal("[New Microsoft.Xrm.Sdk.InvalidPluginExecutionException(Microsoft.Xrm.Sdk.OperationStatus.Canceled)]", (string?)stop.Attribute("Exception"));
        Assert.Contains("CustomActivityStep1Message_localParameter", filled.Value, StringComparison.Ordinal);
        Assert.Equal("False", stop.Ancestors().First(e => CrmActivity(e) == "ConditionSequence").Descendants().First(e => (string?)e.Attribute(X + "Key") == "Wait").Value);
    }

    [Fact]
    public void The_rejection_check_runs_before_the_save_as_the_user_who_rejects()
    {
        var zip = new UnpackedZip(SolutionZip.Create(Repository.Source(), PackageKind.Unmanaged));

        var entry = zip.Customizations.Descendants("Workflow").Single(w => ((string)w.Element("XamlFileName")!).Contains("validatearejection", StringComparison.Ordinal));

        Assert.Equal("1", entry.Element("Mode")!.Value);
        Assert.Equal("20", entry.Element("UpdateStage")!.Value);
        Assert.Equal("0", entry.Element("RunAs")!.Value);
    }

    [Fact]
    public void A_condition_on_an_activity_step_that_does_not_come_before_it_is_refused()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Workflows/AcceptDeadline.xml", "activity=\"Check the lead's SLA clocks\"", "activity=\"Check later\"");

        var refusal = copy.LoadFails();

        Assert.Contains("no earlier activity step is named 'Check later'", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_on_an_output_the_activity_does_not_have_is_refused_on_pack()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Workflows/AcceptDeadline.xml", "output=\"BreachedCount\"", "output=\"Breaches\"");

        var refusal = Assert.Throws<PackagingException>(() => SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));

        Assert.Contains("'Breaches'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("BreachedCount", refusal.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_value_that_is_not_of_the_outputs_type_is_refused_on_pack()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Workflows/AcceptDeadline.xml", "value=\"0\"", "value=\"none\"");

        var refusal = Assert.Throws<PackagingException>(() => SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));

        Assert.Contains("'none' is not a System.Int32", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_the_activity_does_not_have_is_refused_naming_the_ones_it_has()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Workflows/AcceptDeadline.xml", "<input argument=\"ReassignToSalesTeam\"", "<input argument=\"ReassignToTeam\"");

        var refusal = Assert.Throws<PackagingException>(() => SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));

        Assert.Contains("ReassignToTeam", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("ReassignToSalesTeam", refusal.Fix, StringComparison.Ordinal);
    }

    private static readonly XNamespace X = "http://schemas.microsoft.com/winfx/2006/xaml";

    private static XDocument ShippedXaml(PackSource source, string fileStart)
    {
        var zip = new UnpackedZip(SolutionZip.Create(source, PackageKind.Unmanaged));
        return zip.Xml(zip.Paths.Single(p => p.StartsWith("Workflows/" + fileStart, StringComparison.Ordinal)));
    }

    // The ActivityReference that calls the class whose assembly-qualified name starts so.
    private static XElement Designer(XDocument xaml, string qualifiedNameStart) =>
        xaml.Descendants().Single(e => e.Name.LocalName == "ActivityReference" && ((string?)e.Attribute("AssemblyQualifiedName"))?.StartsWith(qualifiedNameStart, StringComparison.Ordinal) == true);

    // Composite, ConditionSequence…: the Microsoft.Crm.Workflow activity an ActivityReference stands for, or null.
    private static string? CrmActivity(XElement element) =>
        element.Name.LocalName == "ActivityReference" && ((string?)element.Attribute("AssemblyQualifiedName"))?.Split(',')[0] is { } name && name.StartsWith("Microsoft.Crm.Workflow.Activities.", StringComparison.Ordinal)
            ? name["Microsoft.Crm.Workflow.Activities.".Length..]
            : null;
}
