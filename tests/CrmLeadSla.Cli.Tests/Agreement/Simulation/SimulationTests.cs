using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Cli.Tests.Agreement.Simulation;

public sealed class SimulationTests(DefaultMarket market) : IClassFixture<DefaultMarket>
{
    [Fact]
    public void Every_simulated_lead_is_counted_in_exactly_one_current_stage()
    {
        var funnel = FunnelReport.Of(market.WithSla, "sla").Table("funnel");

        var counted = funnel.Rows.Sum(r => int.Parse(r.Cells[1], System.Globalization.CultureInfo.InvariantCulture));
        var listed = funnel.Rows.SelectMany(r => r.LeadIds).ToList();

        Assert.Equal(market.Settings.Leads, market.WithSla.Leads.Count);
        Assert.Equal(market.Settings.Leads, counted);
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void Each_lead_stands_where_its_last_stage_move_took_it()
    {
        var lastMove = market.WithSla.Transitions.GroupBy(t => t.LeadId).ToDictionary(g => g.Key, g => g.Last().ToStage);

        var astray = market.WithSla.Leads.Where(l => lastMove.GetValueOrDefault(l.LeadId) != l.Stage).ToList();

        Assert.Empty(astray);
    }

    [Fact]
    public void Moves_into_a_stage_less_moves_out_of_it_are_the_leads_in_it()
    {
        foreach (var stage in market.WithSla.Leads.Select(l => l.Stage).Concat(market.WithSla.Transitions.Select(t => t.ToStage)).Distinct())
        {
            var entered = market.WithSla.Transitions.Count(t => t.ToStage == stage);
            var left = market.WithSla.Transitions.Count(t => t.FromStage == stage);

            Assert.Equal(market.WithSla.Leads.Count(l => l.Stage == stage), entered - left);
        }
    }

    [Fact]
    public void Without_the_SLA_more_handed_over_leads_are_never_worked()
    {
        var withSla = NeverWorked(market.WithSla);
        var withoutSla = NeverWorked(market.WithoutSla);

        Assert.True(withoutSla > withSla, $"never worked: {withoutSla} without the SLA, {withSla} with it");
    }

    [Fact]
    public void Only_the_SLA_run_keeps_clocks_and_a_monthly_commitment()
    {
        Assert.NotEmpty(market.WithSla.Clocks);
        Assert.Contains(market.WithSla.Agreements, a => a.MinLeadsPerMonth > 0);
        Assert.Empty(market.WithoutSla.Clocks);
        Assert.All(market.WithoutSla.Agreements, a => Assert.Equal(0, a.MinLeadsPerMonth));
    }

    [Fact]
    public void Sales_rejects_only_with_the_agreed_reasons()
    {
        var agreed = Starter.Rows.Where(row => row.Table == RejectionReasonSchema.EntityName).Select(row => (string)row.Values.Single(value => value.Column == RejectionReasonSchema.Name).Value).ToList();

        var rejections = market.WithSla.Transitions.Where(t => t.RejectionReason.Length > 0).ToList();

        Assert.NotEmpty(rejections);
        Assert.All(rejections, r => Assert.Contains(r.RejectionReason, agreed));
    }

    [Fact]
    public void The_simulated_teams_work_under_the_shipped_starter_agreement()
    {
        var agreement = Assert.Single(market.WithSla.Agreements);
        var starter = (string)Starter.Rows.Single(row => row.Table == SlaAgreementSchema.EntityName).Values.Single(value => value.Column == SlaAgreementSchema.Name).Value;

        Assert.Equal((starter, "W. Europe Standard Time"), (agreement.Name, agreement.TimeZone));
        // The starter's exclusion rules take the competitors' staff out before anyone scores or hands them over.
        Assert.Contains(market.WithSla.Leads, lead => lead.Stage == "Excluded");
    }

    [Fact]
    public void The_simulated_users_make_no_move_Dataverse_refuses()
    {
        Assert.Empty(market.RefusedWithSla);
    }

    [Fact]
    public void A_lead_whose_opportunity_was_lost_is_qualified_again_when_sales_accepts_it_again()
    {
        var qualifiedTwice = market.WithSla.Transitions.Where(t => t.ToStage == "SQL").GroupBy(t => t.LeadId).Where(g => g.Count() > 1);

        Assert.NotEmpty(qualifiedTwice);
    }

    private static SampleConfiguration Starter => SolutionFolder.Load().SampleConfiguration;

    private static int NeverWorked(ReportTables tables) =>
        int.Parse(FunnelReport.Of(tables, "run").Table("never-worked").Rows[0].Cells[1], System.Globalization.CultureInfo.InvariantCulture);
}
