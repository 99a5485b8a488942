namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// The synthetic market: personas with job titles, industries, company sizes, BANT answers and e-mail domains
/// (company, free-mail and competitors' domains), drawn from one seeded random source.
/// </summary>
public static class Market
{
    /// <summary>Free-mail domains prospects write from; the starter model marks them down.</summary>
    public static readonly string[] FreeMailDomains = ["gmail.com", "web.de", "gmx.de", "gmx.net", "t-online.de", "freenet.de", "outlook.com"];

    /// <summary>Competitors' domains: their staff download our material too (the starter configuration excludes them).</summary>
    public static readonly string[] CompetitorDomains = ["rivalsoft.example", "leadcompete.example"];

    // Job title, weight, how ready such a person is to buy and how engaged they tend to be. The market speaks German and
    // English, and writes German titles with and without umlauts.
    private static readonly (string Title, int Weight, double Readiness, double Engagement)[] Personas =
    [
        ("Head of Development", 6, 0.65, 0.6),
        ("Entwicklungsleiter", 5, 0.65, 0.6),
        ("Leiterin Forschung & Entwicklung", 3, 0.65, 0.6),
        ("CTO", 4, 0.7, 0.45),
        ("Technischer Geschäftsführer", 2, 0.7, 0.45),
        ("VP Engineering", 3, 0.6, 0.5),
        ("Geschaeftsfuehrer", 3, 0.55, 0.3),
        ("Head of Purchasing", 4, 0.5, 0.35),
        ("Einkaufsleiterin", 4, 0.5, 0.35),
        ("Procurement Manager", 3, 0.4, 0.35),
        ("Einkäufer", 4, 0.4, 0.35),
        ("Software Developer", 9, 0.15, 0.65),
        ("Softwareentwicklerin", 9, 0.15, 0.65),
        ("Marketing Manager", 5, 0.2, 0.4),
        ("Marketingleiterin", 5, 0.2, 0.4),
        ("IT Consultant", 5, 0.25, 0.5),
        ("IT-Berater", 5, 0.25, 0.5),
        ("Student", 4, 0.02, 0.55),
        ("Werkstudentin", 4, 0.02, 0.55),
        ("Office Manager", 5, 0.1, 0.2),
        ("Assistentin der Geschäftsführung", 5, 0.1, 0.2),
    ];

    private static readonly string[] FirstNames = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannes", "Ida", "Jonas", "Katrin", "Lukas", "Mia", "Noah", "Olga", "Paul", "Rosa", "Sven", "Tara", "Uwe", "Vera", "Yusuf", "Zoe", "Emil"];
    private static readonly string[] LastNames = ["Berger", "Schmidt", "Novak", "Rossi", "Meyer", "Jung", "Klein", "Wolf", "Lang", "Brandt", "Hahn", "Vogel", "Kaya", "Lindqvist", "Moreau", "Silva", "Fischer", "Wagner", "Becker", "Kowalski"];
    private static readonly string[] CompanyStems = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Adatum", "Proseware", "Wingtip", "Woodgrove", "Alpine", "Coho", "Lucerne", "Fourth", "Trey", "Humongous", "Blue Yonder", "Margie", "Wide World", "Graphic", "Southridge"];
    private static readonly string[] CompanyForms = ["GmbH", "AG", "Ltd", "Inc", "SE", "BV"];

    // Industries of the lead table's industrycode: software-heavy ones are weighted up.
    private static readonly int[] Industries = [6, 6, 6, 7, 7, 12, 12, 16, 16, 20, 30, 31, 33, 3, 10];

    /// <summary>The market's prospects, each with a lead id and an arrival time within the period.</summary>
    public static IReadOnlyList<Prospect> Prospects(SimulationSettings settings)
    {
        var random = new Random(settings.Seed);
        var totalWeight = Personas.Sum(p => p.Weight);
        // Arrivals stop a little before the end so the last leads still get a chance to show behaviour.
        var arrivalSpan = TimeSpan.FromDays(Math.Max(1, settings.Days * 0.9));
        var prospects = new List<Prospect>(settings.Leads);
        for (var number = 1; number <= settings.Leads; number++)
        {
            var persona = Pick(random, totalWeight);
            var readiness = Math.Clamp(persona.Readiness + ((random.NextDouble() - 0.5) * 0.5), 0, 1);
            var engagement = Math.Clamp(persona.Engagement + ((random.NextDouble() - 0.5) * 0.6), 0, 1);
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var company = $"{CompanyStems[random.Next(CompanyStems.Length)]} {CompanyForms[random.Next(CompanyForms.Length)]}";
            var domain = DomainFor(random, company);
            // The share of the span first: the span times the number of leads would overflow a TimeSpan in a large market.
            var arrives = SimulationSettings.Start + (arrivalSpan * ((number - 1) / (double)settings.Leads)) + TimeSpan.FromMinutes(random.Next(0, 600));
            prospects.Add(new Prospect(
                number,
                SeededId.From(random),
                first,
                last,
                persona.Title,
                company,
                // Company size: log-uniform from 5 to 20,000 employees.
                (int)Math.Round(Math.Exp(Math.Log(5) + (random.NextDouble() * (Math.Log(20000) - Math.Log(5))))),
                Industries[random.Next(Industries.Length)],
                $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{number}@{domain}",
                BudgetStatus: Answer(random, readiness, 4),
                DecisionMaker: random.NextDouble() < readiness * 0.8,
                Need: 3 - Answer(random, readiness, 4),
                PurchaseTimeframe: 4 - Answer(random, readiness, 5),
                LeadSource: random.Next(2) == 0 ? 8 : random.Next(1, 11),
                engagement,
                readiness,
                arrives));
        }

        return prospects;
    }

    private static (string Title, int Weight, double Readiness, double Engagement) Pick(Random random, int totalWeight)
    {
        var ticket = random.Next(totalWeight);
        foreach (var persona in Personas)
        {
            ticket -= persona.Weight;
            if (ticket < 0)
            {
                return persona;
            }
        }

        return Personas[^1];
    }

    private static string DomainFor(Random random, string company)
    {
        var roll = random.NextDouble();
        return roll < 0.18 ? FreeMailDomains[random.Next(FreeMailDomains.Length)]
            : roll < 0.21 ? CompetitorDomains[random.Next(CompetitorDomains.Length)]
            : company.Split(' ')[0].ToLowerInvariant() + ".example";
    }

    // An answer on a scale of 0..levels-1: ready prospects give high answers, with noise.
    private static int Answer(Random random, double readiness, int levels) =>
        Math.Clamp((int)Math.Floor((readiness + ((random.NextDouble() - 0.5) * 0.6)) * levels), 0, levels - 1);
}
