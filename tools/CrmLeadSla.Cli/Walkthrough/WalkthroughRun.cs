using System.Globalization;
using System.ServiceModel;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Walkthrough;

/// <summary>One walkthrough: a marketing and a sales user work two leads on the local Dataverse.</summary>
/// <param name="output">Where the story is written.</param>
/// <param name="solutionPath">The solution folder or packed zip, or null for the repository's Solution/.</param>
public sealed class WalkthroughRun(TextWriter output, string? solutionPath)
{
    // A Monday morning, so the story reads like a working week.
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private LocalOrganization organization = null!;

    /// <summary>Whether each step also shows what the plug-ins traced (<c>--verbose</c>).</summary>
    public bool ShowTraces { get; init; }

    /// <summary>Runs the walkthrough; returns the process exit code. A solution that cannot be loaded throws (<see cref="SolutionSourceException"/>, <see cref="SolutionImportException"/>).</summary>
    public int Execute()
    {
        var installed = SolutionOrganization.Load(solutionPath, SolutionAssemblies.Loaded, Start);

        // Sample data is no solution component: a zip carries none, so it comes from the repository's Solution/.
        var sample = installed.Solution.SampleConfiguration.Rows.Count > 0 ? installed.Solution.SampleConfiguration : SolutionFolder.Load().SampleConfiguration;

        var solution = installed.Solution;
        organization = installed.Organization;
        var marketing = organization.ServiceFor(installed.CreateUser("Mara Marketing", LeadSlaRoles.Marketing));
        var samId = installed.CreateUser("Sam Sales", LeadSlaRoles.Sales);
        var sales = organization.ServiceFor(samId);

        output.WriteLine($"Solution {solution.UniqueName} {solution.Version}: {solution.SolutionTables.Count} tables, {solution.Roles.Count} security roles, {solution.Steps.Count()} plug-in steps.");
        output.WriteLine($"Local Dataverse clock: {Stamp(organization.Clock.UtcNow)} UTC");

        var admin = organization.ServiceFor(installed.CreateUser("Ada Admin", "Lead SLA Administrator"));
        Run("Ada Admin loads the sample configuration: the scoring model (grades A ≥ 60 / B ≥ 40 / C ≥ 20 fit points, MQL at 50 behaviour points from grade B), an agreement and the rejection reasons", () =>
            SampleConfigurationLoader.LoadInto(sample, admin));
        Run("Ada Admin names Sam Sales the sales owner of the sample agreement, the default one: handed-over leads go to him", () =>
            NameSalesOwner(admin, sample.Rows.Single(r => r.Table == SlaAgreementSchema.EntityName).Id, samId));
        var dana = Run("Mara Marketing creates lead Dana Berger, Head of Development at Contoso (800 employees)", () =>
            marketing.Create(Lead("Dana", "Berger", "Head of Development", "Contoso", 800, "dana.berger@contoso.example")));
        var paul = Run("Mara Marketing creates lead Paul Jung, Head of Purchasing at Fabrikam (120 employees), with a free-mail address", () =>
            marketing.Create(Lead("Paul", "Jung", "Head of Purchasing", "Fabrikam", 120, "paul.jung@gmail.com")));
        Run("Mara Marketing records Dana's webinar attendance", () =>
            marketing.Create(Interaction(dana, "Webinar: lead scoring that sales trusts", InteractionType.WebinarAttendance, null)));
        Run("Mara Marketing records Paul's visit to the pricing page", () =>
            marketing.Create(Interaction(paul, "Visited the pricing page", InteractionType.WebsiteVisit, "https://www.example.com/pricing")));

        organization.Clock.Advance(TimeSpan.FromHours(2));
        Run("Mara Marketing records Dana's visit to the pricing page: her behaviour reaches the MQL threshold", () =>
            marketing.Create(Interaction(dana, "Visited the pricing page", InteractionType.WebsiteVisit, "https://www.example.com/pricing")));
        organization.Clock.Advance(TimeSpan.FromHours(1));
        Run("Sam Sales accepts Dana (SAL)", () => MoveStage(sales, dana, FunnelStage.Sal));
        Run("Sam Sales tries to create a scoring model (sales may not change the scoring)", () =>
            sales.Create(new Entity(ScoringModelSchema.EntityName)
            {
                [ScoringModelSchema.Name] = "Sales' own model",
                [ScoringModelSchema.IsActive] = false,
                [ScoringModelSchema.GradeAThreshold] = 30,
                [ScoringModelSchema.GradeBThreshold] = 20,
                [ScoringModelSchema.GradeCThreshold] = 10,
                [ScoringModelSchema.MqlThreshold] = 10,
            }));

        var firstContactDue = marketing.Retrieve(LeadSchema.EntityName, dana, new ColumnSet(LeadSchema.FirstContactDueOn)).GetAttributeValue<DateTime>(LeadSchema.FirstContactDueOn);
        Run($"Time passes to {Stamp(firstContactDue.AddHours(1))} and nobody calls Dana: the system jobs run as they fall due, the shipped workflows check her clocks at each deadline", () =>
            organization.RunAsyncJobsUntil(firstContactDue.AddHours(1)));

        PrintLeads(marketing);
        PrintHistory(marketing);
        PrintJobs();
        output.WriteLine();
        output.WriteLine($"Organization-service requests in all: {organization.Requests.Count} ({organization.Requests.TopLevel} by users, {organization.Requests.FromPlugins} from plug-ins, {organization.Requests.FromWorkflows} from workflows).");
        return 0;
    }

    private T? Run<T>(string title, Func<T> action)
    {
        output.WriteLine();
        output.WriteLine($"▶ {Stamp(organization.Clock.UtcNow)}  {title}");
        var tracesBefore = organization.Traces.Entries.Count;
        using var requests = organization.Requests.Measure();
        var result = default(T);
        try
        {
            result = action();
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            output.WriteLine($"  refused: {fault.Detail.Message}");
        }

        foreach (var trace in organization.Traces.Entries.Skip(tracesBefore).Where(_ => ShowTraces))
        {
            output.WriteLine($"  {trace.Stage} {trace.Message} {trace.PrimaryEntity} · {trace.StepName} (depth {trace.Depth})");
            foreach (var line in trace.Lines.Where(l => !l.StartsWith("Entered ", StringComparison.Ordinal) && !l.StartsWith("Exited ", StringComparison.Ordinal)))
            {
                output.WriteLine($"      {line}");
            }
        }

        output.WriteLine($"  {requests.Count} request(s): {requests.TopLevel} by the user, {requests.FromPlugins} from plug-ins, {requests.FromWorkflows} from workflows");
        return result;
    }

    private static bool NameSalesOwner(IOrganizationService service, Guid agreementId, Guid userId)
    {
        service.Update(new Entity(SlaAgreementSchema.EntityName, agreementId) { [SlaAgreementSchema.SalesOwnerId] = new EntityReference("systemuser", userId) });
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
        output.WriteLine("Stage history (lsla_stagetransition):");
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var name = row.GetAttributeValue<AliasedValue>("lead.fullname")?.Value;
            var from = row.FormattedValues.Contains(StageTransitionSchema.FromStage) ? row.FormattedValues[StageTransitionSchema.FromStage] : "(new)";
            var to = row.FormattedValues[StageTransitionSchema.ToStage];
            var by = row.GetAttributeValue<EntityReference>(StageTransitionSchema.ChangedBy)?.Name;
            var trigger = row.GetAttributeValue<EntityReference>(StageTransitionSchema.TriggeredBy)?.Name is string user ? $" (triggered by {user})" : string.Empty;
            output.WriteLine($"  {Stamp(row.GetAttributeValue<DateTime>(StageTransitionSchema.ChangedOn))}  {name,-14} {from,-8} → {to,-8} by {by}{trigger}");
        }
    }

    // The system jobs (asyncoperation): each shipped workflow run and where it stands.
    private void PrintJobs()
    {
        output.WriteLine();
        output.WriteLine("System jobs:");
        foreach (var job in organization.AsyncJobs.All)
        {
            var until = job.Status == LocalDataverse.Pipeline.AsyncJobStatus.Postponed && job.PostponeUntil is { } due && due != DateTime.MaxValue ? $" until {Stamp(due)}" : string.Empty;
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
        output.WriteLine("Leads:");
        foreach (var lead in service.RetrieveMultiple(query).Entities)
        {
            output.WriteLine($"  {lead.GetAttributeValue<string>("fullname"),-14} index {lead.GetAttributeValue<string>(LeadSchema.LeadIndex),-5} fit {lead.GetAttributeValue<int>(LeadSchema.FitScore),4}  behaviour {lead.GetAttributeValue<int>(LeadSchema.BehaviorScore),4}  stage {lead.FormattedValues[LeadSchema.FunnelStage]}");
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


    private static string Stamp(DateTime utc) => utc.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
