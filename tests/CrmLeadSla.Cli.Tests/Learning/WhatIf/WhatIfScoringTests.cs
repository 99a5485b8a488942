using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.Calibration;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Tests.Learning.Calibration;
using CrmLeadSla.Cli.Learning.WhatIf;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Tests.Learning.WhatIf;

public class WhatIfScoringTests
{
    [Fact]
    public void A_calibrated_model_imported_into_Dataverse_scores_new_leads_as_leadsla_score_does()
    {
        var calibrated = HistoryCalibration.Run(SyntheticHistory.Draw(1500, seed: 5), new CalibrationOptions(), null).Proposed;
        var model = ModelJson.Read(ModelJson.Write(calibrated));
        var scenario = new LocalScenario(SyntheticHistory.Start);
        ModelRecords.Import(scenario.Marketing, model, activate: true);
        var random = new Random(99);
        var leads = Enumerable.Range(1, 40).Select(number => Decided(SyntheticHistory.RandomLead(random, number)) with { AsOf = null }).ToArray();

        var ids = Record(scenario, leads);

        var compiled = model.Compile();
        foreach (var lead in leads)
        {
            var expected = WhatIfScoring.Score(compiled, lead);
            var row = scenario.Marketing.Retrieve(LeadSchema.EntityName, ids[lead.LeadId], new ColumnSet(LeadSchema.LeadIndex, LeadSchema.FitScore, LeadSchema.BehaviorScore, LeadSchema.ScoreExplanation));
            var explanation = ScoreExplanation.Read(row.GetAttributeValue<string>(LeadSchema.ScoreExplanation), state: null);
            Assert.Equal(expected.Index.ToString(), row.GetAttributeValue<string>(LeadSchema.LeadIndex));
            Assert.Equal(expected.Fit.Points, row.GetAttributeValue<int>(LeadSchema.FitScore));
            Assert.Equal(expected.Behaviour.Points, row.GetAttributeValue<int>(LeadSchema.BehaviorScore));
            Assert.Equal(expected.Explanation.FitText, explanation.FitText);
            Assert.Equal(expected.Explanation.BehaviourText, explanation.BehaviourText);
        }
    }

    [Fact]
    public void Scored_leads_are_written_as_CSV_with_index_grade_and_explanation()
    {
        var model = SyntheticHistory.TrueModel.Compile();
        var lead = new HistoryLead("L-1", SyntheticHistory.Start, ColumnValues.None.With("jobtitle", ColumnValue.Text("CTO")), [new Interaction(InteractionType.WebinarAttendance, SyntheticHistory.Start)], LeadOutcome.Open);
        using var output = new StringWriter();

        using (var sheet = CsvSheetWriter.To(output, CsvStyle.Plain))
        {
            ScoredLeads.WriteCsv(sheet, [(lead, WhatIfScoring.Score(model, lead))]);
        }

        using var read = CsvInput.Detected.ReadText(output.ToString());
        var row = Assert.Single(read.Records());
        Assert.Equal(ScoredLeads.CsvColumns, read.Header);
        Assert.Equal(["L-1", "B18", "45", "B", "18", "false", "Fit 45 → B: CTO +45", "Behaviour 18: Webinar attendance 18.0"], row.Fields);
    }

    // Dataverse gives a yes/no column its default on create, so a lead recorded there never lacks decisionmaker.
    private static HistoryLead Decided(HistoryLead lead) =>
        lead.Columns.ValueOf("decisionmaker") is null ? lead with { Columns = lead.Columns.With("decisionmaker", ColumnValue.Boolean(false)) } : lead;

    // Every lead and interaction is recorded at its own time, in time order, as marketing would have recorded them.
    private static Dictionary<string, Guid> Record(LocalScenario scenario, IReadOnlyList<HistoryLead> leads)
    {
        var ids = new Dictionary<string, Guid>();
        var events = leads.Select(lead => (Time: lead.CreatedOn, Lead: lead, Interaction: (Interaction?)null))
            .Concat(leads.SelectMany(lead => lead.Interactions.Select(interaction => (Time: interaction.OccurredOn, Lead: lead, Interaction: (Interaction?)interaction))))
            .OrderBy(e => e.Time)
            .ThenBy(e => e.Interaction is null ? 0 : 1);
        foreach (var (time, lead, interaction) in events)
        {
            scenario.Organization.Clock.Set(time);
            if (interaction is null)
            {
                ids[lead.LeadId] = scenario.Marketing.Create(LeadRow(lead));
            }
            else
            {
                var row = new Entity(InteractionSchema.EntityName)
                {
                    [InteractionSchema.Subject] = interaction.Type.ToString(),
                    [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, ids[lead.LeadId]),
                    [InteractionSchema.InteractionType] = new OptionSetValue((int)interaction.Type),
                    [InteractionSchema.OccurredOn] = interaction.OccurredOn,
                };
                if (interaction.Columns.ValueOf(InteractionSchema.Url) is TextValue url)
                {
                    row[InteractionSchema.Url] = url.Value;
                }

                scenario.Marketing.Create(row);
            }
        }

        return ids;
    }

    private static Entity LeadRow(HistoryLead lead)
    {
        var row = new Entity(LeadSchema.EntityName) { ["lastname"] = lead.LeadId, ["subject"] = lead.LeadId };
        foreach (var column in new[] { "jobtitle", "emailaddress1", "numberofemployees", "industrycode", "leadsourcecode", "decisionmaker" })
        {
            object? value = lead.Columns.ValueOf(column) switch
            {
                TextValue text => text.Value,
                NumberValue number => (int)number.Value,
                OptionValue option => new OptionSetValue(option.Value),
                BooleanValue flag => flag.Value,
                _ => null,
            };
            if (value is not null)
            {
                row[column] = value;
            }
        }

        return row;
    }
}
