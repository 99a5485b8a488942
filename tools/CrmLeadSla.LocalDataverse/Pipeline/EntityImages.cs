using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// The entity images of a step: the row before the operation (pre) and after it (post), with the columns
/// the image registers (all when none). A pre image exists once the row exists (not on Create); a post
/// image only at post-operation, while the row still exists (not on Delete).
/// </summary>
internal static class EntityImages
{
    public static EntityImageCollection Pre(StepRegistration step, Entity? rowBefore) =>
        Of(step, ImageKind.PreImage, rowBefore);

    public static EntityImageCollection Post(StepRegistration step, PipelineStage stage, Entity? rowAfter) =>
        stage == PipelineStage.PostOperation ? Of(step, ImageKind.PostImage, rowAfter) : [];

    private static EntityImageCollection Of(StepRegistration step, ImageKind kind, Entity? row)
    {
        var images = new EntityImageCollection();
        if (row is null)
        {
            return images;
        }

        foreach (var image in step.Images.Where(i => i.Kind == kind || i.Kind == ImageKind.Both))
        {
            var copy = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
            foreach (var (name, value) in row.Attributes.Where(a => image.Attributes.Count == 0 || image.Attributes.Contains(a.Key, StringComparer.OrdinalIgnoreCase)))
            {
                copy[name] = Storage.RowCopy.ValueOf(value);
            }

            images[image.Alias] = copy;
        }

        return images;
    }
}
