using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>An agreed rejection reason: <c>new RejectionReasonBuilder("No budget", RejectionOutcome.Nurture).RecycleAfter(90).CreateIn(service)</c>.</summary>
internal sealed class RejectionReasonBuilder(string name, RejectionOutcome outcome)
{
    private readonly Entity row = new(RejectionReasonSchema.EntityName)
    {
        [RejectionReasonSchema.Name] = name,
        [RejectionReasonSchema.Code] = name.ToUpperInvariant().Replace(' ', '-'),
        [RejectionReasonSchema.Outcome] = new OptionSetValue((int)outcome),
    };

    public RejectionReasonBuilder RequiresComment() => With(RejectionReasonSchema.RequiresComment, true);

    public RejectionReasonBuilder RecycleAfter(int days) => With(RejectionReasonSchema.RecycleAfterDays, days);

    public RejectionReasonBuilder LowersGrade() => With(RejectionReasonSchema.LowersGrade, true);

    public RejectionReasonBuilder Inactive() => With(RejectionReasonSchema.IsActive, false);

    public Guid CreateIn(IOrganizationService service) => service.Create(row);

    private RejectionReasonBuilder With(string column, object value)
    {
        row[column] = value;
        return this;
    }
}
