using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>
/// An SLA agreement row: <c>new AgreementBuilder("Spring campaign").SalesOwner(userId).AcceptWithin(8).CreateIn(service)</c>.
/// Business hours 08:00–16:00 UTC, Monday to Friday; accept within 8 hours, first contact within 16, qualify within 10 days.
/// </summary>
internal sealed class AgreementBuilder(string name)
{
    private readonly Entity row = new("lsla_slaagreement")
    {
        ["lsla_name"] = name,
        ["lsla_acceptwithinhours"] = 8,
        ["lsla_firstcontactwithinhours"] = 16,
        ["lsla_qualifywithindays"] = 10,
        ["lsla_timezone"] = "UTC",
        ["lsla_workdaystart"] = 8 * 60,
        ["lsla_workdayend"] = 16 * 60,
        ["lsla_workingdays"] = new OptionSetValueCollection(Enumerable.Range(271800000, 5).Select(day => new OptionSetValue(day)).ToList()),
    };

    public AgreementBuilder SalesOwner(Guid userId) => With("lsla_salesownerid", new EntityReference("systemuser", userId));

    public AgreementBuilder SalesTeam(Guid teamId) => With("lsla_salesteamid", new EntityReference("team", teamId));

    public AgreementBuilder AcceptWithin(int hours) => With("lsla_acceptwithinhours", hours);

    public AgreementBuilder FirstContactWithin(int hours) => With("lsla_firstcontactwithinhours", hours);

    public AgreementBuilder Default() => With("lsla_isdefault", true);

    public AgreementBuilder With(string column, object? value)
    {
        row[column] = value;
        return this;
    }

    public Guid CreateIn(IOrganizationService service) => service.Create(row);
}
