using CrmLeadSla.Plugins.Domain.Sla;
using static CrmLeadSla.Plugins.Tests.Domain.Sla.SlaCalendarScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

public class HandOverMonthTests
{
    [Fact]
    public void The_month_runs_from_local_midnight_of_its_first_day_to_that_of_the_next()
    {
        var month = HandOverMonth.Of(Berlin, At(Berlin, "2026-03-20 12:00"));

        Assert.Equal(At(Berlin, "2026-03-01 00:00"), month.StartsOnUtc);
        Assert.Equal(At(Berlin, "2026-04-01 00:00"), month.EndsOnUtc);
    }

    [Fact]
    public void A_moment_late_on_the_last_day_in_UTC_can_already_belong_to_the_next_local_month()
    {
        var month = HandOverMonth.Of(Berlin, Utc("2026-03-31 23:30"));

        Assert.Equal(At(Berlin, "2026-04-01 00:00"), month.StartsOnUtc);
    }

    [Theory]
    [InlineData(10, 7, 3)]
    [InlineData(10, 12, 0)]
    [InlineData(null, 0, 0)]
    public void Marketing_owes_the_minimum_less_what_it_handed_over(int? minimum, int handedOver, int owed)
    {
        Assert.Equal(owed, HandOverMonth.ShortfallOf(minimum, handedOver));
    }
}
