extern alias workflows;

using System.ServiceModel;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>The sample configuration loads into an organization with the solution's plug-ins, as an admin would load it after the import.</summary>
public sealed class SampleConfigurationTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    [Fact]
    public void An_administrator_loads_the_sample_configuration_past_the_scoring_checks()
    {
        var (organization, admin) = Organization(Solution);

        var result = SampleConfigurationLoader.LoadInto(Solution.SampleConfiguration, admin);

        Assert.Equal(new SampleLoadResult(Solution.SampleConfiguration.Rows.Count, 0), result);
        Assert.Equal(28, Count(organization, ScoringRuleSchema.EntityName));
    }

    [Fact]
    public void Loading_the_sample_configuration_twice_adds_nothing_the_second_time()
    {
        var (organization, admin) = Organization(Solution);
        SampleConfigurationLoader.LoadInto(Solution.SampleConfiguration, admin);

        var again = SampleConfigurationLoader.LoadInto(Solution.SampleConfiguration, admin);

        Assert.Equal(0, again.Created);
        Assert.Equal(1, Count(organization, ScoringModelSchema.EntityName));
    }

    [Fact]
    public void A_sample_rule_the_scoring_configuration_refuses_stops_the_load_with_the_plug_ins_message()
    {
        using var copy = new SolutionCopy();
        // Between without an upper bound is an unsound rule.
        copy.Replace("SampleData/scoring-model.xml", $"<value column=\"{ScoringRuleSchema.ValueTo}\">5000</value>", string.Empty);
        var broken = copy.Load();
        var (_, admin) = Organization(broken);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => SampleConfigurationLoader.LoadInto(broken.SampleConfiguration, admin));

        Assert.StartsWith("The scoring rule cannot be saved.", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_rows_come_after_the_rows_they_point_at()
    {
        var tables = Solution.SampleConfiguration.Rows.Select(r => r.Table).ToList();

        Assert.True(tables.IndexOf(ScoringModelSchema.EntityName) < tables.IndexOf(ScoringRuleSchema.EntityName));
        Assert.True(tables.IndexOf(ScoringModelSchema.EntityName) < tables.IndexOf(SlaAgreementSchema.EntityName));
        Assert.True(tables.IndexOf(SlaAgreementSchema.EntityName) < tables.IndexOf(HolidaySchema.EntityName));
    }

    [Fact]
    public void The_sample_configuration_holds_one_model_one_agreement_and_the_usual_rejection_reasons()
    {
        var byTable = Solution.SampleConfiguration.Rows.GroupBy(r => r.Table).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(1, byTable[ScoringModelSchema.EntityName]);
        Assert.Equal(1, byTable[SlaAgreementSchema.EntityName]);
        Assert.InRange(byTable[RejectionReasonSchema.EntityName], 5, 12);
    }

    private static (LocalOrganization Organization, IOrganizationService Admin) Organization(SolutionDefinition solution)
    {
        var installed = SolutionOrganization.FromSource(solution, [typeof(LeadScoringPlugin).Assembly, typeof(workflows::CrmLeadSla.Workflows.SlaActivity).Assembly], new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        return (installed.Organization, installed.ServiceFor(installed.CreateUser("Ada Admin", LeadSlaRoles.Administrator)));
    }

    private static int Count(LocalOrganization organization, string table) =>
        organization.ServiceFor(organization.SystemUserId).RetrieveMultiple(new QueryExpression(table)).Entities.Count;
}
