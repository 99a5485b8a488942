using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// A view whose grid, options or table do not match the metadata fails the load; one whose FetchXML names what the metadata lacks
/// refuses the organization built from it (as Dataverse refuses the import). Shown on broken copies of the shipped views.
/// </summary>
public sealed class BadViewSourceTests : IDisposable
{
    private const string Rejected = "Views/lead.rejected-last-30-days.xml";
    private readonly SolutionCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void The_unbroken_copy_loads_every_view()
    {
        Assert.Contains(copy.Load().Views, v => v.Name.In(1033) == "Rejected leads (last 30 days)");
    }

    [Fact]
    public void A_view_returning_a_column_the_table_lacks_is_refused()
    {
        // A column the grid does not show: a column the grid shows is refused by the load already (the fetch would not return it).
        var error = copy.Replace(Rejected, $"<attribute name=\"{LeadSchema.Grade}\" />", $"<attribute name=\"{Custom("grades")}\" />").OrganizationFails();

        Assert.Equal(Rejected, error.File);
        Assert.Contains(Custom("grades"), error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_filtering_on_a_column_the_table_lacks_is_refused()
    {
        var error = copy.Replace(Rejected, $"<condition attribute=\"{LeadSchema.StageChangedOn}\"", $"<condition attribute=\"{Custom("rejectedon")}\"").OrganizationFails();

        Assert.Contains(Custom("rejectedon"), error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_sorting_on_a_column_the_table_lacks_is_refused()
    {
        var error = copy.Replace(Rejected, $"<order attribute=\"{LeadSchema.StageChangedOn}\"", $"<order attribute=\"{Custom("changedon")}\"").OrganizationFails();

        Assert.Contains(Custom("changedon"), error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_linking_through_a_column_the_linked_table_lacks_is_refused()
    {
        var error = copy.Replace("Views/lead.my-accepted-without-first-contact.xml", $"from=\"{SlaClockSchema.LeadId}\"", $"from=\"{Custom("lead")}\"").OrganizationFails();

        Assert.Contains(Custom("lead"), error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_filtering_on_an_option_the_choice_lacks_is_refused()
    {
        var nurture = (int)FunnelStage.Nurture;
        var unknown = (int)FunnelStage.Excluded + 1;
        var error = copy.Replace("Views/lead.nurturing-awaiting-reactivation.xml", $"value=\"{nurture}\"", $"value=\"{unknown}\"").LoadFails();

        Assert.Contains($"'{unknown}' is not an option of '{LeadSchema.FunnelStage}'", error.Problem, StringComparison.Ordinal);
        Assert.Contains($"{nurture} (Nurture)", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_column_the_fetch_does_not_return_is_refused()
    {
        var error = copy.Replace(Rejected, "<cell name=\"ownerid\"", $"<cell name=\"{Custom("grade2")}\"").LoadFails();

        Assert.Equal($"<cell name=\"{Custom("grade2")}\">", error.Element);
        Assert.Contains("which the FetchXML does not return", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_whose_fetch_queries_another_table_is_refused()
    {
        var error = copy.Replace(Rejected, "<entity name=\"lead\">", "<entity name=\"contact\">").LoadFails();

        Assert.Contains("does not query the view's table 'lead'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_without_its_german_name_is_refused()
    {
        var error = copy.Replace(Rejected, "<label lcid=\"1031\"", "<label lcid=\"1036\"").LoadFails();

        Assert.Contains("language 1031 is missing", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_views_with_one_id_are_refused()
    {
        const string Nurturing = "Views/lead.nurturing-awaiting-reactivation.xml";
        var views = copy.Load().Views;
        string IdOf(string file) => views.Single(v => v.SourceFile == file).Id.ToString();

        var error = copy.Replace(Nurturing, IdOf(Nurturing), IdOf(Rejected)).LoadFails();

        Assert.Contains("is used by another view", error.Problem, StringComparison.Ordinal);
    }
}
