using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel;
using System.Text;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Tests.Funnel;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.WebApi;
using CrmLeadSla.WebApi.Tests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Reliability.Tests.Security;

/// <summary>
/// The measurement tried as the people it measures would try it — every measured lead column, every clock kind, the
/// history, by sales and by marketing, through the organization service and through the Web API (on behalf of the user,
/// MSCRMCallerID): each attempt is refused and leaves the lead's measured columns, clocks and history as they were.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class MeasurementTamperTests
{
    private static readonly DateTime Later = new(2027, 1, 4, 8, 0, 0, DateTimeKind.Utc);

    private readonly FunnelScenario scenario = new();

    public static TheoryData<string> MeasuredColumns => [.. CrmLeadSla.Plugins.Funnel.MeasuredColumns.All];

    // The agreement of a lead not yet handed over is marketing's to choose.
    public static TheoryData<string> MeasuredColumnsButTheAgreement => [.. CrmLeadSla.Plugins.Funnel.MeasuredColumns.All.Where(c => c != LeadSchema.SlaAgreementId)];

    public static TheoryData<SlaKind, string> ClocksAndRoles => new()
    {
        { SlaKind.Accept, LeadSlaRoles.Sales },
        { SlaKind.Accept, LeadSlaRoles.Marketing },
        { SlaKind.FirstContact, LeadSlaRoles.Sales },
        { SlaKind.FirstContact, LeadSlaRoles.Marketing },
        { SlaKind.Qualify, LeadSlaRoles.Sales },
        { SlaKind.Qualify, LeadSlaRoles.Marketing },
    };

    public static TheoryData<string> Roles => [LeadSlaRoles.Sales, LeadSlaRoles.Marketing];

    public static TheoryData<SlaKind> ClockKinds => [SlaKind.Accept, SlaKind.FirstContact, SlaKind.Qualify];

    // Who answered for a clock, each column tried by the measured parties and by the agreement's administrator.
    public static TheoryData<string, string> ResponsibilityColumnsAndRoles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var column in ResponsibilityColumns)
            {
                foreach (var role in new[] { LeadSlaRoles.Sales, LeadSlaRoles.Marketing, LeadSlaRoles.Administrator })
                {
                    data.Add(column, role);
                }
            }

            return data;
        }
    }

    private static readonly string[] ResponsibilityColumns =
    [
        SlaClockSchema.OpenResponsibleUserId, SlaClockSchema.OpenResponsibleTeamId, SlaClockSchema.CloseResponsibleUserId, SlaClockSchema.CloseResponsibleTeamId,
    ];

    private readonly Guid administratorId;

    private readonly Guid teamId;

    public MeasurementTamperTests()
    {
        administratorId = new TeamMembers(scenario.Installed).Administrator();
        teamId = scenario.Organization.CreateTeam("Inside sales", null, scenario.OtherSalesUserId);
    }

    [Theory]
    [MemberData(nameof(MeasuredColumns))]
    public void Sales_cannot_change_a_measured_column_of_its_own_lead(string column)
    {
        var lead = scenario.AcceptedLead();
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Update(Tampered(lead, column)));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(MeasuredColumns))]
    public async Task Sales_cannot_change_a_measured_column_of_its_own_lead_through_the_web_api(string column)
    {
        var lead = scenario.AcceptedLead();
        var before = Measurement(lead);

        await Refused(scenario.SalesUserId, HttpMethod.Patch, $"leads({lead})", WebApiBody(column));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(MeasuredColumnsButTheAgreement))]
    public void Marketing_cannot_set_a_measured_column_of_a_lead_it_still_owns(string column)
    {
        var lead = scenario.NewLead();
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Marketing.Update(Tampered(lead, column)));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(MeasuredColumnsButTheAgreement))]
    public async Task Marketing_cannot_set_a_measured_column_of_a_lead_it_still_owns_through_the_web_api(string column)
    {
        var lead = scenario.NewLead();
        var before = Measurement(lead);

        await Refused(scenario.MarketingUserId, HttpMethod.Patch, $"leads({lead})", WebApiBody(column));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(MeasuredColumns))]
    public void Marketing_cannot_change_a_measured_column_of_a_lead_it_handed_over(string column)
    {
        var lead = scenario.HandedOverLead();
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Marketing.Update(Tampered(lead, column)));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(ClocksAndRoles))]
    public void No_measured_party_can_move_close_or_delete_a_clock(SlaKind kind, string role)
    {
        var (lead, clock) = LeadWithClock(kind);
        var service = scenario.Organization.ServiceFor(UserOf(role));
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity(SlaClockSchema.EntityName, clock) { [SlaClockSchema.DueOn] = Later }));
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity(SlaClockSchema.EntityName, clock)
        {
            [SlaClockSchema.Status] = new OptionSetValue((int)SlaClockState.Cancelled),
        }));
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Delete(SlaClockSchema.EntityName, clock));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(ClocksAndRoles))]
    public async Task No_measured_party_can_move_close_or_delete_a_clock_through_the_web_api(SlaKind kind, string role)
    {
        var (lead, clock) = LeadWithClock(kind);
        var before = Measurement(lead);

        await Refused(UserOf(role), HttpMethod.Patch, RowAddress(SlaClockSchema.EntityName, clock), $"{{\"{SlaClockSchema.DueOn}\":\"{Later:yyyy-MM-ddTHH:mm:ssZ}\",\"{SlaClockSchema.Status}\":{(int)SlaClockState.Cancelled}}}");
        await Refused(UserOf(role), HttpMethod.Delete, RowAddress(SlaClockSchema.EntityName, clock), null);

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void No_measured_party_can_rewrite_or_delete_the_stage_history(string role)
    {
        var lead = scenario.AcceptedLead();
        var service = scenario.Organization.ServiceFor(UserOf(role));
        var row = scenario.History(lead)[^1].Id;
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity(StageTransitionSchema.EntityName, row) { [StageTransitionSchema.ChangedOn] = Later }));
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Delete(StageTransitionSchema.EntityName, row));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task No_measured_party_can_rewrite_or_delete_the_stage_history_through_the_web_api(string role)
    {
        var lead = scenario.AcceptedLead();
        var row = scenario.History(lead)[^1].Id;
        var before = Measurement(lead);

        await Refused(UserOf(role), HttpMethod.Patch, RowAddress(StageTransitionSchema.EntityName, row), $"{{\"{StageTransitionSchema.ChangedOn}\":\"{Later:yyyy-MM-ddTHH:mm:ssZ}\"}}");
        await Refused(UserOf(role), HttpMethod.Delete, RowAddress(StageTransitionSchema.EntityName, row), null);

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(ResponsibilityColumnsAndRoles))]
    public void No_one_but_the_solution_can_rewrite_who_was_responsible_for_a_clock(string column, string role)
    {
        var (lead, clock) = LeadWithClock(SlaKind.Accept);
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Organization.ServiceFor(UserOf(role)).Update(new Entity(SlaClockSchema.EntityName, clock)
        {
            [column] = column.EndsWith("teamid", StringComparison.Ordinal) ? new EntityReference("team", teamId) : new EntityReference("systemuser", scenario.OtherSalesUserId),
        }));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(ResponsibilityColumnsAndRoles))]
    public async Task No_one_but_the_solution_can_rewrite_who_was_responsible_for_a_clock_through_the_web_api(string column, string role)
    {
        var (lead, clock) = LeadWithClock(SlaKind.Accept);
        var before = Measurement(lead);
        var bound = column.EndsWith("teamid", StringComparison.Ordinal) ? $"/teams({teamId})" : $"/systemusers({scenario.OtherSalesUserId})";

        await Refused(UserOf(role), HttpMethod.Patch, RowAddress(SlaClockSchema.EntityName, clock), $"{{\"{column}@odata.bind\":\"{bound}\"}}");

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(MeasuredColumns))]
    public void The_agreements_administrator_cannot_change_a_measured_column(string column)
    {
        var lead = scenario.AcceptedLead();
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Organization.ServiceFor(administratorId).Update(Tampered(lead, column)));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(MeasuredColumns))]
    public async Task The_agreements_administrator_cannot_change_a_measured_column_through_the_web_api(string column)
    {
        var lead = scenario.AcceptedLead();
        var before = Measurement(lead);

        await Refused(administratorId, HttpMethod.Patch, $"leads({lead})", WebApiBody(column));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(ClockKinds))]
    public void The_agreements_administrator_cannot_move_or_close_a_clock(SlaKind kind)
    {
        var (lead, clock) = LeadWithClock(kind);
        var service = scenario.Organization.ServiceFor(administratorId);
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity(SlaClockSchema.EntityName, clock) { [SlaClockSchema.DueOn] = Later }));
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(new Entity(SlaClockSchema.EntityName, clock)
        {
            [SlaClockSchema.Status] = new OptionSetValue((int)SlaClockState.Cancelled),
        }));

        Assert.Equal(before, Measurement(lead));
    }

    [Theory]
    [MemberData(nameof(ClockKinds))]
    public async Task The_agreements_administrator_cannot_move_or_close_a_clock_through_the_web_api(SlaKind kind)
    {
        var (lead, clock) = LeadWithClock(kind);
        var before = Measurement(lead);

        await Refused(administratorId, HttpMethod.Patch, RowAddress(SlaClockSchema.EntityName, clock), $"{{\"{SlaClockSchema.DueOn}\":\"{Later:yyyy-MM-ddTHH:mm:ssZ}\",\"{SlaClockSchema.Status}\":{(int)SlaClockState.Cancelled}}}");

        Assert.Equal(before, Measurement(lead));
    }

    [Fact]
    public void The_agreements_administrator_cannot_rewrite_the_stage_history()
    {
        var lead = scenario.AcceptedLead();
        var row = scenario.History(lead)[^1].Id;
        var before = Measurement(lead);

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Organization.ServiceFor(administratorId).Update(new Entity(StageTransitionSchema.EntityName, row) { [StageTransitionSchema.ChangedOn] = Later }));

        Assert.Equal(before, Measurement(lead));
    }

    [Fact]
    public async Task The_agreements_administrator_cannot_rewrite_the_stage_history_through_the_web_api()
    {
        var lead = scenario.AcceptedLead();
        var row = scenario.History(lead)[^1].Id;
        var before = Measurement(lead);

        await Refused(administratorId, HttpMethod.Patch, RowAddress(StageTransitionSchema.EntityName, row), $"{{\"{StageTransitionSchema.ChangedOn}\":\"{Later:yyyy-MM-ddTHH:mm:ssZ}\"}}");

        Assert.Equal(before, Measurement(lead));
    }

    [Fact]
    public void A_rep_cannot_pin_a_breach_on_a_colleague_by_reassigning_the_lead_after_the_deadline()
    {
        var lead = scenario.HandedOverLead();
        scenario.Organization.Clock.Set(Clock(lead, SlaKind.Accept).GetAttributeValue<DateTime>(SlaClockSchema.DueOn).AddHours(1));

        scenario.Sales.Update(new Entity(LeadSchema.EntityName, lead) { ["ownerid"] = new EntityReference("systemuser", scenario.OtherSalesUserId) });

        Assert.Equal(scenario.SalesUserId, Clock(lead, SlaKind.Accept).GetAttributeValue<EntityReference>(SlaClockSchema.CloseResponsibleUserId)?.Id);
    }

    [Fact]
    public async Task A_rep_cannot_pin_a_breach_on_a_colleague_by_reassigning_the_lead_after_the_deadline_through_the_web_api()
    {
        var lead = scenario.HandedOverLead();
        scenario.Organization.Clock.Set(Clock(lead, SlaKind.Accept).GetAttributeValue<DateTime>(SlaClockSchema.DueOn).AddHours(1));

        var (status, _) = await OnBehalfOf(scenario.SalesUserId, HttpMethod.Patch, $"leads({lead})", $"{{\"ownerid@odata.bind\":\"/systemusers({scenario.OtherSalesUserId})\"}}");

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(scenario.OtherSalesUserId, scenario.Lead(lead).GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(SlaClockState.Breached, scenario.Clocks(lead)[SlaKind.Accept]);
        Assert.Equal(scenario.SalesUserId, Clock(lead, SlaKind.Accept).GetAttributeValue<EntityReference>(SlaClockSchema.CloseResponsibleUserId)?.Id);
    }

    [Fact]
    public async Task Marketing_cannot_delete_or_change_an_interaction_of_a_lead_it_handed_over_through_the_web_api()
    {
        var lead = scenario.NewLead();
        var interaction = scenario.Marketing.Create(new Entity(InteractionSchema.EntityName)
        {
            [InteractionSchema.Subject] = "Webinar",
            [InteractionSchema.InteractionType] = new OptionSetValue((int)InteractionType.WebinarAttendance),
            [InteractionSchema.OccurredOn] = FunnelScenario.Start,
            [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, lead),
        });
        LeadJourney.Move(scenario.Marketing, lead, FunnelStage.Mql);
        var before = scenario.Lead(lead).GetAttributeValue<int>(LeadSchema.BehaviorScore);

        await Refused(scenario.MarketingUserId, HttpMethod.Patch, RowAddress(InteractionSchema.EntityName, interaction), $"{{\"{InteractionSchema.OccurredOn}\":\"{Later:yyyy-MM-ddTHH:mm:ssZ}\"}}");
        await Refused(scenario.MarketingUserId, HttpMethod.Delete, RowAddress(InteractionSchema.EntityName, interaction), null);

        Assert.Equal(FunnelScenario.Start, scenario.System.Retrieve(InteractionSchema.EntityName, interaction, new ColumnSet(InteractionSchema.OccurredOn)).GetAttributeValue<DateTime>(InteractionSchema.OccurredOn));
        Assert.Equal(before, scenario.Lead(lead).GetAttributeValue<int>(LeadSchema.BehaviorScore));
    }

    [Fact]
    public void A_late_accept_is_breached_whatever_the_rep_tried_on_the_lead_before()
    {
        var lead = scenario.HandedOverLead();
        var due = Clock(lead, SlaKind.Accept).GetAttributeValue<DateTime>(SlaClockSchema.DueOn);
        foreach (var column in CrmLeadSla.Plugins.Funnel.MeasuredColumns.All)
        {
            Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Update(Tampered(lead, column)));
        }

        scenario.Organization.Clock.Set(due.AddHours(1));
        LeadJourney.Move(scenario.Sales, lead, FunnelStage.Sal);

        Assert.Equal(SlaClockState.Breached, scenario.Clocks(lead)[SlaKind.Accept]);
    }

    [Fact]
    public void Column_security_refuses_a_rep_the_agreement_of_a_lead_the_funnel_would_let_it_choose()
    {
        var lead = scenario.Sales.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger", ["subject"] = "Interested" });
        var other = new AgreementBuilder("Other agreement").CreateIn(scenario.System);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Update(new Entity(LeadSchema.EntityName, lead)
        {
            [LeadSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, other),
        }));

        Assert.Equal(unchecked((int)0x8004F507), fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_measured_party_whose_profile_opens_the_measured_columns_by_mistake_is_still_refused_by_the_funnel()
    {
        var lead = scenario.AcceptedLead();
        var everything = new FieldSecurityProfileDefinition(Guid.NewGuid(), "Everything", [.. CrmLeadSla.Plugins.Funnel.MeasuredColumns.All.Select(c => new FieldPermission(LeadSchema.EntityName, c, true, true, true))]);
        scenario.Organization.Security.AddFieldSecurityProfile(everything);
        scenario.Organization.Security.AddFieldSecurityProfileMember(everything.Id, scenario.SalesUserId);
        var before = Measurement(lead);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Sales.Update(Tampered(lead, LeadSchema.AcceptDueOn)));

        Assert.StartsWith("Sales cannot change Accept Due On (lsla_acceptdueon): these columns measure the agreement", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(before, Measurement(lead));
    }

    [Fact]
    public void A_german_rep_is_refused_in_german()
    {
        var lead = scenario.AcceptedLead();
        var everything = new FieldSecurityProfileDefinition(Guid.NewGuid(), "Everything", [.. CrmLeadSla.Plugins.Funnel.MeasuredColumns.All.Select(c => new FieldPermission(LeadSchema.EntityName, c, true, true, true))]);
        scenario.Organization.Security.AddFieldSecurityProfile(everything);
        var german = scenario.Installed.CreateUser("Sepp Vertrieb", LeadSlaRoles.Sales, 1031);
        scenario.Organization.Security.AddFieldSecurityProfileMember(everything.Id, german);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => scenario.Organization.ServiceFor(german).Update(Tampered(lead, LeadSchema.AcceptDueOn)));

        Assert.StartsWith("Der Vertrieb kann Annahme fällig am (lsla_acceptdueon) nicht ändern: Diese Spalten messen die Vereinbarung", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_system_administrators_correction_is_saved_and_recorded_in_the_history()
    {
        var lead = scenario.AcceptedLead();
        var admin = scenario.Organization.ServiceFor(scenario.Organization.AdminUserId);

        admin.Update(Tampered(lead, LeadSchema.FirstContactDueOn));

        var correction = scenario.History(lead)[^1];
        Assert.Equal(Later, scenario.Lead(lead).GetAttributeValue<DateTime>(LeadSchema.FirstContactDueOn));
        Assert.Equal(
            ("Correction: SAL", scenario.Organization.AdminUserId),
            (correction.GetAttributeValue<string>(StageTransitionSchema.Name), correction.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy).Id));
        Assert.EndsWith("→ 2027-01-04 08:00 UTC", correction.GetAttributeValue<string>(StageTransitionSchema.Comment), StringComparison.Ordinal);
    }

    private Guid UserOf(string role) => role == LeadSlaRoles.Sales ? scenario.SalesUserId : role == LeadSlaRoles.Marketing ? scenario.MarketingUserId : administratorId;

    // A lead with an open clock of the kind: the hand-over opens accept and first contact, the accept opens qualify.
    private (Guid Lead, Guid Clock) LeadWithClock(SlaKind kind)
    {
        var lead = kind == SlaKind.Qualify ? scenario.AcceptedLead() : scenario.HandedOverLead();
        return (lead, Clock(lead, kind).Id);
    }

    private Entity Clock(Guid lead, SlaKind kind) =>
        scenario.ClockRows(lead).Single(c => c.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value == (int)kind);

    // What a tamperer would write into the column: a later deadline, an emptied agreement, a better status, an exclusion.
    private static Entity Tampered(Guid lead, string column) => new(LeadSchema.EntityName, lead)
    {
        [column] = column switch
        {
            LeadSchema.SlaAgreementId => null,
            LeadSchema.SlaStatus => new OptionSetValue((int)SlaStatus.OnTrack),
            LeadSchema.Excluded => true,
            LeadSchema.ExclusionReason => "Partner",
            _ => Later,
        },
    };

    private static string WebApiBody(string column) => column switch
    {
        LeadSchema.SlaAgreementId => $"{{\"{column}@odata.bind\":null}}",
        LeadSchema.SlaStatus => $"{{\"{column}\":{(int)SlaStatus.OnTrack}}}",
        LeadSchema.Excluded => $"{{\"{column}\":true}}",
        LeadSchema.ExclusionReason => $"{{\"{column}\":\"Partner\"}}",
        _ => $"{{\"{column}\":\"{Later.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\"}}",
    };

    // The Web API address of one row: the table's entity set, as the solution declares it, and the row's id.
    private string RowAddress(string table, Guid id) => scenario.Organization.Metadata.RowAddress(table, id);

    // The request on behalf of the user must be refused, by the platform's security (403) or the solution's plug-ins
    // (400), and say why: a wrong address (404) or a fault (500) would prove nothing.
    private async Task Refused(Guid userId, HttpMethod method, string path, string? body)
    {
        var (status, answer) = await OnBehalfOf(userId, method, path, body);

        Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{method} {path} {body} answered {(int)status}: {answer}");
        Assert.Contains("\"message\"", answer, StringComparison.Ordinal);
    }

    // A request to the Web API on behalf of the user (MSCRMCallerID): its status and body.
    private async Task<(HttpStatusCode Status, string Body)> OnBehalfOf(Guid userId, HttpMethod method, string path, string? body)
    {
        await using var api = await LocalWebApi.StartAsync(scenario.Organization, new WebApiOptions());
        using var http = new HttpClient { BaseAddress = api.ServiceRoot };
        using var request = new HttpRequestMessage(method, path);
        if (body != null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        request.Headers.Add("MSCRMCallerID", userId.ToString());

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // The lead's measured columns, its clocks and its history, as SYSTEM reads them.
    private string Measurement(Guid lead)
    {
        var row = scenario.System.Retrieve(LeadSchema.EntityName, lead, new ColumnSet([.. CrmLeadSla.Plugins.Funnel.MeasuredColumns.All]));
        var clocks = scenario.ClockRows(lead).Select(c => string.Join("|", [c.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value.ToString(CultureInfo.InvariantCulture), Shown(c, SlaClockSchema.DueOn),
            c.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value.ToString(CultureInfo.InvariantCulture), Shown(c, SlaClockSchema.CompletedOn), .. ResponsibilityColumns.Select(column => Shown(c, column))]));
        var history = scenario.History(lead).Select(h => string.Join("|", h.Id, Shown(h, StageTransitionSchema.ChangedOn), h.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value));
        return string.Join("\n", [.. CrmLeadSla.Plugins.Funnel.MeasuredColumns.All.Select(c => c + "=" + Shown(row, c)), .. clocks.Order(StringComparer.Ordinal), .. history]);
    }

    private static string Shown(Entity row, string column) => row.Contains(column) ? row[column] switch
    {
        EntityReference reference => reference.Id.ToString(),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("o", CultureInfo.InvariantCulture),
        var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    } : string.Empty;
}
