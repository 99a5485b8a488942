using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Source;

/// <summary>Reads a plug-in assembly file (PluginAssemblies/&lt;assembly&gt;.xml): the assembly, its types and the steps of each type.</summary>
internal static class PluginAssemblyReader
{
    public static PluginAssemblyDefinition Read(SourceFile file, MetadataModel metadata)
    {
        file.ExpectRoot("pluginassembly");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "name", "isolationmode");
        Vocabulary.AllowChildren(file, root, "plugintype");
        var name = file.RequiredFileName(root, "assembly");

        var types = new List<PluginTypeDefinition>();
        var steps = new List<StepRegistration>();
        foreach (var element in root.Elements("plugintype"))
        {
            Vocabulary.AllowOnly(file, element, "name", "friendlyname", "workflowactivitygroup");
            Vocabulary.AllowChildren(file, element, "step");
            var typeName = file.Required(element, "name");
            if (types.Any(t => t.TypeName == typeName))
            {
                throw file.Error(element, $"the plug-in type '{typeName}' is declared twice.", "Keep one <plugintype> and put all its steps in it.");
            }

            var workflowGroup = SourceFile.Optional(element, "workflowactivitygroup");
            if (workflowGroup is not null && element.Elements("step").Any())
            {
                throw file.Error(element, "a workflow activity has no steps; workflows run it.", "Remove the steps, or remove workflowactivitygroup.");
            }

            types.Add(new PluginTypeDefinition(typeName, SourceFile.Optional(element, "friendlyname") ?? typeName) { WorkflowActivityGroupName = workflowGroup });
            foreach (var step in element.Elements("step"))
            {
                var registration = ReadStep(file, step, typeName, metadata);
                if (steps.Any(s => s.Id == registration.Id))
                {
                    throw file.Error(step, $"the step id {registration.Id} is used twice.", "Give the step a new id.");
                }

                // The solution checker's meta-remove-dup-reg: the same plug-in twice on one event runs it twice.
                if (steps.Any(s => s.PluginTypeName == typeName && s.Message == registration.Message && s.PrimaryEntity == registration.PrimaryEntity && s.Stage == registration.Stage && s.Mode == registration.Mode))
                {
                    throw file.Error(step, $"'{typeName}' is already registered on {registration.Message} of '{registration.PrimaryEntity ?? "every table"}' in {registration.Stage}.", "Remove the duplicate step, or merge its filtering attributes and images into the other one.");
                }

                steps.Add(registration);
            }
        }

        return new PluginAssemblyDefinition(name, file.Choice(root, "isolationmode", IsolationMode.Sandbox), types, steps);
    }

    private static StepRegistration ReadStep(SourceFile file, XElement element, string typeName, MetadataModel metadata)
    {
        Vocabulary.AllowOnly(file, element, "id", "name", "message", "entity", "secondaryentity", "stage", "mode", "rank", "filteringattributes", "runas", "enabled", "asyncautodelete");
        Vocabulary.AllowChildren(file, element, "image", "unsecureconfiguration", "secureconfiguration");
        var messageName = file.Required(element, "message");
        var message = StepMessages.Named(messageName)
            ?? throw file.Error(element, $"the message '{messageName}' is not one the solution can register on.", $"Use one of: {string.Join(", ", StepMessages.Names)} (names are case-sensitive).");

        var entityName = SourceFile.Optional(element, "entity");
        var entity = entityName is null ? null : metadata.FindTable(entityName)
            ?? throw file.Error(element, $"the table '{entityName}' does not exist.", "Correct the entity name, or add the table to Tables/.");
        var secondary = SourceFile.Optional(element, "secondaryentity");
        if (secondary is not null && metadata.FindTable(secondary) is null)
        {
            throw file.Error(element, $"the secondary table '{secondary}' does not exist.", "Correct the secondaryentity name.");
        }

        var images = element.Elements("image").ToList();
        var step = new StepRegistration
        {
            Id = file.RequiredGuid(element, "id"),
            Name = file.Required(element, "name"),
            PluginTypeName = typeName,
            Message = message.Name,
            PrimaryEntity = entity?.LogicalName,
            SecondaryEntity = secondary,
            Stage = ReadStage(file, element),
            Mode = file.Choice(element, "mode", StepMode.Synchronous),
            Rank = file.OptionalInt(element, "rank") ?? 1,
            FilteringAttributes = SourceFile.List(element, "filteringattributes"),
            Images = images.Select(i => ReadImage(file, i, message)).ToList(),
            UnsecureConfiguration = element.Element("unsecureconfiguration")?.Value,
            SecureConfiguration = element.Element("secureconfiguration")?.Value,
            RunAsUserId = SourceFile.Optional(element, "runas") is null ? null : file.RequiredGuid(element, "runas"),
            IsEnabled = file.Flag(element, "enabled", true),
            AsyncAutoDelete = file.Flag(element, "asyncautodelete", false),
        };

        return StepRules.FirstProblem(step, message, entity) is { } problem
            ? throw file.Error(problem.ImageIndex is { } index ? images[index] : element, problem.Problem, problem.Fix)
            : step;
    }

    private static PipelineStage ReadStage(SourceFile file, XElement element)
    {
        var text = file.Required(element, "stage");
        var stage = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? (PipelineStage?)number
            : Enum.TryParse<PipelineStage>(text, ignoreCase: true, out var named) ? named
            : null;
        return stage is PipelineStage.PreValidation or PipelineStage.PreOperation or PipelineStage.PostOperation
            ? stage.Value
            : throw file.Error(element, $"the stage '{text}' is not a stage a step can be registered in.", "Use PreValidation (10), PreOperation (20) or PostOperation (40); the main operation (30) belongs to the platform.");
    }

    private static StepImage ReadImage(SourceFile file, XElement element, StepMessage message)
    {
        Vocabulary.AllowOnly(file, element, "alias", "type", "attributes", "messageproperty");
        var kind = file.RequiredChoice<ImageKind>(element, "type");
        return new StepImage(file.Required(element, "alias"), kind, SourceFile.List(element, "attributes"), SourceFile.Optional(element, "messageproperty") ?? message.ImageProperty ?? "Target");
    }
}
