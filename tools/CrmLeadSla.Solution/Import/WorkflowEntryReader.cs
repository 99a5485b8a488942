using System.Text;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// &lt;Workflows&gt;: each classic workflow's registration (table, triggers, mode, scope, run-as, stage, state) with its
/// XAML from the zip. The table and trigger columns must exist, the XAML must be well-formed, and every custom workflow
/// activity it runs must be registered by a plug-in assembly of the zip.
/// </summary>
internal static class WorkflowEntryReader
{
    // Category 0: a classic workflow; 5: a cloud flow, which runs in Power Automate, not in the organization.
    private const string ClassicWorkflow = "0";
    private const string CloudFlow = "5";

    // Assemblies of the platform's own workflow activities and types, which the XAML may name without registering them.
    private static readonly string[] PlatformAssemblies = ["System", "mscorlib", "Microsoft.Xrm.Sdk", "Microsoft.Crm", "Microsoft.VisualBasic", "System.Activities"];

    private static readonly HashSet<string> Known =
    [
        "JsonFileName", "XamlFileName", "Type", "Subprocess", "Category", "Mode", "LanguageCode", "Scope", "OnDemand", "TriggerOnUpdateAttributeList",
        "TriggerOnCreate", "TriggerOnDelete", "AsyncAutodelete", "SyncWorkflowLogOnFailure", "StateCode", "StatusCode", "processorder", "CreateStage",
        "UpdateStage", "DeleteStage", "RunAs", "SdkMessageId", "UniqueName", "IsTransacted", "IntroducedVersion", "IsCustomizable", "BusinessProcessType",
        "FormId", "IsCustomProcessingStepAllowedForOtherPublishers", "ProcessTriggerScope", "ModernFlowType", "PrimaryEntity", "LocalizedNames",
        "Descriptions", "labels", "ProcessRoleAssignment", "Trigger", "TriggerOnDeleteStage",
    ];

    /// <summary>The workflow, or null for a cloud flow (noted).</summary>
    public static WorkflowRegistration? Read(ZipPart part, XElement element, IReadOnlyDictionary<string, byte[]> entries, MetadataModel metadata, IReadOnlyList<PluginAssemblyDefinition> assemblies, int baseLanguage, ImportNotes notes)
    {
        var name = part.RequiredAttribute(element, "Name", "<Workflow>");
        var component = $"workflow '{name}'";
        var id = part.Id(part.RequiredAttribute(element, "WorkflowId", component), "workflow id", component);
        notes.Unknown(part.Name, element, Known);
        var category = ZipPart.Text(element, "Category") ?? ClassicWorkflow;
        if (category == CloudFlow)
        {
            notes.Add($"{part.Name}: cloud flows run in Power Automate, not in the organization; {component} is left out.");
            return null;
        }

        if (category != ClassicWorkflow || ZipPart.Text(element, "Type") is { Length: > 0 } type && type != "1")
        {
            throw part.Error(component, $"the process is of category {category}; the local Dataverse runs classic workflows (category 0) only, not business rules, actions or business process flows.", "Leave the process out of the solution.");
        }

        var tableName = part.Required(element, "PrimaryEntity", component).ToLowerInvariant();
        var table = metadata.FindTable(tableName)
            ?? throw part.Error(component, $"the workflow runs on the table '{tableName}', which neither the zip nor the organization has.", $"Add the table '{tableName}' to the solution, or import the solution that has it first.");
        var triggers = ZipPart.List(ZipPart.Text(element, "TriggerOnUpdateAttributeList"));
        if (triggers.FirstOrDefault(c => table.Column(c) is null) is { } unknown)
        {
            throw part.Error(component, $"the workflow starts on a change of '{unknown}', which is not a column of '{tableName}'.", "Correct TriggerOnUpdateAttributeList.");
        }

        if (part.Flag(element, "TriggerOnDelete", component))
        {
            notes.Add($"{part.Name}: {component} starts on delete; the local Dataverse does not start workflows on delete.");
        }

        var xaml = Xaml(part, element, entries, component);
        RequireRegisteredActivities(part, xaml, assemblies, component);
        var isRealTime = ZipPart.Text(element, "Mode") == "1";
        var stage = part.Int(element, "CreateStage", component) ?? part.Int(element, "UpdateStage", component);
        var names = ZipPart.Labels(element.Element("LocalizedNames"));
        return new WorkflowRegistration
        {
            Id = id,
            Name = names.ByLanguage.Count > 0 ? names : new LocalizedText(new Dictionary<int, string> { [baseLanguage] = name }),
            Entity = table.LogicalName,
            Mode = isRealTime ? WorkflowMode.RealTime : WorkflowMode.Background,
            Scope = ZipPart.Text(element, "Scope") switch
            {
                "1" => WorkflowScope.User,
                "2" => WorkflowScope.BusinessUnit,
                "3" => WorkflowScope.ParentChildBusinessUnits,
                null or "" or "4" => WorkflowScope.Organization,
                var other => throw part.Error(component, $"the scope '{other}' is not 1 to 4.", "Export the solution again."),
            },
            RunAs = ZipPart.Text(element, "RunAs") == "0" ? WorkflowRunAs.CallingUser : WorkflowRunAs.Owner,
            Stage = stage == (int)WorkflowStage.Before ? WorkflowStage.Before : WorkflowStage.After,
            OnDemand = part.Flag(element, "OnDemand", component),
            Subprocess = part.Flag(element, "Subprocess", component),
            TriggerOnCreate = part.Flag(element, "TriggerOnCreate", component),
            TriggerOnUpdate = triggers,
            IsActivated = ZipPart.Text(element, "StateCode") == "1",
            Xaml = xaml.Text,
        };
    }

    private static (string Text, XElement Root) Xaml(ZipPart part, XElement element, IReadOnlyDictionary<string, byte[]> entries, string component)
    {
        if (ZipPart.Text(element, "XamlFileName") is not { Length: > 0 } file)
        {
            throw part.Error(component, "the workflow has no <XamlFileName>.", "Export the solution again.");
        }

        var path = file.TrimStart('/');
        var content = entries.GetValueOrDefault(path) ?? throw part.Error(component, $"the workflow's definition '{path}' is not in the zip.", "Export the solution again.");
        var xaml = ZipPart.Parse(path, content);
        var text = new UTF8Encoding(false).GetString(content);
        return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, xaml.Root);
    }

    // A custom activity appears as an ActivityReference with its assembly-qualified name, or as an element in its namespace.
    private static void RequireRegisteredActivities(ZipPart part, (string Text, XElement Root) xaml, IReadOnlyList<PluginAssemblyDefinition> assemblies, string component)
    {
        var referenced = xaml.Root.DescendantsAndSelf()
            .Select(e => (string?)e.Attribute("AssemblyQualifiedName") is { } qualified
                ? (Class: PluginRegistrationReader.ClassOf(qualified), Assembly: qualified.Split(',').ElementAtOrDefault(1)?.Trim() ?? string.Empty)
                : ClrElement(e.Name))
            .Where(r => r.Assembly.Length > 0 && !PlatformAssemblies.Any(p => r.Assembly == p || r.Assembly.StartsWith(p + ".", StringComparison.Ordinal)))
            .Select(r => r.Class)
            .Distinct(StringComparer.Ordinal);
        foreach (var activity in referenced)
        {
            if (!assemblies.Any(a => a.Types.Any(t => t.TypeName == activity && t.WorkflowActivityGroupName is not null)))
            {
                throw part.Error(component, $"the workflow runs the custom activity '{activity}', which no plug-in assembly of the zip registers as a workflow activity.", "Register the activity's class with a WorkflowActivityGroupName in its assembly, or import the solution that has it first.");
            }
        }
    }

    // An element in a clr-namespace (clr-namespace:Ns;assembly=Asm, …) names the class Ns.Element of Asm.
    private static (string Class, string Assembly) ClrElement(XName name)
    {
        const string Prefix = "clr-namespace:";
        var ns = name.NamespaceName;
        if (!ns.StartsWith(Prefix, StringComparison.Ordinal) || name.LocalName.Contains('.', StringComparison.Ordinal))
        {
            return (string.Empty, string.Empty);
        }

        var parts = ns[Prefix.Length..].Split(';');
        var assembly = parts.Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("assembly=", StringComparison.Ordinal))?["assembly=".Length..].Split(',')[0].Trim() ?? string.Empty;
        return (parts[0].Length == 0 ? name.LocalName : parts[0] + "." + name.LocalName, assembly);
    }
}
