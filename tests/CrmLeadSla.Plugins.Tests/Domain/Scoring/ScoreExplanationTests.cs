using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class ScoreExplanationTests
{
    private static readonly ScoringRule HeadOfDevelopment =
        ScoringScenario.FitRule("Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development", 40);

    private static readonly ScoringRule Webinar = ScoringScenario.BehaviourRule("Webinar attendance", InteractionType.WebinarAttendance, 30);

    private static readonly ScoringRule Pricing = ScoringScenario.BehaviourRule("Pricing page", InteractionType.WebsiteVisit, 20);

    [Fact]
    public void The_explanation_says_which_rules_fired_and_what_each_gave()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, ScoringScenario.CompanySize, Webinar, Pricing);
        var state = model.Behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday);
        state = model.Behaviour.Add(state, ScoringScenario.Visit(ScoringScenario.Monday), ScoringScenario.Monday);
        var lead = ScoringScenario.LeadWithTitle("Head of Development").With("numberofemployees", ColumnValue.Number(450));

        var explanation = model.Score(lead, state).Explanation;

        Assert.Equal("Fit 65 → A: Head of development +40; Company size 200–1000 +25", explanation.FitText);
        Assert.Equal("Behaviour 50: Webinar attendance 30.0; Pricing page 20.0", explanation.BehaviourText);
    }

    [Fact]
    public void A_German_model_explains_in_German_with_rule_names_as_written_and_a_decimal_comma()
    {
        var model = ScoringModel.Compile(
            ScoringScenario.Settings() with { Language = Language.German },
            [HeadOfDevelopment, Webinar],
            ScoringScenario.LeadColumns,
            ScoringScenario.InteractionColumns);
        var state = model.Behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday);

        var explanation = model.Score(ScoringScenario.LeadWithTitle("Head of Development"), state).Explanation;

        Assert.Equal("Eignung 40 → B: Head of development +40\nVerhalten 30: Webinar attendance 30,0", explanation.Write());
    }

    [Fact]
    public void A_German_memo_reads_back_its_lines_so_an_English_score_keeps_the_other_line()
    {
        var read = ScoreExplanation.Read("Eignung 0 → D: keine Regel hat gegriffen\nVerhalten 30: Webinar attendance 30,0", state: null);

        Assert.Equal(("Eignung 0 → D: keine Regel hat gegriffen", "Verhalten 30: Webinar attendance 30,0"), (read.FitText, read.BehaviourText));
    }

    [Fact]
    public void The_memo_and_the_state_read_back_the_lines_and_the_totals()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, Webinar);
        var state = model.Behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday);
        var written = model.Score(ScoringScenario.LeadWithTitle("Head of Development"), state).Explanation;

        var read = ScoreExplanation.Read(written.Write(), written.WriteState());

        Assert.Equal(written.FitText, read.FitText);
        Assert.Equal(written.BehaviourText, read.BehaviourText);
        Assert.Equal(30, model.Behaviour.PointsOf(read.State));
    }

    [Fact]
    public void The_memo_holds_only_what_a_person_reads()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, Webinar);
        var state = model.Behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday);

        var memo = model.Score(ScoringScenario.LeadWithTitle("Head of Development"), state).Explanation.Write();

        Assert.Equal("Fit 40 → B: Head of development +40\nBehaviour 30: Webinar attendance 30.0", memo);
    }

    [Fact]
    public void A_memo_written_with_the_state_inside_is_read_with_it_until_the_state_has_its_column()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, Webinar);
        var state = model.Behaviour.Add(BehaviourState.Empty, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday);
        var explanation = model.Score(ScoringScenario.LeadWithTitle("Head of Development"), state).Explanation;
        var legacyMemo = explanation.Write() + "\n" + explanation.WriteState();

        var read = ScoreExplanation.Read(legacyMemo, state: null);

        Assert.Equal(("Behaviour 30: Webinar attendance 30.0", 30.0), (read.BehaviourText, model.Behaviour.PointsOf(read.State)));
    }

    [Fact]
    public void A_lead_without_matches_says_so()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, Webinar);

        var explanation = model.Score(ColumnValues.None, BehaviourState.Empty).Explanation;

        Assert.Equal("Fit 0 → D: no rule matched\nBehaviour 0: no interaction counts", explanation.Write());
    }

    [Fact]
    public void A_long_explanation_is_cut_in_its_readable_part_and_the_state_stays_whole()
    {
        var manyRules = Enumerable.Range(0, 100)
            .Select(number => ScoringScenario.BehaviourRule($"Rule {number} with a long name that sales reads on the lead form", InteractionType.Download, 5))
            .ToArray();
        var model = ScoringScenario.Model(manyRules);
        var state = model.Behaviour.Add(BehaviourState.Empty, new Interaction(InteractionType.Download, ScoringScenario.Monday), ScoringScenario.Monday);
        var explanation = model.Score(ColumnValues.None, state).Explanation;

        var memo = explanation.Write();

        Assert.True(memo.Length <= ScoreExplanation.MaxLength, $"{memo.Length} characters");
        Assert.Contains("…", memo, StringComparison.Ordinal);
        Assert.Equal(500, model.Behaviour.PointsOf(ScoreExplanation.Read(memo, explanation.WriteState()).State));
    }

    [Fact]
    public void Rewriting_the_behaviour_keeps_the_fit_line()
    {
        var model = ScoringScenario.Model(HeadOfDevelopment, Webinar);
        var first = model.Score(ScoringScenario.LeadWithTitle("Head of Development"), BehaviourState.Empty).Explanation;
        var stored = ScoreExplanation.Read(first.Write(), first.WriteState());
        var state = model.Behaviour.Add(stored.State, ScoringScenario.Webinar(ScoringScenario.Monday), ScoringScenario.Monday);
        var second = stored with { BehaviourText = ScoreExplanation.Describe(model.BehaviourOf(state), Language.English), State = state };

        var rewritten = ScoreExplanation.Read(second.Write(), second.WriteState());

        Assert.Equal("Fit 40 → B: Head of development +40", rewritten.FitText);
        Assert.Equal("Behaviour 30: Webinar attendance 30.0", rewritten.BehaviourText);
    }
}
