using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Cli.Queries;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// Reads the report's tables out of an organization, page by page, in a stable order (time, then lead id; moves of one
/// lead at the same moment in the order they were written, by their row version), with
/// option values as their labels and lookups as their names — the format of docs/report-csv.md.
/// </summary>
public static class OrganizationExport
{
    private const string Marketing = "Marketing";

    /// <summary>The export tables of the organization the service reaches.</summary>
    public static ReportTables Tables(IOrganizationService service)
    {
        var leads = AllRows.Of(service, LeadSchema.EntityName, ["fullname", "createdon", LeadSchema.FunnelStage, LeadSchema.Grade, LeadSchema.BehaviorScore, LeadSchema.LeadIndex, "ownerid", "companyname"], "createdon", LeadSchema.Id)
            .Select(l => new LeadRow(
                Id(l.Id), l.GetAttributeValue<string>("fullname") ?? string.Empty, l.GetAttributeValue<DateTime>("createdon"), Label(l, LeadSchema.FunnelStage), Label(l, LeadSchema.Grade),
                l.GetAttributeValue<int>(LeadSchema.BehaviorScore), l.GetAttributeValue<string>(LeadSchema.LeadIndex) ?? string.Empty, NameOf(l, "ownerid"),
                l.GetAttributeValue<string>("companyname") ?? string.Empty))
            .ToList();
        var transitions = AllRows.Of(service, StageTransitionSchema.EntityName, [StageTransitionSchema.LeadId, StageTransitionSchema.FromStage, StageTransitionSchema.ToStage, StageTransitionSchema.ChangedOn, StageTransitionSchema.ChangedBy, StageTransitionSchema.RejectionReasonId], StageTransitionSchema.ChangedOn, StageTransitionSchema.LeadId, "versionnumber")
            .Select(t => new TransitionRow(
                Id(t.GetAttributeValue<EntityReference>(StageTransitionSchema.LeadId).Id), Label(t, StageTransitionSchema.FromStage), Label(t, StageTransitionSchema.ToStage),
                t.GetAttributeValue<DateTime>(StageTransitionSchema.ChangedOn), NameOf(t, StageTransitionSchema.ChangedBy), NameOf(t, StageTransitionSchema.RejectionReasonId)))
            .ToList();
        var owners = leads.ToDictionary(l => l.LeadId, l => l.Owner, StringComparer.Ordinal);
        var clocks = AllRows.Of(service, SlaClockSchema.EntityName, [SlaClockSchema.LeadId, SlaClockSchema.Kind, SlaClockSchema.DueOn, SlaClockSchema.Status, SlaClockSchema.CompletedOn, SlaClockSchema.OpenResponsibleUserId, SlaClockSchema.CloseResponsibleUserId, SlaClockSchema.PausedMinutes], SlaClockSchema.DueOn, SlaClockSchema.LeadId)
            .Select(c =>
            {
                var leadId = Id(c.GetAttributeValue<EntityReference>(SlaClockSchema.LeadId).Id);
                // Marketing promises the hand-over; every later clock is the promise of the sales user the clock holds
                // responsible (at its close, else at its open), so a lead that later went back to marketing keeps its
                // sales clocks with the rep who had them. Clocks written before responsibility was recorded fall back
                // to the lead's owner.
                var team = c.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind)?.Value == (int)SlaKind.HandOver
                    ? Marketing
                    : FirstName(NameOf(c, SlaClockSchema.CloseResponsibleUserId), NameOf(c, SlaClockSchema.OpenResponsibleUserId), owners.GetValueOrDefault(leadId, string.Empty));
                return new ClockRow(Id(c.Id), leadId, Label(c, SlaClockSchema.Kind), team, c.GetAttributeValue<DateTime>(SlaClockSchema.DueOn), Label(c, SlaClockSchema.Status), c.GetAttributeValue<DateTime?>(SlaClockSchema.CompletedOn),
                    c.GetAttributeValue<int>(SlaClockSchema.PausedMinutes));
            })
            .ToList();
        var agreements = AllRows.Of(service, SlaAgreementSchema.EntityName, [SlaAgreementSchema.Name, SlaAgreementSchema.MinLeadsPerMonth, SlaAgreementSchema.TimeZone], SlaAgreementSchema.Name, SlaAgreementSchema.Id)
            .Select(a => new AgreementRow(
                a.GetAttributeValue<string>(SlaAgreementSchema.Name) ?? string.Empty, a.GetAttributeValue<int>(SlaAgreementSchema.MinLeadsPerMonth), a.GetAttributeValue<string>(SlaAgreementSchema.TimeZone) ?? string.Empty))
            .ToList();
        return new ReportTables(leads, transitions, clocks, agreements);
    }

    /// <summary>The label of an option set column as the row's formatted values give it, or empty.</summary>
    public static string Label(Entity row, string column) =>
        row.FormattedValues.TryGetValue(column, out var label) ? label : string.Empty;

    private static string NameOf(Entity row, string column) => row.GetAttributeValue<EntityReference>(column)?.Name ?? string.Empty;

    private static string FirstName(params string[] names) => names.FirstOrDefault(n => n.Length > 0) ?? string.Empty;

    private static string Id(Guid id) => id.ToString("D");
}
