using CrmLeadSla.LocalDataverse;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>
/// The solution on a local organization as the benchmark measures it: an active model of N fit rules, a marketing
/// and a sales user, a default agreement owned by sales and a rejection reason. Events are made as the users make them.
/// </summary>
public sealed class BenchOrganization
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<SolutionDefinition> Solution = new(SolutionFolder.Load);

    private readonly Guid rejectionReasonId;

    /// <summary>A new organization with a model of <paramref name="fitRules"/> fit rules.</summary>
    public BenchOrganization(int fitRules)
    {
        var installed = SolutionOrganization.FromSource(Solution.Value, [.. SolutionAssemblies.Loaded, typeof(NaiveScoringPlugin).Assembly], Start);
        Organization = installed.Organization;
        var team = new TeamMembers(installed);
        var salesUserId = team.SalesRep();
        Marketing = Organization.ServiceFor(team.Marketer());
        Sales = Organization.ServiceFor(salesUserId);
        new AgreementBuilder("Default agreement").SalesOwner(salesUserId).Default().CreateIn(System);
        rejectionReasonId = System.Create(new Entity(RejectionReasonSchema.EntityName)
        {
            [RejectionReasonSchema.Name] = "No budget this year",
            [RejectionReasonSchema.Code] = "NO-BUDGET",
            [RejectionReasonSchema.Outcome] = new OptionSetValue((int)RejectionOutcome.Nurture),
        });
        ModelId = BenchRules.CreateIn(System, fitRules);
        Organization.RunPendingAsyncJobs();
    }

    /// <summary>The local organization.</summary>
    public LocalOrganization Organization { get; }

    /// <summary>The active scoring model.</summary>
    public Guid ModelId { get; }

    /// <summary>Marketing's service.</summary>
    public IOrganizationService Marketing { get; }

    /// <summary>Sales' service.</summary>
    public IOrganizationService Sales { get; }

    /// <summary>SYSTEM's service.</summary>
    public IOrganizationService System => Organization.ServiceFor(Organization.SystemUserId);

    private LeadJourney Journey => new(Marketing, Sales);

    /// <summary>Replaces the shipped interaction Create step with <see cref="NaiveScoringPlugin"/>, registered the same way.</summary>
    public BenchOrganization WithNaiveInteractionScoring()
    {
        var ours = Organization.Steps.All.Single(step => step.PluginTypeName == typeof(InteractionScoringPlugin).FullName && step.Message == "Create");
        System.Update(new Entity("sdkmessageprocessingstep", ours.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        Organization.Steps.Add(new StepRegistrations([ours with { Id = Guid.NewGuid(), Name = "Naive interaction scoring", PluginTypeName = typeof(NaiveScoringPlugin).FullName! }]));
        return this;
    }

    /// <summary>Marketing creates a lead.</summary>
    public Guid NewLead() => Marketing.Create(BenchRules.Lead(Guid.Empty));

    /// <summary>A lead handed over to sales (MQL).</summary>
    public Guid HandedOverLead() => Journey.HandedOver(BenchRules.Lead(Guid.Empty));

    /// <summary>A lead sales has accepted (SAL).</summary>
    public Guid AcceptedLead() => Journey.Accepted(BenchRules.Lead(Guid.Empty));

    /// <summary>Marketing changes a column the fit rules read.</summary>
    public void ChangeJobTitle(Guid leadId, string jobTitle) =>
        Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { ["jobtitle"] = jobTitle });

    /// <summary>Marketing records an interaction with the lead.</summary>
    public void Interact(Guid leadId) => Marketing.Create(Interaction(leadId, InteractionType.WebinarAttendance));

    /// <summary>
    /// An Inquiry one webinar short of the model's MQL threshold: the next <see cref="Interact"/> moves it to MQL and
    /// hands it over to sales.
    /// </summary>
    public Guid LeadOneInteractionShortOfMql()
    {
        var leadId = NewLead();
        for (var points = 0; points + 10 < BenchRules.Settings.MqlThreshold; points += 10)
        {
            Interact(leadId);
        }

        return leadId;
    }

    /// <summary>
    /// A new lead with <paramref name="count"/> earlier website visits, a thousand per CreateMultiple. Written before
    /// <see cref="WithNaiveInteractionScoring"/>: the baseline would replay the whole history for every row.
    /// </summary>
    public Guid LeadWithHistory(int count)
    {
        var leadId = NewLead();
        foreach (var chunk in Enumerable.Range(0, count).Select(_ => Interaction(leadId, InteractionType.WebsiteVisit)).Chunk(1000))
        {
            System.Execute(new OrganizationRequest("CreateMultiple")
            {
                Parameters = { ["Targets"] = new EntityCollection(chunk) { EntityName = InteractionSchema.EntityName } },
            });
        }

        return leadId;
    }

    /// <summary>Sales accepts the lead.</summary>
    public void Accept(Guid leadId) => Journey.Accept(leadId);

    /// <summary>Sales rejects the lead back to nurturing with the agreed reason.</summary>
    public void Reject(Guid leadId) => Journey.Nurture(leadId, rejectionReasonId);

    /// <summary>Sales qualifies the lead with QualifyLead, creating an opportunity.</summary>
    public void Qualify(Guid leadId) => Journey.Qualify(leadId);

    private static Entity Interaction(Guid leadId, InteractionType type) => new(InteractionSchema.EntityName)
    {
        [InteractionSchema.Subject] = type.ToString(),
        [InteractionSchema.InteractionType] = new OptionSetValue((int)type),
        [InteractionSchema.OccurredOn] = Start,
        [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, leadId),
    };
}
