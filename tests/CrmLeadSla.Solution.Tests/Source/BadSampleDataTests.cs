namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>Sample configuration that names what the metadata lacks, or values a column cannot hold, fails the load, shown on broken copies.</summary>
public sealed class BadSampleDataTests : IDisposable
{
    private const string Model = "SampleData/scoring-model.xml";
    private const string Reasons = "SampleData/rejection-reasons.xml";
    private readonly SolutionCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void A_sample_value_for_a_column_the_table_lacks_is_refused()
    {
        var error = copy.Replace(Model, "column=\"lsla_mqlthreshold\"", "column=\"lsla_mqlscore\"").LoadFails();

        Assert.Equal(Model, error.File);
        Assert.Contains("'lsla_scoringmodel' has no column 'lsla_mqlscore'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_choice_the_option_set_lacks_is_refused()
    {
        var error = copy.Replace(Reasons, ">Disqualify<", ">Discard<").LoadFails();

        Assert.Contains("'Discard' is not an option of 'lsla_outcome'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("Nurture, Disqualify", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_number_outside_the_columns_range_is_refused()
    {
        var error = copy.Replace("SampleData/sla-agreement.xml", "<value column=\"lsla_atriskpercent\">75<", "<value column=\"lsla_atriskpercent\">175<").LoadFails();

        Assert.Contains("outside", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_lookup_to_a_row_outside_the_sample_is_refused()
    {
        var modelId = copy.Load().SampleConfiguration.Rows.Single(r => r.Table == "lsla_scoringmodel").Id.ToString();

        var error = copy.Replace("SampleData/sla-agreement.xml", modelId, Guid.NewGuid().ToString()).LoadFails();

        Assert.Contains("which is no sample row of 'lsla_scoringmodel'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_value_for_a_column_only_the_platform_writes_is_refused()
    {
        var error = copy.Replace(Reasons, "<value column=\"lsla_isactive\">", "<value column=\"createdon\">2026-01-01T00:00:00Z</value><value column=\"lsla_isactive\">").LoadFails();

        Assert.Contains("'createdon' cannot be set on create", error.Problem, StringComparison.Ordinal);
    }
}
