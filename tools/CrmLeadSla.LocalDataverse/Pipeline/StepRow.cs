using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// A plug-in step registration as Dataverse stores it: a row of <c>sdkmessageprocessingstep</c>, and what a committed
/// change of that row means for the registration (filtering attributes, rank, enabled state, unsecure configuration, name,
/// stage and mode).
/// </summary>
public static class StepRow
{
    /// <summary>The table of step registrations.</summary>
    public const string Table = "sdkmessageprocessingstep";

    /// <summary>statecode Enabled.</summary>
    public const int Enabled = 0;

    /// <summary>statecode Disabled.</summary>
    public const int Disabled = 1;

    // statuscode of each state: 1 Enabled, 2 Disabled.
    private const int StatusEnabled = 1;
    private const int StatusDisabled = 2;

    /// <summary>The row of a registered step; its id is the step's id.</summary>
    public static Entity Of(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var row = new Entity(Table, step.Id)
        {
            ["sdkmessageprocessingstepid"] = step.Id,
            ["name"] = step.Name,
            ["stage"] = new OptionSetValue((int)step.Stage),
            ["mode"] = new OptionSetValue((int)step.Mode),
            ["rank"] = step.Rank,
            ["statecode"] = new OptionSetValue(step.IsEnabled ? Enabled : Disabled),
            ["statuscode"] = new OptionSetValue(step.IsEnabled ? StatusEnabled : StatusDisabled),
        };
        if (step.FilteringAttributes.Count > 0)
        {
            row["filteringattributes"] = string.Join(",", step.FilteringAttributes);
        }

        if (step.UnsecureConfiguration is not null)
        {
            row["configuration"] = step.UnsecureConfiguration;
        }

        return row;
    }

    /// <summary>The registration as the committed <paramref name="row"/> describes it.</summary>
    public static StepRegistration Applied(StepRegistration step, Entity row)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(row);
        return step with
        {
            Name = row.GetAttributeValue<string>("name") ?? string.Empty,
            FilteringAttributes = ColumnsOf(row.GetAttributeValue<string>("filteringattributes")),
            Rank = row.GetAttributeValue<int>("rank"),
            Stage = (PipelineStage)row.GetAttributeValue<OptionSetValue>("stage").Value,
            Mode = (StepMode)row.GetAttributeValue<OptionSetValue>("mode").Value,
            UnsecureConfiguration = row.GetAttributeValue<string>("configuration"),
            IsEnabled = row.GetAttributeValue<OptionSetValue>("statecode")?.Value != Disabled,
        };
    }

    /// <summary>
    /// Why Dataverse refuses the stage and mode of <paramref name="row"/>, or null: plug-in steps run at stage 10, 20 or 40
    /// (30 is the platform's own), and only post-operation steps may be asynchronous.
    /// </summary>
    public static string? RefusedStageOrMode(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var stage = (PipelineStage)row.GetAttributeValue<OptionSetValue>("stage").Value;
        var mode = (StepMode)row.GetAttributeValue<OptionSetValue>("mode").Value;
        return stage == PipelineStage.MainOperation
            ? "A plug-in step cannot be registered in the main operation stage (30)."
            : mode == StepMode.Asynchronous && stage != PipelineStage.PostOperation
                ? "Asynchronous plug-in steps can only be registered in the post-operation stage (40)."
                : null;
    }

    // Dataverse keeps filteringattributes as a comma-separated list of logical names; empty means every column.
    private static string[] ColumnsOf(string? filteringAttributes) =>
        (filteringAttributes ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToLowerInvariant())
            .ToArray();
}
