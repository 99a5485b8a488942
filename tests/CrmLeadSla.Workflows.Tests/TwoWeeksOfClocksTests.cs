using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using static CrmLeadSla.Workflows.Tests.SlaScenario;

namespace CrmLeadSla.Workflows.Tests;

/// <summary>
/// Two weeks of clock time, hour by hour, on leads under one agreement (Mon–Fri 08:00–17:00 in Berlin, a holiday
/// on Wednesday 11 March; accept within 8 business hours, first contact within 16, qualify within 10 days). Each
/// hour the funnel's events of that hour open and close clocks as the funnel's step does, then the compliance
/// check runs on every lead, as the shipped workflows do. Every clock must end as the agreement says, worked
/// out by hand below. The events call SlaClockRecords as the funnel's step does, so each story is told in a
/// few lines instead of through every move's preconditions.
/// </summary>
public class TwoWeeksOfClocksTests
{
    private readonly SlaScenario scenario = new();
    private readonly SlaAgreement agreement;
    private readonly Guid agreementId;
    private readonly List<(DateTime At, Guid Lead, Action<Guid, DateTime> Event)> events = [];

    public TwoWeeksOfClocksTests()
    {
        agreementId = scenario.Agreement();
        scenario.Holiday(agreementId, "2026-03-11");
        agreement = SlaAgreementRecord.Read(scenario.System, agreementId);
    }

    [Fact]
    public void Every_clock_ends_met_breached_or_cancelled_as_the_agreement_says()
    {
        // Mon 10:00: accept due Tue 09:00 (7 h Mon, 1 h Tue), accepted Mon 15:00 → Met; first contact due Tue
        // 17:00 (7 h + 9 h), contacted Tue 12:00 → Met; qualify due Thu 12 Mar 15:00 (10 days), never → Breached.
        var onTime = Lead(("2026-03-02 10:00", HandOver), ("2026-03-02 15:00", Accept), ("2026-03-03 12:00", Contact));

        // Fri 16:00: accept due Mon 9 Mar 15:00 (1 h Fri + 7 h Mon), accepted 16:00 → Breached; first contact due
        // Tue 10 Mar 14:00, contacted Tue 09:00 → Met; qualify due Thu 19 Mar 16:00, qualified Thu 12 Mar → Met.
        var acceptedLate = Lead(("2026-03-06 16:00", HandOver), ("2026-03-09 16:00", Accept), ("2026-03-10 09:00", Contact), ("2026-03-12 10:00", Qualify));

        // Same hand-over, accepted Mon 14:00 → Met, although 70 wall-clock hours passed.
        var overTheWeekend = Lead(("2026-03-06 16:00", HandOver), ("2026-03-09 14:00", Accept), ("2026-03-09 15:00", Contact), ("2026-03-13 10:00", Qualify));

        // Tue 10 Mar 14:00: 3 h Tue, Wed is a holiday, 5 h Thu → accept due Thu 13:00, accepted Thu 12:00 → Met;
        // first contact due Fri 13 Mar 12:00 (3 + 9 + 4 h), contacted Fri 09:00 → Met.
        var overTheHoliday = Lead(("2026-03-10 14:00", HandOver), ("2026-03-12 12:00", Accept), ("2026-03-13 09:00", Contact), ("2026-03-13 16:00", Qualify));

        // A rejection answers the accept promise in time (Met); the lead leaves sales, so first contact is Cancelled.
        var rejected = Lead(("2026-03-02 10:00", HandOver), ("2026-03-02 11:00", Reject));

        // Never answered: Wed 09:00 → accept due Wed 17:00, first contact Thu 16:00 → both Breached by the check.
        var ignored = Lead(("2026-03-04 09:00", HandOver));

        // Tue 08:00: accepted 09:00 (Met); first contact due Wed 4 Mar 15:00 (9 h Tue + 7 h Wed), contacted Thu → Breached.
        var contactedLate = Lead(("2026-03-03 08:00", HandOver), ("2026-03-03 09:00", Accept), ("2026-03-05 09:00", Contact), ("2026-03-05 10:00", Qualify));

        // Taken out of the process before sales answered → both clocks Cancelled.
        var excluded = Lead(("2026-03-09 09:00", HandOver), ("2026-03-09 11:00", Exclude));

        RunTwoWeeks();

        Assert.Equal("Accept Met, FirstContact Met, Qualify Breached", ClocksOf(onTime));
        Assert.Equal("Accept Breached, FirstContact Met, Qualify Met", ClocksOf(acceptedLate));
        Assert.Equal("Accept Met, FirstContact Met, Qualify Met", ClocksOf(overTheWeekend));
        Assert.Equal("Accept Met, FirstContact Met, Qualify Met", ClocksOf(overTheHoliday));
        Assert.Equal("Accept Met, FirstContact Cancelled", ClocksOf(rejected));
        Assert.Equal("Accept Breached, FirstContact Breached", ClocksOf(ignored));
        Assert.Equal("Accept Met, FirstContact Breached, Qualify Met", ClocksOf(contactedLate));
        Assert.Equal("Accept Cancelled, FirstContact Cancelled", ClocksOf(excluded));
    }

    private void RunTwoWeeks()
    {
        for (var at = InBerlin("2026-03-02 00:00"); at <= InBerlin("2026-03-16 00:00"); at = at.AddHours(1))
        {
            scenario.Organization.Clock.Set(at);
            foreach (var (_, lead, happen) in events.Where(e => e.At == at))
            {
                happen(lead, at);
            }

            foreach (var lead in events.Select(e => e.Lead).Distinct())
            {
                scenario.Run(new CheckSlaCompliance(), LeadRef(lead), new() { ["Lead"] = LeadRef(lead) }, scenario.Organization.SystemUserId);
            }
        }
    }

    private Guid Lead(params (string At, Action<Guid, DateTime> Event)[] story)
    {
        var lead = scenario.Lead(agreementId);
        events.AddRange(story.Select(step => (InBerlin(step.At), lead, step.Event)));
        return lead;
    }

    // The clocks each funnel move opens and closes, as the funnel's step does it (ClockPlan).
    private void HandOver(Guid lead, DateTime at)
    {
        SlaClockRecords.Open(scenario.System, lead, agreement, SlaKind.Accept, at);
        SlaClockRecords.Open(scenario.System, lead, agreement, SlaKind.FirstContact, at);
    }

    private void Accept(Guid lead, DateTime at)
    {
        SlaClockRecords.Complete(scenario.System, lead, agreement, SlaKind.Accept, at);
        SlaClockRecords.Open(scenario.System, lead, agreement, SlaKind.Qualify, at);
    }

    private void Reject(Guid lead, DateTime at)
    {
        SlaClockRecords.Complete(scenario.System, lead, agreement, SlaKind.Accept, at);
        SlaClockRecords.Cancel(scenario.System, lead, agreement, at);
    }

    private void Contact(Guid lead, DateTime at) => SlaClockRecords.Complete(scenario.System, lead, agreement, SlaKind.FirstContact, at);

    private void Qualify(Guid lead, DateTime at) => SlaClockRecords.Complete(scenario.System, lead, agreement, SlaKind.Qualify, at);

    private void Exclude(Guid lead, DateTime at) => SlaClockRecords.Cancel(scenario.System, lead, agreement, at);

    private string ClocksOf(Guid lead) => string.Join(", ",
        scenario.Rows(SlaClockSchema.EntityName, SlaClockSchema.LeadId, lead, SlaClockSchema.Kind, SlaClockSchema.Status)
            .Select(row => ((SlaKind)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value, (SlaClockState)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value))
            .OrderBy(clock => clock.Item1)
            .Select(clock => $"{clock.Item1} {clock.Item2}"));
}
