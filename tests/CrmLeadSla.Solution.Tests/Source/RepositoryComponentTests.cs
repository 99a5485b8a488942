using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk.Query;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>The views, forms and app the repository's Solution/ ships.</summary>
public sealed class RepositoryComponentTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    public static TheoryData<string> ViewFiles => new(Solution.Views.Select(v => v.SourceFile));

    [Theory]
    [InlineData("Rejected leads (last 30 days)", "Abgelehnte Leads (letzte 30 Tage)")]
    [InlineData("Leads in nurturing awaiting reactivation", "Leads im Nurturing, die auf Reaktivierung warten")]
    [InlineData("SLA breaches this month", "SLA-Verletzungen in diesem Monat")]
    [InlineData("My leads awaiting acceptance", "Meine Leads, die auf Annahme warten")]
    [InlineData("My accepted leads without first contact", "Meine angenommenen Leads ohne Erstkontakt")]
    [InlineData("Active scoring models", "Aktive Bewertungsmodelle")]
    [InlineData("Active scoring rules", "Aktive Bewertungsregeln")]
    [InlineData("Active SLA agreements", "Aktive SLA-Vereinbarungen")]
    [InlineData("Active rejection reasons", "Aktive Ablehnungsgründe")]
    public void The_solution_ships_the_view_in_english_and_german(string english, string german)
    {
        var view = Assert.Single(Solution.Views, v => v.Name.In(1033) == english);

        Assert.Equal(german, view.Name.In(1031));
    }

    [Theory]
    [MemberData(nameof(ViewFiles))]
    public void Every_view_runs_on_the_local_Dataverse(string file)
    {
        var view = Solution.Views.Single(v => v.SourceFile == file);
        var organization = new LocalOrganization(Solution.Metadata);

        var rows = organization.ServiceFor(organization.AdminUserId).RetrieveMultiple(new FetchExpression(view.FetchXml));

        Assert.Empty(rows.Entities);
    }

    [Fact]
    public void Sales_sees_its_leads_awaiting_acceptance_by_accept_deadline()
    {
        var view = Solution.Views.Single(v => v.Name.In(1033) == "My leads awaiting acceptance");

        Assert.Contains($"<order attribute=\"{LeadSchema.AcceptDueOn}\" />", view.FetchXml, StringComparison.Ordinal);
        Assert.Contains(view.Layout, c => c.Name == LeadSchema.AcceptDueOn);
    }

    [Fact]
    public void The_lead_form_has_a_lead_sla_section_with_score_stage_deadlines_and_rejection()
    {
        var form = Assert.Single(Solution.Forms, f => f.Table == "lead");
        var section = form.Tabs.SelectMany(t => t.Sections).Single(s => s.Label.In(1033) == "Lead SLA");
        var columns = section.Controls.OfType<FormField>().Select(f => f.Column).ToList();

        Assert.Equal("Lead-SLA", section.Label.In(1031));
        Assert.Superset(
            new HashSet<string>([LeadSchema.LeadIndex, LeadSchema.Grade, LeadSchema.FitScore, LeadSchema.BehaviorScore, LeadSchema.ScoreExplanation, LeadSchema.FunnelStage, LeadSchema.AcceptDueOn, LeadSchema.FirstContactDueOn, LeadSchema.SlaStatus, LeadSchema.RejectionReasonId, LeadSchema.RejectionComment]),
            columns.ToHashSet());
    }

    [Fact]
    public void Scores_and_deadlines_on_the_lead_form_are_read_only()
    {
        var fields = Solution.Forms.Single(f => f.Table == "lead").Controls.OfType<FormField>().ToDictionary(f => f.Column);

        Assert.All([LeadSchema.LeadIndex, LeadSchema.FitScore, LeadSchema.BehaviorScore, LeadSchema.AcceptDueOn, LeadSchema.SlaStatus], c => Assert.True(fields[c].ReadOnly, c));
    }

    [Theory]
    [InlineData(ScoringModelSchema.EntityName)]
    [InlineData(ScoringRuleSchema.EntityName)]
    [InlineData(SlaAgreementSchema.EntityName)]
    [InlineData(RejectionReasonSchema.EntityName)]
    [InlineData(ExclusionRuleSchema.EntityName)]
    [InlineData(HolidaySchema.EntityName)]
    [InlineData(AgreedReasonSchema.EntityName)]
    public void Every_admin_table_has_a_main_form(string table)
    {
        Assert.Single(Solution.Forms, f => f.Table == table);
    }

    [Fact]
    public void The_scoring_model_form_lists_its_rules()
    {
        var subgrid = Assert.Single(Solution.Forms.Single(f => f.Table == ScoringModelSchema.EntityName).Controls.OfType<FormSubgrid>());

        Assert.Equal(ScoringRuleSchema.EntityName, subgrid.Table);
        Assert.Equal(Custom("scoringmodel_scoringrule"), subgrid.Relationship);
    }

    [Fact]
    public void The_agreement_form_lists_its_agreed_reasons_and_holidays()
    {
        var subgrids = Solution.Forms.Single(f => f.Table == SlaAgreementSchema.EntityName).Controls.OfType<FormSubgrid>().Select(s => s.Table);

        Assert.Equal([AgreedReasonSchema.EntityName, HolidaySchema.EntityName], subgrids);
    }

    [Fact]
    public void The_lead_sla_app_has_an_area_for_sales_marketing_and_admins()
    {
        var app = Assert.Single(Solution.AppModules);

        Assert.Equal("Lead SLA", app.Name.In(1033));
        Assert.Equal(["Sales", "Marketing", "Administration"], app.Areas.Select(a => a.Label.In(1033)));
    }

    [Fact]
    public void The_lead_sla_app_is_given_to_the_three_roles()
    {
        var app = Assert.Single(Solution.AppModules);

        Assert.Equal(Solution.Roles.Select(r => r.Id).Order(), app.RoleIds.Order());
    }

    [Fact]
    public void The_admin_area_opens_every_configuration_table()
    {
        var admin = Solution.AppModules.Single().Areas.Single(a => a.Id == Custom("admin"));

        Assert.Equal(
            [ExclusionRuleSchema.EntityName, HolidaySchema.EntityName, RejectionReasonSchema.EntityName, ScoringModelSchema.EntityName, ScoringRuleSchema.EntityName, SlaAgreementSchema.EntityName],
            admin.Groups.SelectMany(g => g.SubAreas).Select(s => s.Table).Order(StringComparer.Ordinal));
    }
}
