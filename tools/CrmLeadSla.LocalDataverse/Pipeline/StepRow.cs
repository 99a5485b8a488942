using CrmLeadSla.LocalDataverse.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// A plug-in step registration as Dataverse stores it: a row of <c>sdkmessageprocessingstep</c>, and what a committed
/// change of that row means for the registration (filtering attributes, rank, enabled state, unsecure configuration, name).
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
            UnsecureConfiguration = row.GetAttributeValue<string>("configuration"),
            IsEnabled = row.GetAttributeValue<OptionSetValue>("statecode")?.Value != Disabled,
        };
    }

    // Dataverse keeps filteringattributes as a comma-separated list of logical names; empty means every column.
    private static string[] ColumnsOf(string? filteringAttributes) =>
        (filteringAttributes ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToLowerInvariant())
            .ToArray();
}
