using System.ServiceModel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Plugins.Tests.Builders;
using CrmLeadSla.Reliability.Tests.Faults;
using CrmLeadSla.Reliability.Tests.Properties;
using CsCheck;
using Microsoft.Xrm.Sdk;
using Xunit.Abstractions;

namespace CrmLeadSla.Reliability.Tests.BadInput;

/// <summary>
/// Generated fit rules, mostly malformed (unknown columns, operators that do not fit, values that are no numbers, option
/// values the column lacks, overlong text), saved by a marketing user through the whole pipeline.
/// </summary>
[Trait("Category", "Reliability")]
public class GeneratedRuleTests(ITestOutputHelper output)
{
    private static readonly string[] Columns =
        [.. ScorableColumns.LeadColumnNames.Take(8), "shoesize", "", "  ", "jobtitle;drop", "LSLA_FITSCORE", new string('x', 101)];

    // Texts an admin could type; 271800000 is a choice's option value typed where a number or text is expected.
    private static readonly string[] Values =
        ["42", "-1", "ten", "", " ", "1,000,000.50", "1e999", "271800000", "999", "true", "maybe", "gmail.com; web.de", ";;", new string('9', 2001), "<script>", "00000000-0000-0000-0000-000000000000"];

    private static readonly Gen<(int Column, RuleOperator Operator, int Value, int ValueTo, int Points)> Rule =
        Gen.Select(Gen.Int[0, Columns.Length - 1], Gen.Enum<RuleOperator>(), Gen.Int[0, Values.Length - 1], Gen.Int[-1, Values.Length - 1], Gen.Int[-1000, 1000]);

    [Fact]
    public void A_malformed_rule_is_refused_with_a_message_naming_its_field_and_nothing_is_written()
    {
        var scenario = new SolutionScenario();
        var model = new ScoringModelBuilder().CreateIn(scenario.Marketing);
        var (tried, refused) = (0, 0);

        PropertyRuns.Check(Rule, TryRule);

        output.WriteLine($"{tried} generated rules, {refused} refused with a clear message and nothing written; {PropertyRuns.Describe()}");

        void TryRule((int Column, RuleOperator Operator, int Value, int ValueTo, int Points) r)
        {
            tried++;
            var row = RowOf(model.ModelId, r);
            var before = OrganizationSnapshot.Of(scenario.Organization);
            var expectedProblems = ExpectedProblems(r);

            var fault = Record.Exception(() => scenario.Marketing.Create(row));

            if (expectedProblems.Count == 0)
            {
                Assert.Null(fault);
                return;
            }

            refused++;
            var message = Assert.IsType<FaultException<OrganizationServiceFault>>(fault).Detail.Message;
            Assert.True(expectedProblems.Any(field => message.Contains(field, StringComparison.Ordinal)), $"The refusal names none of {string.Join(", ", expectedProblems)}: {message}");
            Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
            Assert.Equal(before, OrganizationSnapshot.Of(scenario.Organization));
        }
    }

    private static Entity RowOf(Guid modelId, (int Column, RuleOperator Operator, int Value, int ValueTo, int Points) r) => new(ScoringRuleSchema.EntityName)
    {
        [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
        [ScoringRuleSchema.Name] = "Generated",
        [ScoringRuleSchema.Category] = new OptionSetValue((int)RuleCategory.Fit),
        [ScoringRuleSchema.Attribute] = Columns[r.Column],
        [ScoringRuleSchema.Operator] = new OptionSetValue((int)r.Operator),
        [ScoringRuleSchema.Value] = Values[r.Value],
        [ScoringRuleSchema.ValueTo] = r.ValueTo < 0 ? null : Values[r.ValueTo],
        [ScoringRuleSchema.Points] = r.Points,
        [ScoringRuleSchema.IsActive] = true,
    };

    // The fields the refusal may name: what the domain's validation finds (the pre-validation step refuses first) and
    // the columns past their length limit (the platform refuses those in the main operation).
    private static List<string> ExpectedProblems((int Column, RuleOperator Operator, int Value, int ValueTo, int Points) r)
    {
        var tooLong = new List<string>();
        if (Columns[r.Column].Length > 100)
        {
            tooLong.Add(ScoringRuleSchema.Attribute);
        }

        if (Values[r.Value].Length > 2000)
        {
            tooLong.Add(ScoringRuleSchema.Value);
        }

        if (r.ValueTo >= 0 && Values[r.ValueTo].Length > 100)
        {
            tooLong.Add(ScoringRuleSchema.ValueTo);
        }

        var rule = new ScoringRule(Guid.NewGuid(), "Generated", RuleCategory.Fit, r.Points)
        {
            Attribute = Columns[r.Column],
            Operator = r.Operator,
            Value = Values[r.Value],
            ValueTo = r.ValueTo < 0 ? null : Values[r.ValueTo],
        };
        return [.. tooLong, .. RuleValidation.ProblemsWith(rule, ScorableColumns.Lead, ScorableColumns.Interaction).Select(p => FieldColumns.ColumnOf(p.Field))];
    }
}
