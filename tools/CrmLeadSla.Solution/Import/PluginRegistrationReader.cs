using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// &lt;SolutionPluginAssemblies&gt; and &lt;SdkMessageProcessingSteps&gt;: each assembly with its bytes from the zip, its
/// plug-in types and workflow activities, and the steps registered on those types. Strict where Dataverse is: the DLL
/// must be in the zip, strong-name signed, carry the registered full name and define every registered class; a step
/// names its message by a known SdkMessageId, its plug-in type by one the zip registers, and follows the registration rules.
/// </summary>
internal static class PluginRegistrationReader
{
    // sdkmessageprocessingstep.eventhandlertypecode of a plug-in type (service endpoints and webhooks have others).
    private const string PluginTypeHandler = "4602";

    private static readonly HashSet<string> AssemblyChildren = ["IsolationMode", "SourceType", "IntroducedVersion", "FileName", "PluginTypes", "Description", "AuthType", "Url", "UserName", "Password", "PackageId"];

    private static readonly HashSet<string> StepChildren =
    [
        "SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity", "SecondaryEntity", "AsyncAutoDelete", "Configuration", "Description",
        "FilteringAttributes", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden", "SupportedDeployment",
        "IntroducedVersion", "SdkMessageProcessingStepImages", "StateCode", "StatusCode", "CanUseReadOnlyConnection", "Category", "EnablePluginProfiler",
        "CanBeBypassed", "RuntimeIntegrationProperties", "FxExpressionId", "PowerfxRuleId",
    ];

    private static readonly HashSet<string> ImageChildren = ["SdkMessageProcessingStepImageId", "Attributes", "EntityAlias", "ImageType", "MessagePropertyName", "IsCustomizable", "IntroducedVersion", "Description"];

    public static (PluginAssemblyDefinition Definition, DeployableAssembly Assembly) ReadAssembly(ZipPart part, XElement element, IReadOnlyDictionary<string, byte[]> entries, ImportNotes notes)
    {
        var fullName = part.RequiredAttribute(element, "FullName", "<PluginAssembly>");
        var simpleName = fullName.Split(',')[0].Trim();
        var component = $"plug-in assembly '{simpleName}'";
        notes.Unknown(part.Name, element, AssemblyChildren);
        var path = part.Required(element, "FileName", component).TrimStart('/');
        var content = entries.GetValueOrDefault(path)
            ?? throw part.Error(component, $"the assembly's file '{path}' is not in the zip.", "Export the solution again: a solution zip carries every plug-in assembly it registers.");
        var assembly = DeployableAssembly.Inspect(path, content, (defect, problem) => part.Error(component, problem, defect == AssemblyDefect.NotSigned
            ? "Sign the assembly with a strong-name key, register the signed build and export again."
            : "Export the solution again with the built plug-in assembly."));
        if (!SameAssembly(assembly.FullName, fullName))
        {
            throw part.Error(component, $"the zip registers '{fullName}', but its file is '{assembly.FullName}'.", "Register the assembly that is in the zip (name, version, culture and public key token must match), and export again.");
        }

        var types = new List<PluginTypeDefinition>();
        foreach (var type in element.Element("PluginTypes")?.Elements("PluginType") ?? [])
        {
            var className = ClassOf(part.RequiredAttribute(type, "AssemblyQualifiedName", component));
            if (!assembly.Defines(className))
            {
                throw part.Error(component, $"the plug-in type '{className}' is registered, but the assembly does not contain it.", "Register only classes the assembly contains, or rebuild it from the source that has the class.");
            }

            if (types.Any(t => t.TypeName == className))
            {
                throw part.Error(component, $"the plug-in type '{className}' is registered twice.", "Keep one <PluginType> per class.");
            }

            types.Add(new PluginTypeDefinition(className, ZipPart.Text(type, "FriendlyName") is { Length: > 0 } friendly ? friendly : className)
            {
                WorkflowActivityGroupName = ZipPart.Text(type, "WorkflowActivityGroupName") is { Length: > 0 } group ? group : null,
            });
        }

        var isolation = ZipPart.Text(element, "IsolationMode") switch
        {
            "1" => IsolationMode.None,
            null or "" or "2" => IsolationMode.Sandbox,
            var other => throw part.Error(component, $"the isolation mode '{other}' is not 1 (none) or 2 (sandbox).", "Register the assembly in the sandbox (2)."),
        };
        return (new PluginAssemblyDefinition(simpleName, isolation, types, []), assembly);
    }

    public static StepRegistration ReadStep(ZipPart part, XElement element, IReadOnlyList<PluginAssemblyDefinition> assemblies, MetadataModel metadata, ImportNotes notes)
    {
        var name = part.RequiredAttribute(element, "Name", "<SdkMessageProcessingStep>");
        var id = part.Id(part.RequiredAttribute(element, "SdkMessageProcessingStepId", $"step '{name}'"), "step id", $"step '{name}'");
        var component = $"step '{name}' ({id:D})";
        notes.Unknown(part.Name, element, StepChildren);
        var messageId = ZipPart.Text(element, "SdkMessageId") is { Length: > 0 } text
            ? part.Id(text, "SdkMessageId", component)
            : throw part.Error(component, "the step has no SdkMessageId, so its message cannot be resolved.", "Register the step on a platform message and export again; a solution names a step's message by its SdkMessageId.");
        var message = StepMessages.WithId(messageId)
            ?? throw part.Error(component, $"the SdkMessageId {messageId:D} is not a message the local Dataverse knows.", $"Register the step on one of: {string.Join(", ", StepMessages.NamesWithIds)}.");
        if (ZipPart.Text(element, "EventHandlerTypeCode") is { Length: > 0 } handler && handler != PluginTypeHandler)
        {
            throw part.Error(component, $"the step's handler type {handler} is not a plug-in type (4602); service endpoints and webhooks cannot be imported here.", "Leave steps on service endpoints and webhooks out of the solution.");
        }

        var typeName = ClassOf(part.Required(element, "PluginTypeName", component));
        if (!assemblies.Any(a => a.Types.Any(t => t.TypeName == typeName && t.WorkflowActivityGroupName is null)))
        {
            throw part.Error(component, $"the step runs the plug-in type '{typeName}', which no plug-in assembly of the zip registers.", "Add the plug-in type to its assembly's registration, or correct the step's PluginTypeName.");
        }

        var table = Table(part, element, "PrimaryEntity", metadata, component);
        var images = element.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage").ToList() ?? [];
        var step = new StepRegistration
        {
            Id = id,
            Name = name,
            PluginTypeName = typeName,
            Message = message.Name,
            PrimaryEntity = table?.LogicalName,
            SecondaryEntity = Table(part, element, "SecondaryEntity", metadata, component)?.LogicalName,
            Stage = ZipPart.Text(element, "Stage") switch
            {
                "10" => PipelineStage.PreValidation,
                "20" => PipelineStage.PreOperation,
                "40" => PipelineStage.PostOperation,
                var other => throw part.Error(component, $"the stage '{other}' is not one a step can be registered in.", "Use 10 (pre-validation), 20 (pre-operation) or 40 (post-operation)."),
            },
            Mode = ZipPart.Text(element, "Mode") switch
            {
                null or "" or "0" => StepMode.Synchronous,
                "1" => StepMode.Asynchronous,
                var other => throw part.Error(component, $"the mode '{other}' is not 0 (synchronous) or 1 (asynchronous).", "Export the solution again."),
            },
            Rank = part.Int(element, "Rank", component) ?? 1,
            FilteringAttributes = ZipPart.List(ZipPart.Text(element, "FilteringAttributes")),
            Images = [.. images.Select(i => Image(part, i, message, component, notes))],
            UnsecureConfiguration = ZipPart.Text(element, "Configuration") is { Length: > 0 } configuration ? element.Element("Configuration")!.Value : null,
            AsyncAutoDelete = part.Flag(element, "AsyncAutoDelete", component),
            IsEnabled = part.Int(element, "StateCode", component) is null or 0,
        };

        if (StepRules.FirstProblem(step, message, table) is { } problem)
        {
            throw part.Error(problem.ImageIndex is { } index ? $"{component}, image '{step.Images[index].Alias}'" : component, problem.Problem, problem.Fix);
        }

        return step;
    }

    /// <summary>The class of an assembly-qualified type name (<c>Namespace.Class, Assembly, Version=…</c>).</summary>
    public static string ClassOf(string qualifiedName) => qualifiedName.Split(',')[0].Trim();

    // Dataverse matches an assembly by name, culture and public key token (and the major.minor version).
    private static bool SameAssembly(string built, string registered)
    {
        var a = new System.Reflection.AssemblyName(built);
        var b = new System.Reflection.AssemblyName(registered);
        return string.Equals(a.Name, b.Name, StringComparison.Ordinal)
            && a.Version == b.Version
            && string.Equals(a.CultureName ?? string.Empty, b.CultureName ?? string.Empty, StringComparison.OrdinalIgnoreCase)
            && Convert.ToHexStringLower(a.GetPublicKeyToken() ?? []) == Convert.ToHexStringLower(b.GetPublicKeyToken() ?? []);
    }

    private static TableDefinition? Table(ZipPart part, XElement element, string child, MetadataModel metadata, string component)
    {
        var name = ZipPart.Text(element, child)?.ToLowerInvariant();
        return name is null or "" or "none"
            ? null
            : metadata.FindTable(name) ?? throw part.Error(component, $"the step is registered on the table '{name}', which neither the zip nor the organization has.", $"Add the table '{name}' to the solution, or import the solution that has it first.");
    }

    private static StepImage Image(ZipPart part, XElement element, StepMessage message, string component, ImportNotes notes)
    {
        notes.Unknown(part.Name, element, ImageChildren);
        var alias = ZipPart.Text(element, "EntityAlias") is { Length: > 0 } entityAlias ? entityAlias : part.RequiredAttribute(element, "Name", component);
        var kind = ZipPart.Text(element, "ImageType") switch
        {
            "0" => ImageKind.PreImage,
            "1" => ImageKind.PostImage,
            "2" => ImageKind.Both,
            var other => throw part.Error($"{component}, image '{alias}'", $"the image type '{other}' is not 0 (pre), 1 (post) or 2 (both).", "Export the solution again."),
        };
        var property = ZipPart.Text(element, "MessagePropertyName") is { Length: > 0 } named ? named : message.ImageProperty ?? "Target";
        return new StepImage(alias, kind, ZipPart.List(ZipPart.Text(element, "Attributes")), property);
    }
}
