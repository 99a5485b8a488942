using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Packing;

namespace CrmLeadSla.Solution.Workflows;

/// <summary>A shipped workflow's &lt;Workflow&gt; entry in customizations.xml: triggers, mode, scope, and its XAML file.</summary>
internal sealed class WorkflowXml(Labels labels, string introducedVersion)
{
    /// <summary>Where the workflow's XAML sits in the zip.</summary>
    public static string XamlPath(ShippedWorkflow workflow, Labels labels) =>
        $"Workflows/{string.Concat(labels.Base(workflow.Name).Where(char.IsLetterOrDigit))}-{workflow.Id.ToString("D").ToUpperInvariant()}.xaml";

    public XElement For(ShippedWorkflow workflow) =>
        new("Workflow",
            new XAttribute("WorkflowId", "{" + workflow.Id.ToString("D") + "}"),
            new XAttribute("Name", labels.Base(workflow.Name)),
            new XAttribute("Description", labels.Base(workflow.Description)),
            new XElement("XamlFileName", "/" + XamlPath(workflow, labels)),
            // Type 1: a definition (not an activation); category 0: a classic workflow.
            new XElement("Type", "1"),
            new XElement("Subprocess", Bit(workflow.Subprocess)),
            new XElement("Category", "0"),
            new XElement("Mode", ((int)workflow.Mode).ToString(CultureInfo.InvariantCulture)),
            new XElement("LanguageCode", labels.Languages[0].ToString(CultureInfo.InvariantCulture)),
            new XElement("Scope", ((int)workflow.Scope).ToString(CultureInfo.InvariantCulture)),
            new XElement("OnDemand", Bit(workflow.OnDemand)),
            workflow.TriggerOnUpdate.Count == 0 ? null : new XElement("TriggerOnUpdateAttributeList", string.Join(",", workflow.TriggerOnUpdate)),
            new XElement("TriggerOnCreate", Bit(workflow.TriggerOnCreate)),
            new XElement("TriggerOnDelete", "0"),
            new XElement("AsyncAutodelete", workflow.Mode == WorkflowMode.Background ? "1" : "0"),
            new XElement("SyncWorkflowLogOnFailure", workflow.Mode == WorkflowMode.RealTime ? "1" : "0"),
            // Activated on import: state 1 (Activated), status 2 (Activated).
            new XElement("StateCode", "1"),
            new XElement("StatusCode", "2"),
            workflow.Mode == WorkflowMode.RealTime && workflow.TriggerOnCreate ? new XElement("CreateStage", Number((int)workflow.Stage)) : null,
            workflow.Mode == WorkflowMode.RealTime && workflow.TriggerOnUpdate.Count > 0 ? new XElement("UpdateStage", Number((int)workflow.Stage)) : null,
            new XElement("RunAs", Number((int)workflow.RunAs)),
            new XElement("IsTransacted", "1"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            new XElement("PrimaryEntity", workflow.Entity),
            labels.List("LocalizedNames", "LocalizedName", workflow.Name),
            labels.List("Descriptions", "Description", workflow.Description));

    private static string Bit(bool value) => value ? "1" : "0";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
