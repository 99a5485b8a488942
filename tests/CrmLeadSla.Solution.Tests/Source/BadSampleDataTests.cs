using CrmLeadSla.Plugins.Schema;
using static CrmLeadSla.Solution.Tests.Source.SolutionFolderFixture;

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
        var error = copy.Replace(Model, $"column=\"{ScoringModelSchema.MqlThreshold}\"", $"column=\"{Custom("mqlscore")}\"").LoadFails();

        Assert.Equal(Model, error.File);
        Assert.Contains($"'{ScoringModelSchema.EntityName}' has no column '{Custom("mqlscore")}'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_choice_the_option_set_lacks_is_refused()
    {
        var error = copy.Replace(Reasons, ">Disqualify<", ">Discard<").LoadFails();

        Assert.Contains($"'Discard' is not an option of '{RejectionReasonSchema.Outcome}'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("Nurture, Disqualify", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_number_outside_the_columns_range_is_refused()
    {
        var error = copy.Replace("SampleData/sla-agreement.xml", $"<value column=\"{SlaAgreementSchema.AtRiskPercent}\">75<", $"<value column=\"{SlaAgreementSchema.AtRiskPercent}\">175<").LoadFails();

        Assert.Contains("outside", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_lookup_to_a_row_outside_the_sample_is_refused()
    {
        var modelId = copy.Load().SampleConfiguration.Rows.Single(r => r.Table == ScoringModelSchema.EntityName).Id.ToString();

        var error = copy.Replace("SampleData/sla-agreement.xml", modelId, Guid.NewGuid().ToString()).LoadFails();

        Assert.Contains($"which is no sample row of '{ScoringModelSchema.EntityName}'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_value_for_a_column_only_the_platform_writes_is_refused()
    {
        var error = copy.Replace(Reasons, $"<value column=\"{RejectionReasonSchema.IsActive}\">", $"<value column=\"createdon\">2026-01-01T00:00:00Z</value><value column=\"{RejectionReasonSchema.IsActive}\">").LoadFails();

        Assert.Contains("'createdon' cannot be set on create", error.Problem, StringComparison.Ordinal);
    }
}
