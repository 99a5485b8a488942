using System.Xml.Linq;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Tests;

/// <summary>Classic workflows in Solution/Workflows/ travel as Workflows/*.xaml plus their entry in customizations.xml.</summary>
public class ShippedWorkflowTests
{
    private const string WorkflowId = "0d5e8f3a-2c71-4b9e-a6d4-8e1f0b2c3a44";

    private const string WaitAndRepeat = $"""
        <workflow id="{WorkflowId}" entity="lead" mode="Background" scope="Organization" subprocess="true" onupdate="lsla_handedoveron">
          <label lcid="1033" description="Waits for the accept deadline, then again every day.">Lead SLA: wait for the accept deadline</label>
          <label lcid="1031" description="Wartet auf die Annahmefrist, dann täglich erneut.">Lead-SLA: auf die Annahmefrist warten</label>
          <wait until="lsla_acceptdueon" />
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
        Assert.Equal("lsla_handedoveron", entry.Element("TriggerOnUpdateAttributeList")!.Value);
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

        Assert.Contains(xaml.Descendants(), e => e.Name.LocalName == "GetEntityProperty" && (string?)e.Attribute("Attribute") == "lsla_acceptdueon");
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
        copy.Write("Workflows/Wait.xml", WaitAndRepeat.Replace("until=\"lsla_acceptdueon\"", "until=\"lsla_grade\"", StringComparison.Ordinal));

        var refusal = copy.LoadFails();

        Assert.Contains("lsla_grade", refusal.Message, StringComparison.Ordinal);
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
    public void A_rejection_the_activity_judges_invalid_fails_the_workflow_with_its_message()
    {
        var zip = new UnpackedZip(SolutionZip.Create(Repository.Source(), PackageKind.Unmanaged));
        var xaml = zip.Xml(zip.Paths.Single(p => p.StartsWith("Workflows/LeadSLAvalidatearejection-", StringComparison.Ordinal)));

        var activity = xaml.Descendants().Single(e => e.Name.LocalName == "ValidateRejection");
        var refusal = xaml.Descendants().Single(e => e.Name.LocalName == "Throw");

        Assert.Equal("[Step1_verdict]", (string?)activity.Attribute("IsValid"));
        Assert.Contains("Step1_message", (string?)refusal.Attribute("Exception"), StringComparison.Ordinal);
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
    public void An_argument_the_activity_does_not_have_is_refused_naming_the_ones_it_has()
    {
        using var copy = new SolutionCopy();
        copy.Replace("Workflows/AcceptDeadline.xml", "<input argument=\"ReassignToSalesTeam\"", "<input argument=\"ReassignToTeam\"");

        var refusal = Assert.Throws<PackagingException>(() => SolutionZip.Create(copy.Pack(), PackageKind.Unmanaged));

        Assert.Contains("ReassignToTeam", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("ReassignToSalesTeam", refusal.Fix, StringComparison.Ordinal);
    }
}
