using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// Plug-in assemblies with their types (&lt;SolutionPluginAssemblies&gt;) and the steps registered on those types
/// (&lt;SdkMessageProcessingSteps&gt;) with message, table, stage, mode, rank, filtering attributes and images.
/// </summary>
internal sealed class PluginRegistrationXml(string introducedVersion)
{
    // sdkmessageprocessingstep.eventhandlertypecode of a plug-in type.
    private const string PluginTypeHandler = "4602";

    public XElement Assembly(PluginAssemblyDefinition definition, EmbeddedAssembly embedded) =>
        new("PluginAssembly",
            new XAttribute("FullName", embedded.Assembly.FullName),
            new XAttribute("PluginAssemblyId", embedded.Id.ToString("D")),
            new XAttribute("CustomizationLevel", "1"),
            new XElement("IsolationMode", ((int)definition.IsolationMode).ToString(CultureInfo.InvariantCulture)),
            // 0: the assembly is stored in the database, as the sandbox requires.
            new XElement("SourceType", "0"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("FileName", "/" + embedded.PathInZip),
            new XElement("PluginTypes", definition.Types.OrderBy(t => t.TypeName, StringComparer.Ordinal).Select(t => Type(t, embedded))));

    public XElement Step(StepRegistration step, EmbeddedAssembly embedded)
    {
        if (step.RunAsUserId is not null)
        {
            throw new PackagingException(
                $"the step '{step.Name}' runs as the user {step.RunAsUserId}, whose id differs in every organization.",
                "Leave runas out (the step runs as the calling user) and use the system service inside the plug-in where it needs more rights.");
        }

        if (!step.IsEnabled)
        {
            throw new PackagingException(
                $"the step '{step.Name}' is disabled, but a solution carries no step state: it would be imported enabled.",
                "Remove the step from the source, or enable it.");
        }

        // The platform resolves a step's message only from its id (the same in every organization): without it the import fails.
        var messageId = StepMessages.Named(step.Message)?.SdkMessageId ?? throw new PackagingException(
            $"the step '{step.Name}' is registered on {step.Message}, whose platform SdkMessageId the packer does not know; the import would refuse the step.",
            $"Register the step on one of {string.Join(", ", StepMessages.NamesWithIds)}, or add the message's id (sdkmessages?$filter=name eq '{step.Message}' in any organization) to StepMessages.");
        return new XElement("SdkMessageProcessingStep",
            new XAttribute("Name", step.Name),
            new XAttribute("SdkMessageProcessingStepId", "{" + step.Id.ToString("D") + "}"),
            new XElement("PluginTypeName", embedded.Assembly.QualifiedTypeName(step.PluginTypeName)),
            new XElement("PluginTypeId", embedded.TypeId(step.PluginTypeName).ToString("D")),
            step.PrimaryEntity is null ? null : new XElement("PrimaryEntity", step.PrimaryEntity),
            step.SecondaryEntity is null ? null : new XElement("SecondaryEntity", step.SecondaryEntity),
            new XElement("AsyncAutoDelete", step.AsyncAutoDelete ? "1" : "0"),
            // Secure configuration stays in the organization it was entered in; solutions never carry it.
            step.UnsecureConfiguration is null ? null : new XElement("Configuration", step.UnsecureConfiguration),
            step.FilteringAttributes.Count == 0 ? null : new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
            new XElement("InvocationSource", "0"),
            new XElement("Mode", ((int)step.Mode).ToString(CultureInfo.InvariantCulture)),
            new XElement("Rank", step.Rank.ToString(CultureInfo.InvariantCulture)),
            new XElement("SdkMessageId", messageId.ToString("D")),
            new XElement("EventHandlerTypeCode", PluginTypeHandler),
            new XElement("Stage", ((int)step.Stage).ToString(CultureInfo.InvariantCulture)),
            new XElement("IsCustomizable", "1"),
            new XElement("IsHidden", "0"),
            // 0: runs on the server only.
            new XElement("SupportedDeployment", "0"),
            new XElement("IntroducedVersion", introducedVersion),
            step.Images.Count == 0 ? null : new XElement("SdkMessageProcessingStepImages", step.Images.Select(i => Image(step, i))));
    }

    private static XElement Type(PluginTypeDefinition type, EmbeddedAssembly embedded) =>
        new("PluginType",
            new XAttribute("AssemblyQualifiedName", embedded.Assembly.QualifiedTypeName(type.TypeName)),
            new XAttribute("PluginTypeId", embedded.TypeId(type.TypeName).ToString("D")),
            new XAttribute("Name", type.TypeName),
            new XElement("FriendlyName", type.FriendlyName),
            type.WorkflowActivityGroupName is null ? null : new XElement("WorkflowActivityGroupName", type.WorkflowActivityGroupName));

    private XElement Image(StepRegistration step, StepImage image) =>
        new("SdkMessageProcessingStepImage",
            new XAttribute("Name", image.Alias),
            new XElement("SdkMessageProcessingStepImageId", ComponentIds.For("sdkmessageprocessingstepimage", step.Id.ToString("D") + "/" + image.Alias).ToString("D")),
            image.Attributes.Count == 0 ? null : new XElement("Attributes", string.Join(",", image.Attributes)),
            new XElement("EntityAlias", image.Alias),
            new XElement("ImageType", ((int)image.Kind).ToString(CultureInfo.InvariantCulture)),
            new XElement("MessagePropertyName", image.MessagePropertyName),
            new XElement("IsCustomizable", "1"),
            new XElement("IntroducedVersion", introducedVersion));
}
