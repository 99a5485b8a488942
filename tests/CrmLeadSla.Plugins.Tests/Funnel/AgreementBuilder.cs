using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>
/// An SLA agreement row: <c>new AgreementBuilder("Spring campaign").SalesOwner(userId).AcceptWithin(8).CreateIn(service)</c>.
/// Business hours 08:00–16:00 UTC, Monday to Friday; accept within 8 hours, first contact within 16, qualify within 10 days.
/// </summary>
internal sealed class AgreementBuilder(string name)
{
    private readonly Entity row = new(SlaAgreementSchema.EntityName)
    {
        [SlaAgreementSchema.Name] = name,
        [SlaAgreementSchema.AcceptWithinHours] = 8,
        [SlaAgreementSchema.FirstContactWithinHours] = 16,
        [SlaAgreementSchema.QualifyWithinDays] = 10,
        [SlaAgreementSchema.TimeZone] = "UTC",
        [SlaAgreementSchema.WorkdayStart] = 8 * 60,
        [SlaAgreementSchema.WorkdayEnd] = 16 * 60,
        [SlaAgreementSchema.WorkingDays] = new OptionSetValueCollection(Enumerable.Range((int)WorkingDay.Monday, 5).Select(day => new OptionSetValue(day)).ToList()),
    };

    public AgreementBuilder SalesOwner(Guid userId) => With(SlaAgreementSchema.SalesOwnerId, new EntityReference("systemuser", userId));

    public AgreementBuilder SalesTeam(Guid teamId) => With(SlaAgreementSchema.SalesTeamId, new EntityReference("team", teamId));

    public AgreementBuilder AcceptWithin(int hours) => With(SlaAgreementSchema.AcceptWithinHours, hours);

    public AgreementBuilder FirstContactWithin(int hours) => With(SlaAgreementSchema.FirstContactWithinHours, hours);

    public AgreementBuilder Default() => With(SlaAgreementSchema.IsDefault, true);

    public AgreementBuilder With(string column, object? value)
    {
        row[column] = value;
        return this;
    }

    public Guid CreateIn(IOrganizationService service) => service.Create(row);
}
