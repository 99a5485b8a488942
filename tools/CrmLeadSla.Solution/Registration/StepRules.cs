using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Registration;

/// <summary>A registration rule a step breaks: what is wrong, the fix, and the image at fault (its index in the step's images), if any.</summary>
internal sealed record StepProblem(string Problem, string Fix, int? ImageIndex = null);

/// <summary>
/// The rules Dataverse enforces when a step is registered, for the source reader and the importer alike: asynchronous
/// only after the operation, filtering attributes on column updates only and naming columns of the step's table, images
/// only on messages that have them, no pre-image on Create, no post-image before the operation or after a Delete.
/// </summary>
internal static class StepRules
{
    public static StepProblem? FirstProblem(StepRegistration step, StepMessage message, TableDefinition? table)
    {
        if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            return new("an asynchronous step runs after the operation.", "Register the step in PostOperation (40), or make it synchronous.");
        }

        if (step.FilteringAttributes.Count > 0 && !message.HasFilteringAttributes)
        {
            return new("filtering attributes apply to Update and UpdateMultiple steps only.", "Remove the filtering attributes.");
        }

        if (ColumnProblem(table, step.FilteringAttributes, "filtering attribute") is { } filtering)
        {
            return filtering;
        }

        if (step.AsyncAutoDelete && step.Mode != StepMode.Asynchronous)
        {
            return new("only an asynchronous step leaves a system job to delete.", "Remove the automatic deletion of the system job, or make the step asynchronous.");
        }

        for (var index = 0; index < step.Images.Count; index++)
        {
            if (ImageProblem(step, step.Images[index], message, table) is { } problem)
            {
                return problem with { ImageIndex = index };
            }
        }

        return null;
    }

    private static StepProblem? ImageProblem(StepRegistration step, StepImage image, StepMessage message, TableDefinition? table)
    {
        if (message.ImageProperty is null)
        {
            return new($"the message '{message.Name}' has no entity images.", "Remove the image, or register the step on another message.");
        }

        if (image.Kind != ImageKind.PostImage && message.Name == "Create")
        {
            return new("a Create step has no pre-image: the row did not exist before.", "Use a post-image.");
        }

        if (image.Kind != ImageKind.PreImage && (message.Name == "Delete" || step.Stage != PipelineStage.PostOperation))
        {
            return new("a post-image exists only after the operation, and not after a Delete.", "Use a pre-image, or register the step in PostOperation.");
        }

        return ColumnProblem(table, image.Attributes, "image attribute");
    }

    private static StepProblem? ColumnProblem(TableDefinition? table, IReadOnlyList<string> columns, string what)
    {
        if (columns.Count > 0 && table is null)
        {
            return new($"a step on every table has no {what}s.", "Name the step's table.");
        }

        return columns.FirstOrDefault(c => table!.Column(c) is null) is { } unknown
            ? new($"the {what} '{unknown}' is not a column of '{table!.LogicalName}'.", "Correct the column name.")
            : null;
    }
}
