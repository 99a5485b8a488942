using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Tests.Learning.History;

public class OrganizationHistoryTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private readonly LocalScenario scenario = new(Start);

    [Fact]
    public void A_lead_that_reached_SQL_is_measured_when_it_got_there_without_the_interactions_after()
    {
        var lead = Lead("CTO");
        Interaction(lead, InteractionType.WebinarAttendance, Start.AddDays(1));
        Move(lead, FunnelStage.Sql, Start.AddDays(3));
        Interaction(lead, InteractionType.WebsiteVisit, Start.AddDays(4));

        var read = Single(lead);

        Assert.Equal((LeadOutcome.Sql, Start.AddDays(3)), (read.Outcome, read.AsOf));
        Assert.Equal([InteractionType.WebinarAttendance], read.Interactions.Select(i => i.Type));
        Assert.Equal(ColumnValue.Text("CTO"), read.Columns.ValueOf("jobtitle"));
    }

    [Fact]
    public void A_lead_that_was_won_is_won()
    {
        var lead = Lead("CTO");
        Move(lead, FunnelStage.Sql, Start.AddDays(3));
        Move(lead, FunnelStage.Won, Start.AddDays(9));

        Assert.Equal(LeadOutcome.Won, Single(lead).Outcome);
    }

    [Fact]
    public void A_disqualified_lead_did_not_convert()
    {
        var lead = Lead("Intern");
        Move(lead, FunnelStage.Disqualified, Start.AddDays(2));

        Assert.Equal((LeadOutcome.None, Start.AddDays(2)), (Single(lead).Outcome, Single(lead).AsOf));
    }

    [Fact]
    public void A_nurtured_lead_that_came_back_is_still_open()
    {
        var lead = Lead("Analyst");
        Move(lead, FunnelStage.Nurture, Start.AddDays(2));
        Move(lead, FunnelStage.Mql, Start.AddDays(20));

        Assert.Equal(LeadOutcome.Open, Single(lead).Outcome);
    }

    private HistoryLead Single(Guid lead) => OrganizationHistory.Read(scenario.Organization.ServiceFor(scenario.Organization.SystemUserId)).Single(l => l.LeadId == lead.ToString("D"));

    private Guid Lead(string jobTitle) =>
        scenario.Marketing.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = jobTitle, ["subject"] = jobTitle, ["jobtitle"] = jobTitle });

    private void Interaction(Guid lead, InteractionType type, DateTime occurredOn) =>
        scenario.Marketing.Create(new Entity(InteractionSchema.EntityName)
        {
            [InteractionSchema.Subject] = type.ToString(),
            [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, lead),
            [InteractionSchema.InteractionType] = new OptionSetValue((int)type),
            [InteractionSchema.OccurredOn] = occurredOn,
        });

    // The stage history as the funnel plug-ins record it; written directly so the test needs no agreement.
    private void Move(Guid lead, FunnelStage stage, DateTime on) =>
        scenario.Organization.ServiceFor(scenario.Organization.SystemUserId).Create(new Entity(StageTransitionSchema.EntityName)
        {
            [StageTransitionSchema.LeadId] = new EntityReference(LeadSchema.EntityName, lead),
            [StageTransitionSchema.ToStage] = new OptionSetValue((int)stage),
            [StageTransitionSchema.ChangedOn] = on,
        });
}
