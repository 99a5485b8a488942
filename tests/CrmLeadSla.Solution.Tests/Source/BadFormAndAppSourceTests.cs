using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>Forms and the app that name columns, views, tables or roles the solution lacks fail the load, shown on broken copies.</summary>
public sealed class BadFormAndAppSourceTests : IDisposable
{
    private const string LeadForm = "Forms/lead.main.xml";
    private const string ModelForm = $"Forms/{ScoringModelSchema.EntityName}.main.xml";
    private const string App = "AppModules/lsla_LeadSla.xml";
    private readonly SolutionCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void A_form_field_of_a_column_the_table_lacks_is_refused()
    {
        var error = copy.Replace(LeadForm, $"<field column=\"{LeadSchema.RejectionComment}\"", $"<field column=\"{Custom("rejectcomment")}\"").LoadFails();

        Assert.Equal(LeadForm, error.File);
        Assert.Contains($"'lead' has no column '{Custom("rejectcomment")}'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_attribute_on_a_form_field_is_refused()
    {
        var error = copy.Replace(LeadForm, "readonly=\"true\"", "readnoly=\"true\"").LoadFails();

        Assert.Contains("the attribute 'readnoly' is not part of the source format", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_forms_with_one_id_are_refused()
    {
        var forms = copy.Load().Forms;
        string IdOf(string table) => forms.Single(f => f.Table == table).Id.ToString();

        var error = copy.Replace($"Forms/{ScoringRuleSchema.EntityName}.main.xml", IdOf(ScoringRuleSchema.EntityName), IdOf("lead")).LoadFails();

        Assert.Contains("the form id", error.Problem, StringComparison.Ordinal);
        Assert.Contains("is used by another form", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subgrid_showing_a_view_of_another_table_is_refused()
    {
        var solution = copy.Load();
        var rulesView = solution.Views.Single(v => v.Table == ScoringRuleSchema.EntityName).Id.ToString();
        var reasonsView = solution.Views.Single(v => v.Table == RejectionReasonSchema.EntityName).Id.ToString();

        var error = copy.Replace(ModelForm, rulesView, reasonsView).LoadFails();

        Assert.Contains($"of '{ScoringRuleSchema.EntityName}' exists", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subgrid_over_a_relationship_of_another_table_is_refused()
    {
        var error = copy.Replace(ModelForm, $"relationship=\"{Custom("scoringmodel_scoringrule")}\"", $"relationship=\"{Custom("rejectionreason_lead")}\"").LoadFails();

        Assert.Contains($"is not a one-to-many relationship from '{ScoringModelSchema.EntityName}'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_map_entry_for_a_table_that_does_not_exist_is_refused()
    {
        var error = copy.Replace(App, $"table=\"{SlaAgreementSchema.EntityName}\"", $"table=\"{Custom("agreement")}\"").LoadFails();

        Assert.Equal(App, error.File);
        Assert.Contains($"'{Custom("agreement")}' does not exist", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_for_a_role_the_solution_lacks_is_refused()
    {
        var error = copy.Replace(App, $"<role name=\"{LeadSlaRoles.Sales}\" />", $"<role name=\"{LeadSlaRoles.Sales}people\" />").LoadFails();

        Assert.Contains($"no security role is named '{LeadSlaRoles.Sales}people'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_site_map_entries_with_one_id_are_refused()
    {
        var error = copy.Replace(App, $"id=\"{Custom("admin_scoringrule")}\"", $"id=\"{Custom("admin_scoringmodel")}\"").LoadFails();

        Assert.Contains($"'{Custom("admin_scoringmodel")}' is used twice", error.Problem, StringComparison.Ordinal);
    }
}
