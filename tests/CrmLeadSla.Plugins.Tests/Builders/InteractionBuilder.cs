using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Builders;

/// <summary>
/// A marketing touch of a lead: <c>new InteractionBuilder(leadId).Of(InteractionType.WebinarAttendance).At(time).CreateIn(service)</c>.
/// Without <see cref="At"/> it occurred at <see cref="SolutionScenario.Start"/>.
/// </summary>
internal sealed class InteractionBuilder(Guid leadId)
{
    private InteractionType type = InteractionType.WebsiteVisit;
    private DateTime occurredOn = SolutionScenario.Start;
    private string? url;

    public InteractionBuilder Of(InteractionType interactionType)
    {
        type = interactionType;
        return this;
    }

    public InteractionBuilder At(DateTime moment)
    {
        occurredOn = moment;
        return this;
    }

    public InteractionBuilder Url(string address)
    {
        url = address;
        return this;
    }

    /// <summary>The row, not yet created.</summary>
    public Entity Build()
    {
        var row = new Entity(InteractionSchema.EntityName)
        {
            [InteractionSchema.Subject] = type.ToString(),
            [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, leadId),
            [InteractionSchema.InteractionType] = new OptionSetValue((int)type),
            [InteractionSchema.OccurredOn] = occurredOn,
        };
        if (url != null)
        {
            row[InteractionSchema.Url] = url;
        }

        return row;
    }

    public Guid CreateIn(IOrganizationService service) => service.Create(Build());
}
