using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class BreachEscalationTests
{
    [Theory]
    [InlineData(SlaKind.HandOver, FunnelActor.Marketing)]
    [InlineData(SlaKind.Accept, FunnelActor.Sales)]
    [InlineData(SlaKind.FirstContact, FunnelActor.Sales)]
    [InlineData(SlaKind.Qualify, FunnelActor.Sales)]
    public void The_side_that_made_the_promise_answers_for_its_breach(SlaKind kind, FunnelActor side)
    {
        Assert.Equal(side, BreachEscalation.ResponsibleFor(kind));
    }

    [Fact]
    public void The_subject_names_the_promise_and_the_lead()
    {
        Assert.Equal("SLA breached: First contact for Contoso", BreachEscalation.Subject(SlaKind.FirstContact, "Contoso").In(Language.English));
    }

    [Theory]
    [InlineData(SlaKind.HandOver, "SLA verletzt: Lead-Übergabe für Contoso")]
    [InlineData(SlaKind.Accept, "SLA verletzt: Annahme für Contoso")]
    [InlineData(SlaKind.FirstContact, "SLA verletzt: Erstkontakt für Contoso")]
    [InlineData(SlaKind.Qualify, "SLA verletzt: Qualifizierung für Contoso")]
    public void A_German_subject_names_the_promise_in_the_white_papers_terms(SlaKind kind, string subject)
    {
        Assert.Equal(subject, BreachEscalation.Subject(kind, "Contoso").In(Language.German));
    }

    [Theory]
    [InlineData(SlaKind.HandOver,
        "The hand-over deadline of the agreement 'Spring' was 30 March 2026 15:00 (UTC) and has passed. Marketing answers for it: hand the lead over to sales now.",
        "Die Frist für die Lead-Übergabe aus der Vereinbarung „Spring“ ist am 30.03.2026 um 15:00 Uhr (UTC) abgelaufen. Das Marketing ist dafür verantwortlich: Übergeben Sie den Lead jetzt an den Vertrieb.")]
    [InlineData(SlaKind.FirstContact,
        "The first contact deadline of the agreement 'Spring' was 30 March 2026 15:00 (UTC) and has passed. Sales answers for it: contact the lead now.",
        "Die Frist für den Erstkontakt aus der Vereinbarung „Spring“ ist am 30.03.2026 um 15:00 Uhr (UTC) abgelaufen. Der Vertrieb ist dafür verantwortlich: Nehmen Sie jetzt den Erstkontakt mit dem Lead auf.")]
    [InlineData(SlaKind.Qualify,
        "The qualify deadline of the agreement 'Spring' was 30 March 2026 15:00 (UTC) and has passed. Sales answers for it: qualify the lead, or return it with an agreed reason, now.",
        "Die Frist für die Qualifizierung aus der Vereinbarung „Spring“ ist am 30.03.2026 um 15:00 Uhr (UTC) abgelaufen. Der Vertrieb ist dafür verantwortlich: Qualifizieren Sie den Lead jetzt, oder geben Sie ihn mit einem vereinbarten Grund ins Nurturing zurück.")]
    public void The_description_says_the_deadline_who_answers_and_what_to_do_in_either_language(SlaKind kind, string english, string german)
    {
        var description = BreachEscalation.Description(kind, "Spring", new DateTime(2026, 3, 30, 15, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Utc);

        Assert.Equal(english, description.In(Language.English));
        Assert.Equal(german, description.In(Language.German));
    }
}
