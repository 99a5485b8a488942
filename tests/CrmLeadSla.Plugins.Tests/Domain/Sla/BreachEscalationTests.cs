using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

public class BreachEscalationTests
{
    [Theory]
    [InlineData(SlaKind.Handover, FunnelActor.Marketing)]
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
        Assert.Equal("SLA breached: First contact for Contoso", BreachEscalation.Subject(SlaKind.FirstContact, "Contoso"));
    }
}
