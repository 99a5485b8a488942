using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Views;

/// <summary>Sales' views show a seller their own leads that wait for them, the most urgent first.</summary>
public sealed class SalesViewTests
{
    private const string AwaitingAcceptance = "My leads awaiting acceptance";
    private const string WithoutFirstContact = "My accepted leads without first contact";

    private readonly ViewScenario scenario = new();

    [Fact]
    public void My_leads_awaiting_acceptance_come_nearest_accept_deadline_first()
    {
        scenario.Lead("Tomorrow", scenario.SalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Mql)), (LeadSchema.AcceptDueOn, ViewScenario.Now.AddDays(1)));
        scenario.Lead("In an hour", scenario.SalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Mql)), (LeadSchema.AcceptDueOn, ViewScenario.Now.AddHours(1)));

        var rows = scenario.Run(AwaitingAcceptance, scenario.SalesUserId);

        Assert.Equal(["In an hour", "Tomorrow"], rows.Select(r => r.GetAttributeValue<string>("fullname")));
    }

    [Fact]
    public void Another_sellers_lead_is_not_in_my_leads_awaiting_acceptance()
    {
        scenario.Lead("Sid's", scenario.OtherSalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Mql)), (LeadSchema.AcceptDueOn, ViewScenario.Now.AddHours(1)));

        Assert.Empty(scenario.Run(AwaitingAcceptance, scenario.SalesUserId));
    }

    [Fact]
    public void An_accepted_lead_no_longer_awaits_acceptance()
    {
        scenario.Lead("Accepted", scenario.SalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Sal)), (LeadSchema.AcceptDueOn, ViewScenario.Now.AddHours(-1)));

        Assert.Empty(scenario.Run(AwaitingAcceptance, scenario.SalesUserId));
    }

    [Fact]
    public void An_accepted_lead_whose_first_contact_clock_still_runs_is_listed()
    {
        var lead = scenario.Lead("Waiting", scenario.SalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Sal)), (LeadSchema.FirstContactDueOn, ViewScenario.Now.AddHours(8)));
        FirstContactClock(lead, completedOn: null);

        var row = Assert.Single(scenario.Run(WithoutFirstContact, scenario.SalesUserId));

        Assert.Equal(lead, row.Id);
    }

    [Fact]
    public void An_accepted_lead_whose_first_contact_is_done_is_not_listed()
    {
        var lead = scenario.Lead("Called", scenario.SalesUserId, (LeadSchema.FunnelStage, ViewScenario.Stage(FunnelStage.Sal)), (LeadSchema.FirstContactDueOn, ViewScenario.Now.AddHours(8)));
        FirstContactClock(lead, completedOn: ViewScenario.Now.AddHours(-1));

        Assert.Empty(scenario.Run(WithoutFirstContact, scenario.SalesUserId));
    }

    private void FirstContactClock(Guid lead, DateTime? completedOn)
    {
        var values = new List<(string, object)>
        {
            (SlaClockSchema.Name, "First contact"),
            (SlaClockSchema.LeadId, ViewScenario.Ref("lead", lead)),
            (SlaClockSchema.Kind, new OptionSetValue((int)SlaKind.FirstContact)),
            (SlaClockSchema.Status, new OptionSetValue((int)(completedOn is null ? SlaClockState.Open : SlaClockState.Met))),
            (SlaClockSchema.DueOn, ViewScenario.Now.AddHours(8)),
        };
        if (completedOn is { } done)
        {
            values.Add((SlaClockSchema.CompletedOn, done));
        }

        scenario.Create(SlaClockSchema.EntityName, null, [.. values]);
    }
}
