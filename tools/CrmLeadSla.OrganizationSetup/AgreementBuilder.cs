using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.OrganizationSetup;

/// <summary>
/// An SLA agreement row as an administrator creates it:
/// <c>new AgreementBuilder("Default agreement").SalesOwner(userId).Default().CreateIn(service)</c>.
/// Unless told otherwise: business hours 08:00–16:00 UTC, Monday to Friday; accept within 8 business hours,
/// first contact within 16, qualify within 10 days.
/// </summary>
public sealed class AgreementBuilder
{
    private readonly Entity row;

    /// <summary>An agreement of the given name with the default terms.</summary>
    public AgreementBuilder(string name)
    {
        row = new Entity(SlaAgreementSchema.EntityName)
        {
            [SlaAgreementSchema.Name] = name,
            [SlaAgreementSchema.AcceptWithinHours] = 8,
            [SlaAgreementSchema.FirstContactWithinHours] = 16,
            [SlaAgreementSchema.QualifyWithinDays] = 10,
        };
        BusinessHours("UTC", 8 * 60, 16 * 60);
    }

    /// <summary>
    /// The spring campaign of a team in Berlin: Monday to Friday 08:00–17:00 (W. Europe Standard Time); hand over
    /// within 4 business hours, accept within 8, first contact within 16, qualify within 10 days, reactivate nurtured
    /// leads after 90 days, at least 3 leads a month.
    /// </summary>
    public static AgreementBuilder SpringCampaign() => new AgreementBuilder("Spring campaign")
        .BusinessHours("W. Europe Standard Time", 8 * 60, 17 * 60)
        .HandOverWithin(4)
        .With(SlaAgreementSchema.ReactivateAfterDays, 90)
        .With(SlaAgreementSchema.MinLeadsPerMonth, 3);

    /// <summary>Business hours Monday to Friday from <paramref name="startMinute"/> to <paramref name="endMinute"/> after midnight in the Windows time zone.</summary>
    public AgreementBuilder BusinessHours(string timeZone, int startMinute, int endMinute) => With(SlaAgreementSchema.TimeZone, timeZone)
        .With(SlaAgreementSchema.WorkdayStart, startMinute)
        .With(SlaAgreementSchema.WorkdayEnd, endMinute)
        .With(SlaAgreementSchema.WorkingDays, new OptionSetValueCollection(
            Enumerable.Range((int)WorkingDay.Monday, 5).Select(day => new OptionSetValue(day)).ToList()));

    /// <summary>The marketing user who owns the agreement.</summary>
    public AgreementBuilder MarketingOwner(Guid userId) => With(SlaAgreementSchema.MarketingOwnerId, new EntityReference("systemuser", userId));

    /// <summary>The sales user who owns the agreement (and receives its handed-over leads).</summary>
    public AgreementBuilder SalesOwner(Guid userId) => With(SlaAgreementSchema.SalesOwnerId, new EntityReference("systemuser", userId));

    /// <summary>The sales team the agreement's leads go to.</summary>
    public AgreementBuilder SalesTeam(Guid teamId) => With(SlaAgreementSchema.SalesTeamId, new EntityReference("team", teamId));

    /// <summary>Marketing hands a lead over within so many business hours.</summary>
    public AgreementBuilder HandOverWithin(int hours) => With(SlaAgreementSchema.HandOverWithinHours, hours);

    /// <summary>Sales accepts a handed-over lead within so many business hours.</summary>
    public AgreementBuilder AcceptWithin(int hours) => With(SlaAgreementSchema.AcceptWithinHours, hours);

    /// <summary>Sales contacts an accepted lead within so many business hours.</summary>
    public AgreementBuilder FirstContactWithin(int hours) => With(SlaAgreementSchema.FirstContactWithinHours, hours);

    /// <summary>The organization's default agreement: it governs leads no other agreement names.</summary>
    public AgreementBuilder Default() => With(SlaAgreementSchema.IsDefault, true);

    /// <summary>Sets any column of the agreement (a null value clears it).</summary>
    public AgreementBuilder With(string column, object? value)
    {
        row[column] = value;
        return this;
    }

    /// <summary>Creates the agreement through the service (as its user); returns its id.</summary>
    public Guid CreateIn(IOrganizationService service) => service.Create(row);
}
