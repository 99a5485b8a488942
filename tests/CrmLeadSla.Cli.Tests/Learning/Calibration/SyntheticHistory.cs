using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Learning.WhatIf;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Cli.Tests.Learning.Calibration;

/// <summary>
/// Lead histories drawn from a known scoring model: random leads and interactions, scored by the model with the
/// domain code, each reaching SQL with the probability its points stand for (20 points double the odds, as calibration reads points) — the
/// draw is the noise.
/// </summary>
internal static class SyntheticHistory
{
    public static readonly DateTime Start = new(2025, 1, 6, 8, 0, 0, DateTimeKind.Utc);

    private const string FreeMail = "gmail.com;googlemail.com;yahoo.com;hotmail.com;outlook.com;live.com;icloud.com;aol.com;gmx.de;gmx.net;web.de;t-online.de;mail.ru;yandex.ru;protonmail.com";

    private static readonly string[] Titles =
        ["CTO", "Director of Engineering", "Sales Director", "Intern", "Marketing Intern", "Software Engineer", "Head of Purchasing", "Office Manager", "CEO", "Analyst"];

    private static readonly string[] Paths = ["/pricing", "/blog", "/docs"];

    /// <summary>The model the histories are drawn from; its rule names are those a test matches on.</summary>
    public static ModelDefinition TrueModel { get; } = new(
        "True model",
        new ModelSettings(new GradeThresholds(60, 30, 0), 40) { DecayHalfLifeDays = 30, MqlMinimumGrade = Grade.B },
        [
            Fit("CTO", "jobtitle", RuleOperator.ContainsAnyKeyword, "cto", 45),
            Fit("Director", "jobtitle", RuleOperator.ContainsAnyKeyword, "director", 25),
            Fit("Intern", "jobtitle", RuleOperator.ContainsAnyKeyword, "intern", -40),
            Fit("250 to 999 employees", "numberofemployees", RuleOperator.Between, "250", 30, "999"),
            Fit("Industry 7", "industrycode", RuleOperator.Equals, "7", 15),
            Fit("Decision maker", "decisionmaker", RuleOperator.Equals, "true", 20),
            Fit("Free-mail address", "emailaddress1", RuleOperator.EmailDomainInList, FreeMail, -25),
            Fit("Lead source 3", "leadsourcecode", RuleOperator.Equals, "3", 8),
            Behaviour("Webinar attendance", InteractionType.WebinarAttendance, 18),
            Behaviour("Pricing page", InteractionType.WebsiteVisit, 12) with { Attribute = InteractionSchema.Url, Operator = RuleOperator.Contains, Value = "/pricing" },
            Behaviour("E-mail open", InteractionType.EmailOpen, 3),
            Behaviour("Unsubscribe", InteractionType.Unsubscribe, -30),
        ]);

    /// <summary><paramref name="count"/> leads over a year, drawn with the seed; outcomes from <paramref name="model"/>.</summary>
    public static IReadOnlyList<HistoryLead> Draw(int count, int seed, ModelDefinition? model = null)
    {
        var random = new Random(seed);
        var compiled = (model ?? TrueModel).Compile();
        return Enumerable.Range(1, count).Select(number =>
        {
            var lead = RandomLead(random, number);
            var score = WhatIfScoring.Score(compiled, lead);
            var logOdds = ((score.Fit.Points + score.Behaviour.Points) * Math.Log(2) / 20) - 2.3;
            var converted = random.NextDouble() < 1 / (1 + Math.Exp(-logOdds));
            return lead with { Outcome = converted ? (random.Next(2) == 0 ? LeadOutcome.Won : LeadOutcome.Sql) : LeadOutcome.None };
        }).ToArray();
    }

    /// <summary>A random lead with its interactions, not yet decided.</summary>
    public static HistoryLead RandomLead(Random random, int number)
    {
        var createdOn = Start.AddMinutes(random.Next(365 * 24 * 60));
        var asOf = createdOn.AddDays(60);
        var columns = ColumnValues.None
            .With("jobtitle", ColumnValue.Text(Titles[random.Next(Titles.Length)]))
            .With("numberofemployees", ColumnValue.Number((int)Math.Exp(random.NextDouble() * Math.Log(20000))))
            .With("industrycode", ColumnValue.Option(1 + random.Next(10)))
            .With("leadsourcecode", ColumnValue.Option(1 + random.Next(5)))
            .With("emailaddress1", ColumnValue.Text(random.NextDouble() < 0.3 ? $"p{number}@{(random.Next(2) == 0 ? "gmail.com" : "web.de")}" : $"p{number}@company{number % 50}.example"));
        var decision = random.NextDouble();
        if (decision < 0.7)
        {
            columns = columns.With("decisionmaker", ColumnValue.Boolean(decision < 0.3));
        }

        var interactions = new List<Interaction>();
        void Add(InteractionType type, int most, string? url = null)
        {
            var times = random.Next(most + 1);
            for (var i = 0; i < times; i++)
            {
                var interaction = new Interaction(type, createdOn.AddMinutes(random.Next(60 * 24 * 60)));
                interactions.Add(url is null ? interaction : interaction with { Columns = ColumnValues.None.With(InteractionSchema.Url, ColumnValue.Text("https://www.example.com" + url)) });
            }
        }

        Add(InteractionType.WebinarAttendance, 2);
        foreach (var path in Paths)
        {
            Add(InteractionType.WebsiteVisit, 3, path);
        }

        Add(InteractionType.EmailOpen, 8);
        if (random.NextDouble() < 0.1)
        {
            Add(InteractionType.Unsubscribe, 1);
        }

        return new HistoryLead($"L-{number:D5}", createdOn, columns, interactions.OrderBy(i => i.OccurredOn).ToArray(), LeadOutcome.Open) { AsOf = asOf };
    }

    private static ScoringRule Fit(string name, string column, RuleOperator ruleOperator, string value, int points, string? valueTo = null) =>
        new(Guid.NewGuid(), name, RuleCategory.Fit, points) { Attribute = column, Operator = ruleOperator, Value = value, ValueTo = valueTo };

    private static ScoringRule Behaviour(string name, InteractionType type, int points) =>
        new(Guid.NewGuid(), name, RuleCategory.Behaviour, points) { InteractionType = type };
}
