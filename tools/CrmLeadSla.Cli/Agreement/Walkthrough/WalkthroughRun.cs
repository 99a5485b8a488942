using System.Globalization;
using System.ServiceModel;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Agreement.Walkthrough;

/// <summary>One walkthrough: a marketing and a sales user work two leads on the local Dataverse.</summary>
/// <param name="output">Where the story is written.</param>
/// <param name="solutionPath">The solution folder or packed zip, or null for the repository's Solution/.</param>
public sealed class WalkthroughRun(TextWriter output, string? solutionPath)
{
    // A Monday morning, so the story reads like a working week.
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    // The people of the story by id, to name them in a refusal.
    private readonly Dictionary<Guid, string> people = [];

    private LocalOrganization organization = null!;

    /// <summary>Whether each step also shows what the plug-ins traced (<c>--verbose</c>).</summary>
    public bool ShowTraces { get; init; }

    /// <summary>Runs the walkthrough; returns the process exit code. A solution that cannot be loaded throws (<see cref="SolutionSourceException"/>, <see cref="SolutionImportException"/>).</summary>
    public int Execute()
    {
        var installed = SolutionOrganization.Load(solutionPath, SolutionAssemblies.Loaded, Start);
        var sample = installed.SampleConfiguration;

        var solution = installed.Solution;
        organization = installed.Organization;
        var marketing = organization.ServiceFor(User(installed, "Mara Marketing", LeadSlaRoles.Marketing));
        var samId = User(installed, "Sam Sales", LeadSlaRoles.Sales);
        var sales = organization.ServiceFor(samId);

        output.WriteLine(UserLanguage.Pick(
            $"Solution {solution.UniqueName} {solution.Version} on the local Dataverse: {solution.SolutionTables.Count:N0} tables, {solution.Roles.Count:N0} security roles, {solution.Steps.Count():N0} plug-in steps.",
            $"Lösung {solution.UniqueName} {solution.Version} auf dem lokalen Dataverse: {solution.SolutionTables.Count:N0} Tabellen, {solution.Roles.Count:N0} Sicherheitsrollen, {solution.Steps.Count():N0} Plug-in-Schritte."));
        output.WriteLine(UserLanguage.Pick($"The story starts {Stamp(organization.Clock.UtcNow)} (UTC).", $"Die Geschichte beginnt {Stamp(organization.Clock.UtcNow)} (UTC)."));

        var admin = organization.ServiceFor(User(installed, "Ada Admin", LeadSlaRoles.Administrator));
        Run(
            UserLanguage.Pick(
                "Ada Admin loads the sample configuration: the scoring model (grades A ≥ 60 / B ≥ 40 / C ≥ 20 fit points, MQL at 50 behaviour points from grade B), an agreement and the rejection reasons",
                "Ada Admin lädt die Beispielkonfiguration: das Bewertungsmodell (Noten A ≥ 60 / B ≥ 40 / C ≥ 20 Profilpunkte, MQL ab 50 Verhaltenspunkten ab Note B), eine Vereinbarung und die Ablehnungsgründe"),
            () => SampleConfigurationLoader.LoadInto(sample, admin));
        Run(
            UserLanguage.Pick(
                "Ada Admin names Sam Sales the sales owner of the sample agreement, the default one, and sets its hand-over to automatic (no review by marketing): handed-over leads go to him",
                "Ada Admin macht Sam Sales zum Vertriebsverantwortlichen der Beispielvereinbarung, der Standardvereinbarung, und stellt ihre Übergabe auf automatisch (ohne Prüfung durch das Marketing): übergebene Leads gehen an ihn"),
            () => NameSalesOwner(admin, sample.Rows.Single(r => r.Table == SlaAgreementSchema.EntityName).Id, samId));
        var dana = Run(
            UserLanguage.Pick(
                "Mara Marketing creates lead Dana Berger, Head of Development at Contoso (800 employees)",
                "Mara Marketing legt den Lead Dana Berger an, Head of Development bei Contoso (800 Beschäftigte)"),
            () => marketing.Create(Lead("Dana", "Berger", "Head of Development", "Contoso", 800, "dana.berger@contoso.example")));
        var paul = Run(
            UserLanguage.Pick(
                "Mara Marketing creates lead Paul Jung, Head of Purchasing at Fabrikam (120 employees), with a free-mail address",
                "Mara Marketing legt den Lead Paul Jung an, Head of Purchasing bei Fabrikam (120 Beschäftigte), mit einer Freemail-Adresse"),
            () => marketing.Create(Lead("Paul", "Jung", "Head of Purchasing", "Fabrikam", 120, "paul.jung@gmail.com")));
        Run(
            UserLanguage.Pick("Mara Marketing records Dana's webinar attendance", "Mara Marketing erfasst Danas Teilnahme am Webinar"),
            () => marketing.Create(Interaction(dana, "Webinar: lead scoring that sales trusts", InteractionType.WebinarAttendance, null)));
        Run(
            UserLanguage.Pick("Mara Marketing records Paul's visit to the pricing page", "Mara Marketing erfasst Pauls Besuch der Preisseite"),
            () => marketing.Create(Interaction(paul, "Visited the pricing page", InteractionType.WebsiteVisit, "https://www.example.com/pricing")));

        organization.Clock.Advance(TimeSpan.FromHours(2));
        Run(
            UserLanguage.Pick(
                "Mara Marketing records Dana's visit to the pricing page: her behaviour reaches the MQL threshold",
                "Mara Marketing erfasst Danas Besuch der Preisseite: ihr Verhalten erreicht die MQL-Schwelle"),
            () => marketing.Create(Interaction(dana, "Visited the pricing page", InteractionType.WebsiteVisit, "https://www.example.com/pricing")));
        organization.Clock.Advance(TimeSpan.FromHours(1));
        Run(UserLanguage.Pick("Sam Sales accepts Dana (SAL)", "Sam Sales nimmt Dana an (SAL)"), () => MoveStage(sales, dana, FunnelStage.Sal));
        Run(
            UserLanguage.Pick(
                "Sam Sales tries to create a scoring model (sales may not change the scoring)",
                "Sam Sales versucht, ein Bewertungsmodell anzulegen (der Vertrieb darf die Bewertung nicht ändern)"),
            () => sales.Create(new Entity(ScoringModelSchema.EntityName)
            {
                [ScoringModelSchema.Name] = "Sales' own model",
                [ScoringModelSchema.IsActive] = false,
                [ScoringModelSchema.GradeAThreshold] = 30,
                [ScoringModelSchema.GradeBThreshold] = 20,
                [ScoringModelSchema.GradeCThreshold] = 10,
                [ScoringModelSchema.MqlThreshold] = 10,
            }));

        var firstContactDue = marketing.Retrieve(LeadSchema.EntityName, dana, new ColumnSet(LeadSchema.FirstContactDueOn)).GetAttributeValue<DateTime>(LeadSchema.FirstContactDueOn);
        Run(
            UserLanguage.Pick(
                $"Time passes to {Stamp(firstContactDue.AddHours(1))} and nobody calls Dana: the system jobs run as they fall due, the shipped workflows check her clocks at each deadline",
                $"Die Zeit vergeht bis {Stamp(firstContactDue.AddHours(1))}, und niemand ruft Dana an: die Systemaufträge laufen, wenn sie fällig werden, die mitgelieferten Workflows prüfen jede SLA-Frist, sobald sie abläuft"),
            () => organization.RunAsyncJobsUntil(firstContactDue.AddHours(1)));

        PrintLeads(marketing);
        PrintHistory(marketing);
        PrintJobs();
        return ExitCodes.Done;
    }

    // One step of the story: what the person does, then what happened to the leads and why, or the refusal; the
    // plug-ins' traces and the requests only with --verbose.
    private T? Run<T>(string title, Func<T> action)
    {
        output.WriteLine();
        output.WriteLine($"▶ {Stamp(organization.Clock.UtcNow)}  {title}");
        var system = organization.ServiceFor(organization.SystemUserId);
        var before = LeadChanges.Read(system, organization.Metadata);
        var tracesBefore = organization.Traces.Entries.Count;
        var result = default(T);
        string? refusal = null;
        (int All, int ByUser, int FromPlugins, int FromWorkflows) requests;
        using (var measured = organization.Requests.Measure())
        {
            try
            {
                result = action();
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                refusal = RefusalSentence.Of(fault.Detail, NameOf, organization.Metadata);
            }

            requests = (measured.Count, measured.TopLevel, measured.FromPlugins, measured.FromWorkflows);
        }

        var traces = organization.Traces.Entries.Skip(tracesBefore).ToList();
        if (refusal is not null)
        {
            output.WriteLine(UserLanguage.Pick("  refused: ", "  abgelehnt: ") + refusal);
        }

        foreach (var line in LeadChanges.Between(before, LeadChanges.Read(system, organization.Metadata)))
        {
            output.WriteLine("  " + line);
        }

        if (!ShowTraces)
        {
            return result;
        }

        foreach (var trace in traces)
        {
            output.WriteLine($"  {trace.Stage} {trace.Message} {trace.PrimaryEntity} · {trace.StepName} (depth {trace.Depth})");
            foreach (var line in trace.Lines.Where(l => !l.StartsWith("Entered ", StringComparison.Ordinal) && !l.StartsWith("Exited ", StringComparison.Ordinal)))
            {
                output.WriteLine($"      {line}");
            }
        }

        output.WriteLine(UserLanguage.Pick(
            $"  {requests.All:N0} request(s): {requests.ByUser:N0} by the user, {requests.FromPlugins:N0} from plug-ins, {requests.FromWorkflows:N0} from workflows",
            $"  {requests.All:N0} Anfrage(n): {requests.ByUser:N0} vom Benutzer, {requests.FromPlugins:N0} von Plug-ins, {requests.FromWorkflows:N0} von Workflows"));
        return result;
    }

    private Guid User(SolutionOrganization installed, string name, string role)
    {
        var id = installed.CreateUser(name, role);
        people[id] = name;
        return id;
    }

    private string? NameOf(Guid userId) => people.GetValueOrDefault(userId);

    private static bool NameSalesOwner(IOrganizationService service, Guid agreementId, Guid userId)
    {
        service.Update(new Entity(SlaAgreementSchema.EntityName, agreementId)
        {
            [SlaAgreementSchema.SalesOwnerId] = new EntityReference("systemuser", userId),
            [SlaAgreementSchema.HandOverMode] = new OptionSetValue((int)HandOverMode.Automatic),
        });
        return true;
    }

    private static bool MoveStage(IOrganizationService service, Guid leadId, FunnelStage stage)
    {
        service.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)stage) });
        return true;
    }

    private void PrintHistory(IOrganizationService service)
    {
        var query = new QueryExpression(StageTransitionSchema.EntityName)
        {
            ColumnSet = new ColumnSet(StageTransitionSchema.FromStage, StageTransitionSchema.ToStage, StageTransitionSchema.ChangedOn, StageTransitionSchema.ChangedBy, StageTransitionSchema.TriggeredBy),
        };
        query.AddOrder(StageTransitionSchema.ChangedOn, OrderType.Ascending);
        var lead = query.AddLink(LeadSchema.EntityName, StageTransitionSchema.LeadId, LeadSchema.Id);
        lead.EntityAlias = "lead";
        lead.Columns = new ColumnSet("fullname");

        output.WriteLine();
        output.WriteLine(UserLanguage.Pick("Stage history (lsla_stagetransition):", "Phasenverlauf (lsla_stagetransition):"));
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var name = row.GetAttributeValue<AliasedValue>("lead.fullname")?.Value;
            var from = row.FormattedValues.Contains(StageTransitionSchema.FromStage) ? row.FormattedValues[StageTransitionSchema.FromStage] : UserLanguage.Pick("(new)", "(neu)");
            var to = row.FormattedValues[StageTransitionSchema.ToStage];
            var by = row.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy)?.Name;
            var trigger = row.GetAttributeValue<EntityReference>(StageTransitionSchema.TriggeredBy)?.Name is string user ? UserLanguage.Pick($" (triggered by {user})", $" (ausgelöst von {user})") : string.Empty;
            output.WriteLine($"  {Stamp(row.GetAttributeValue<DateTime>(StageTransitionSchema.ChangedOn))}  {name,-14} {from,-8} → {to,-8} {UserLanguage.Pick("by", "von")} {by}{trigger}");
        }
    }

    // The system jobs (asyncoperation): each shipped workflow run and where it stands.
    private void PrintJobs()
    {
        output.WriteLine();
        output.WriteLine(UserLanguage.Pick("System jobs:", "Systemaufträge:"));
        foreach (var job in organization.AsyncJobs.All)
        {
            var until = job.Status == LocalDataverse.Pipeline.AsyncJobStatus.Postponed && job.PostponeUntil is { } due && due != DateTime.MaxValue ? UserLanguage.Pick($" until {Stamp(due)}", $" bis {Stamp(due)}") : string.Empty;
            output.WriteLine($"  {job.Name,-45} {job.Status}{until}{(job.Error is { Length: > 0 } error ? ": " + error : string.Empty)}");
        }
    }

    private void PrintLeads(IOrganizationService service)
    {
        var query = new QueryExpression(LeadSchema.EntityName)
        {
            ColumnSet = new ColumnSet("fullname", LeadSchema.LeadIndex, LeadSchema.FitScore, LeadSchema.BehaviorScore, LeadSchema.FunnelStage, LeadSchema.ScoreExplanation),
        };
        query.AddOrder("fullname", OrderType.Ascending);

        output.WriteLine();
        output.WriteLine(UserLanguage.Pick("Leads at the end:", "Leads am Ende:"));
        foreach (var lead in service.RetrieveMultiple(query).Entities)
        {
            output.WriteLine(UserLanguage.Pick(
                $"  {lead.GetAttributeValue<string>("fullname"),-14} index {lead.GetAttributeValue<string>(LeadSchema.LeadIndex),-5} fit {lead.GetAttributeValue<int>(LeadSchema.FitScore),4:N0}  behaviour {lead.GetAttributeValue<int>(LeadSchema.BehaviorScore),4:N0}  stage {lead.FormattedValues[LeadSchema.FunnelStage]}",
                $"  {lead.GetAttributeValue<string>("fullname"),-14} Index {lead.GetAttributeValue<string>(LeadSchema.LeadIndex),-5} Profil {lead.GetAttributeValue<int>(LeadSchema.FitScore),4:N0}  Verhalten {lead.GetAttributeValue<int>(LeadSchema.BehaviorScore),4:N0}  Phase {lead.FormattedValues[LeadSchema.FunnelStage]}"));
            var explanation = lead.GetAttributeValue<string>(LeadSchema.ScoreExplanation) ?? string.Empty;
            foreach (var line in explanation.Split('\n'))
            {
                output.WriteLine($"      {line}");
            }
        }
    }

    private static Entity Lead(string first, string last, string jobTitle, string company, int employees, string email) => new(LeadSchema.EntityName)
    {
        ["firstname"] = first,
        ["lastname"] = last,
        ["jobtitle"] = jobTitle,
        ["companyname"] = company,
        ["numberofemployees"] = employees,
        ["emailaddress1"] = email,
        ["subject"] = $"{company}: {jobTitle}",
    };

    private Entity Interaction(Guid leadId, string subject, InteractionType type, string? url)
    {
        var interaction = new Entity(InteractionSchema.EntityName)
        {
            [InteractionSchema.Subject] = subject,
            [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, leadId),
            [InteractionSchema.InteractionType] = new OptionSetValue((int)type),
            [InteractionSchema.OccurredOn] = organization.Clock.UtcNow,
        };
        if (url != null)
        {
            interaction[InteractionSchema.Url] = url;
        }

        return interaction;
    }


    // Weekday and time in the reader's culture ("Mon 2026-03-02 08:00", "Mo. 2026-03-02 08:00").
    private static string Stamp(DateTime utc) => utc.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.CurrentCulture);
}
