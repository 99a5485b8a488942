namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>Forms and the app that name columns, views, tables or roles the solution lacks fail the load, shown on broken copies.</summary>
public sealed class BadFormAndAppSourceTests : IDisposable
{
    private const string LeadForm = "Forms/lead.main.xml";
    private const string ModelForm = "Forms/lsla_scoringmodel.main.xml";
    private const string App = "AppModules/lsla_LeadSla.xml";
    private readonly SolutionCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void A_form_field_of_a_column_the_table_lacks_is_refused()
    {
        var error = copy.Replace(LeadForm, "<field column=\"lsla_rejectioncomment\"", "<field column=\"lsla_rejectcomment\"").LoadFails();

        Assert.Equal(LeadForm, error.File);
        Assert.Contains("'lead' has no column 'lsla_rejectcomment'", error.Problem, StringComparison.Ordinal);
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

        var error = copy.Replace("Forms/lsla_scoringrule.main.xml", IdOf("lsla_scoringrule"), IdOf("lead")).LoadFails();

        Assert.Contains("the form id", error.Problem, StringComparison.Ordinal);
        Assert.Contains("is used by another form", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subgrid_showing_a_view_of_another_table_is_refused()
    {
        var solution = copy.Load();
        var rulesView = solution.Views.Single(v => v.Table == "lsla_scoringrule").Id.ToString();
        var reasonsView = solution.Views.Single(v => v.Table == "lsla_rejectionreason").Id.ToString();

        var error = copy.Replace(ModelForm, rulesView, reasonsView).LoadFails();

        Assert.Contains("of 'lsla_scoringrule' exists", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subgrid_over_a_relationship_of_another_table_is_refused()
    {
        var error = copy.Replace(ModelForm, "relationship=\"lsla_scoringmodel_scoringrule\"", "relationship=\"lsla_rejectionreason_lead\"").LoadFails();

        Assert.Contains("is not a one-to-many relationship from 'lsla_scoringmodel'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_map_entry_for_a_table_that_does_not_exist_is_refused()
    {
        var error = copy.Replace(App, "table=\"lsla_slaagreement\"", "table=\"lsla_agreement\"").LoadFails();

        Assert.Equal(App, error.File);
        Assert.Contains("'lsla_agreement' does not exist", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_for_a_role_the_solution_lacks_is_refused()
    {
        var error = copy.Replace(App, "<role name=\"Lead SLA Sales\" />", "<role name=\"Lead SLA Salespeople\" />").LoadFails();

        Assert.Contains("no security role is named 'Lead SLA Salespeople'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_site_map_entries_with_one_id_are_refused()
    {
        var error = copy.Replace(App, "id=\"lsla_admin_scoringrule\"", "id=\"lsla_admin_scoringmodel\"").LoadFails();

        Assert.Contains("'lsla_admin_scoringmodel' is used twice", error.Problem, StringComparison.Ordinal);
    }
}
