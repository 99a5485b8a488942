using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Simulation;

/// <summary>
/// The configuration the simulated teams agreed on, created by the admin as records: the scoring model for this
/// market, the agreed rejection reasons and, with the SLA, the agreement itself.
/// </summary>
internal static class MarketConfiguration
{
    /// <summary>Business hours within which sales accepts or rejects a handed-over lead.</summary>
    public const int AcceptWithinHours = 8;

    /// <summary>Days within which sales qualifies an accepted lead.</summary>
    public const int QualifyWithinDays = 14;

    /// <summary>Marketing's promise: a tenth of a month's new leads handed over as MQLs, per calendar month.</summary>
    public static int MinLeadsPerMonth(SimulationSettings settings) => Math.Max(1, (int)Math.Round(settings.Leads * 30.0 / settings.Days / 10));

    /// <summary>The agreed rejection reasons: code, name, disqualifies, requires a comment, days until the lead is recycled.</summary>
    private static readonly (string Code, string Name, bool Disqualifies, bool RequiresComment, int RecycleAfterDays)[] Reasons =
    [
        ("NOFIT", "Not a fit for our offering", true, false, 0),
        ("COMPETITOR", "Competitor or own staff", true, false, 0),
        ("NOBUDGET", "No budget", false, false, 90),
        ("TOOEARLY", "Not ready to buy yet", false, false, 45),
        ("WRONGCONTACT", "Wrong contact person", false, true, 30),
        ("NOREACH", "Could not be reached", false, false, 30),
    ];

    private static readonly RuleSpec[] Rules =
    [
        new("Technical decision role", 40, Column: "jobtitle", Operator: RuleOperator.ContainsAnyKeyword, Value: "head of development;cto;vp engineering"),
        new("Purchasing role", 20, Column: "jobtitle", Operator: RuleOperator.ContainsAnyKeyword, Value: "head of purchasing;procurement"),
        new("Company of 200 to 5,000 employees", 20, Column: "numberofemployees", Operator: RuleOperator.Between, Value: "200", ValueTo: "5000"),
        new("Company above 5,000 employees", 10, Column: "numberofemployees", Operator: RuleOperator.GreaterThan, Value: "5000"),
        new("Budget: can or will buy", 15, Column: "budgetstatus", Operator: RuleOperator.InList, Value: "2;3"),
        new("Buys this quarter", 10, Column: "purchasetimeframe", Operator: RuleOperator.InList, Value: "0;1"),
        new("Free-mail address", -20, Column: "emailaddress1", Operator: RuleOperator.EmailDomainInList, Value: string.Join(';', Market.FreeMailDomains)),
        new("Competitor's address", -60, Column: "emailaddress1", Operator: RuleOperator.EmailDomainInList, Value: string.Join(';', Market.CompetitorDomains)),
        new("Webinar attendance", 30, InteractionType.WebinarAttendance, 60),
        new("Demo or contact form", 15, InteractionType.FormSubmission, 30),
        new("Download", 10, InteractionType.Download, 30),
        new("E-mail click", 5, InteractionType.EmailClick, 15),
        new("Event attendance", 20, InteractionType.EventAttendance, 40),
        new("Pricing page visit", 15, InteractionType.WebsiteVisit, 30, InteractionSchema.Url, RuleOperator.Contains, "/pricing"),
    ];

    public static Guid CreateScoringModel(IOrganizationService admin)
    {
        var modelId = admin.Create(new Entity(ScoringModelSchema.EntityName)
        {
            [ScoringModelSchema.Name] = "Simulated market",
            [ScoringModelSchema.IsActive] = true,
            [ScoringModelSchema.GradeAThreshold] = 60,
            [ScoringModelSchema.GradeBThreshold] = 40,
            [ScoringModelSchema.GradeCThreshold] = 20,
            [ScoringModelSchema.MqlThreshold] = 50,
            [ScoringModelSchema.MqlMinGrade] = new OptionSetValue((int)Grade.B),
            [ScoringModelSchema.DecayHalfLifeDays] = 30,
        });

        foreach (var rule in Rules)
        {
            admin.Create(RuleRow(modelId, rule));
        }

        return modelId;
    }

    public static IReadOnlyList<AgreedReason> CreateRejectionReasons(IOrganizationService admin) =>
        Reasons.Select(r => new AgreedReason(
            admin.Create(new Entity("lsla_rejectionreason")
            {
                ["lsla_name"] = r.Name,
                ["lsla_code"] = r.Code,
                ["lsla_outcome"] = new OptionSetValue(r.Disqualifies ? 271800001 : 271800000),
                ["lsla_requirescomment"] = r.RequiresComment,
                ["lsla_recycleafterdays"] = r.RecycleAfterDays,
                ["lsla_lowersgrade"] = false,
                ["lsla_isactive"] = true,
            }),
            r.Code,
            r.Name,
            r.Disqualifies,
            r.RequiresComment)).ToList();

    /// <summary>
    /// The agreement: with the SLA, the sales team takes hand-overs in turn under deadlines in business hours and
    /// marketing promises a monthly minimum; without it (the baseline), handed-over leads land with one pool owner,
    /// with no deadline, clock or promise. Either is the default agreement, so every lead falls under it.
    /// </summary>
    public static void CreateAgreement(IOrganizationService admin, SimulationSettings settings, Guid modelId, Guid marketingOwnerId, EntityReference salesOwner)
    {
        var agreement = new Entity("lsla_slaagreement")
        {
            ["lsla_name"] = settings.WithSla ? "Lead SLA: simulated market" : "No agreement (baseline)",
            ["lsla_targetgroup"] = "Heads of development and purchasing in companies of 200+ employees",
            ["lsla_market"] = "DACH",
            ["lsla_products"] = "Lead SLA suite",
            ["lsla_marketingownerid"] = new EntityReference("systemuser", marketingOwnerId),
            [salesOwner.LogicalName == "team" ? "lsla_salesteamid" : "lsla_salesownerid"] = salesOwner,
            ["lsla_scoringmodelid"] = new EntityReference(ScoringModelSchema.EntityName, modelId),
            ["lsla_isdefault"] = true,
            ["lsla_timezone"] = "UTC",
            ["lsla_workdaystart"] = 8 * 60,
            ["lsla_workdayend"] = 17 * 60,
            ["lsla_workingdays"] = new OptionSetValueCollection(Enumerable.Range(0, 5).Select(day => new OptionSetValue(271800000 + day)).ToList()),
            ["lsla_atriskpercent"] = 75,
        };
        if (settings.WithSla)
        {
            agreement["lsla_handoverwithinhours"] = 4;
            agreement["lsla_acceptwithinhours"] = AcceptWithinHours;
            agreement["lsla_firstcontactwithinhours"] = 24;
            agreement["lsla_qualifywithindays"] = QualifyWithinDays;
            agreement["lsla_reactivateafterdays"] = 60;
            agreement["lsla_minleadspermonth"] = MinLeadsPerMonth(settings);
        }

        admin.Create(agreement);
    }

    private static Entity RuleRow(Guid modelId, RuleSpec spec)
    {
        var row = new Entity(ScoringRuleSchema.EntityName)
        {
            [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
            [ScoringRuleSchema.Name] = spec.Name,
            [ScoringRuleSchema.Category] = new OptionSetValue((int)(spec.Interaction == null ? RuleCategory.Fit : RuleCategory.Behaviour)),
            [ScoringRuleSchema.Points] = spec.Points,
        };
        if (spec.Interaction is InteractionType type)
        {
            row[ScoringRuleSchema.InteractionType] = new OptionSetValue((int)type);
            row[ScoringRuleSchema.MaxPoints] = spec.MaxPoints;
        }

        if (spec.Column != null)
        {
            row[ScoringRuleSchema.Attribute] = spec.Column;
            row[ScoringRuleSchema.Operator] = new OptionSetValue((int)spec.Operator);
            row[ScoringRuleSchema.Value] = spec.Value;
        }

        if (spec.ValueTo != null)
        {
            row[ScoringRuleSchema.ValueTo] = spec.ValueTo;
        }

        return row;
    }

    // A fit rule reads a lead column; a behaviour rule counts an interaction type, optionally filtered on a column of the interaction.
    private sealed record RuleSpec(string Name, int Points, InteractionType? Interaction = null, int MaxPoints = 0, string? Column = null, RuleOperator Operator = RuleOperator.Equals, string? Value = null, string? ValueTo = null);
}
