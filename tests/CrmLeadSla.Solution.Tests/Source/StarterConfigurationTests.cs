extern alias workflows;

using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// The starter configuration is the white paper: with nothing but the shipped sample configuration loaded, marketing's
/// leads are scored, graded and excluded as the white paper's agreement says, in German and English.
/// </summary>
public sealed class StarterConfigurationTests
{
    private static readonly SolutionDefinition Solution = SolutionFolder.Load();

    private readonly IOrganizationService marketing;

    public StarterConfigurationTests()
    {
        var installed = SolutionOrganization.FromSource(Solution, [typeof(LeadScoringPlugin).Assembly, typeof(workflows::CrmLeadSla.Workflows.SlaActivity).Assembly], new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        SampleConfigurationLoader.LoadInto(Solution.SampleConfiguration, installed.ServiceFor(installed.CreateUser("Ada Admin", LeadSlaRoles.Administrator)));
        marketing = installed.ServiceFor(installed.CreateUser("Mara Marketing", LeadSlaRoles.Marketing));
    }

    [Theory]
    [InlineData("Entwicklungsleiter", "Einkaufsleiter")]
    [InlineData("Leiter Entwicklung", "Leiter Einkauf")]
    [InlineData("Leiterin Forschung & Entwicklung", "Einkäuferin")]
    [InlineData("Head of R&D", "Purchasing Manager")]
    [InlineData("CTO", "Einkäufer")]
    [InlineData("Geschäftsführer", "Einkaufsleiter")]
    public void A_technical_or_managing_role_earns_more_fit_than_a_purchasing_role_and_purchasing_more_than_none(string decider, string buyer)
    {
        var fit = new[] { decider, buyer, "Office Manager" }.Select(title => Fit(Lead(title))).ToList();

        Assert.True(fit[0] > fit[1] && fit[1] > fit[2], $"{decider} {fit[0]}, {buyer} {fit[1]}, Office Manager {fit[2]}");
    }

    [Fact]
    public void Geschaeftsfuehrer_written_without_umlauts_scores_as_Geschaeftsfuehrer()
    {
        Assert.Equal(Fit(Lead("Geschäftsführer")), Fit(Lead("Geschaeftsfuehrer")));
    }

    [Fact]
    public void A_fitting_role_and_size_with_every_BANT_answer_positive_is_grade_A_and_with_every_answer_negative_grade_D()
    {
        var positive = Lead("Entwicklungsleiter", bant: (Budget: 3, DecisionMaker: true, Need: 0, Timeframe: 0));
        var negative = Lead("Entwicklungsleiter", bant: (Budget: 0, DecisionMaker: false, Need: 3, Timeframe: 4));

        Assert.Equal(('A', 'D'), (Grade(positive), Grade(negative)));
    }

    [Theory]
    [InlineData("t-online.de")]
    [InlineData("gmx.net")]
    [InlineData("web.de")]
    [InlineData("freenet.de")]
    [InlineData("gmail.com")]
    public void A_free_mail_address_scores_below_a_company_address(string freeMail)
    {
        Assert.True(Fit(Lead("Einkaufsleiter", domain: freeMail)) < Fit(Lead("Einkaufsleiter", domain: "mueller-maschinenbau.de")));
    }

    [Fact]
    public void A_lead_from_a_competitors_domain_is_excluded_with_the_rules_name()
    {
        var lead = marketing.Retrieve(LeadSchema.EntityName, Lead("Head of Development", domain: "rivalsoft.example"), new ColumnSet(LeadSchema.Excluded, LeadSchema.ExclusionReason));

        Assert.True(lead.GetAttributeValue<bool>(LeadSchema.Excluded));
        Assert.StartsWith("Wettbewerber · Competitor", lead.GetAttributeValue<string>(LeadSchema.ExclusionReason), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void The_agreement_keeps_Germanys_nationwide_holidays_of_each_year_from_2026_to_2030(int year)
    {
        var easter = EasterSunday(year);
        var expected = new[]
        {
            new DateTime(year, 1, 1), easter.AddDays(-2), easter.AddDays(1), new DateTime(year, 5, 1), easter.AddDays(39),
            easter.AddDays(50), new DateTime(year, 10, 3), new DateTime(year, 12, 25), new DateTime(year, 12, 26),
        };

        var shipped = Solution.SampleConfiguration.Rows
            .Where(row => row.Table == HolidaySchema.EntityName)
            .Select(row => (DateTime)row.Values.Single(value => value.Column == HolidaySchema.Date).Value)
            .Where(date => date.Year == year)
            .Select(date => date.Date)
            .OrderBy(date => date);

        Assert.Equal(expected.OrderBy(date => date), shipped);
    }

    // The Gregorian Easter Sunday (the anonymous algorithm of 1876, Meeus/Jones/Butcher).
    private static DateTime EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        return new DateTime(year, (h + l - (7 * m) + 114) / 31, ((h + l - (7 * m) + 114) % 31) + 1);
    }

    private Guid Lead(string jobTitle, string domain = "mueller-maschinenbau.de", (int Budget, bool DecisionMaker, int Need, int Timeframe)? bant = null)
    {
        var lead = new Entity(LeadSchema.EntityName)
        {
            ["lastname"] = "Berger",
            ["companyname"] = "Müller Maschinenbau GmbH",
            ["subject"] = jobTitle,
            ["jobtitle"] = jobTitle,
            ["numberofemployees"] = 800,
            ["emailaddress1"] = "anna.berger@" + domain,
        };
        if (bant is var (budget, decisionMaker, need, timeframe))
        {
            lead["budgetstatus"] = new OptionSetValue(budget);
            lead["decisionmaker"] = decisionMaker;
            lead["need"] = new OptionSetValue(need);
            lead["purchasetimeframe"] = new OptionSetValue(timeframe);
        }

        return marketing.Create(lead);
    }

    private int Fit(Guid lead) => Row(lead).GetAttributeValue<int>(LeadSchema.FitScore);

    private char Grade(Guid lead) => Row(lead).GetAttributeValue<string>(LeadSchema.LeadIndex)[0];

    private Entity Row(Guid lead) => marketing.Retrieve(LeadSchema.EntityName, lead, new ColumnSet(LeadSchema.FitScore, LeadSchema.LeadIndex));
}
