using CrmLeadSla.Plugins.Domain.Funnel;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

public class StageChangeTests
{
    private static readonly DateTime Noon = new(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_lead_moves_from_no_stage_into_its_first_stage()
    {
        var change = StageChange.Between(null, FunnelStage.Inquiry, Noon);

        Assert.Equal(new StageChange(null, FunnelStage.Inquiry, Noon), change);
    }

    [Fact]
    public void Writing_the_same_stage_again_is_not_a_move()
    {
        Assert.Null(StageChange.Between(FunnelStage.Mql, FunnelStage.Mql, Noon));
    }

    [Fact]
    public void A_save_without_a_stage_is_not_a_move()
    {
        Assert.Null(StageChange.Between(FunnelStage.Mql, null, Noon));
    }

    [Fact]
    public void A_move_records_both_stages_and_its_time()
    {
        var change = StageChange.Between(FunnelStage.Mql, FunnelStage.Sal, Noon);

        Assert.Equal(new StageChange(FunnelStage.Mql, FunnelStage.Sal, Noon), change);
    }

    [Fact]
    public void Funnel_stage_values_match_the_data_contract()
    {
        // The numbers are the contract itself: the enum must carry them, so they are written out.
        Assert.Equal(271800000, (int)FunnelStage.Inquiry);
        Assert.Equal(271800003, (int)FunnelStage.Sql);
        Assert.Equal(271800007, (int)FunnelStage.Excluded);
    }
}
