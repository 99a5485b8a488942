extern alias plugins;

using System.Activities;
using System.Globalization;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.LocalDataverse.Workflows;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Workflows.Tests;

/// <summary>
/// The solution on the local Dataverse with its plug-ins, a marketing and a sales owner, a sales team and an
/// agreement builder; activities run through the workflow host. Clock: Monday 2 March 2026, 09:00 in Berlin.
/// </summary>
internal sealed class SlaScenario
{
    public static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time");

    public SlaScenario()
    {
        Installed = SolutionOrganization.Load(null, [typeof(plugins::CrmLeadSla.Plugins.FunnelTransitionPlugin).Assembly, typeof(SlaActivity).Assembly], Start);
        Organization = Installed.Organization;
        var team = new TeamMembers(Installed);
        MarketingOwnerId = team.Marketer();
        SalesOwnerId = team.SalesRep();
        SalesTeamId = team.InsideSales(SalesOwnerId);
        System.Update(new Entity("systemuser", MarketingOwnerId) { ["internalemailaddress"] = "mara@example.com" });
        System.Update(new Entity("systemuser", SalesOwnerId) { ["internalemailaddress"] = "sam@example.com" });
    }

    public SolutionOrganization Installed { get; }

    public LocalOrganization Organization { get; }

    public Guid MarketingOwnerId { get; }

    public Guid SalesOwnerId { get; }

    public Guid SalesTeamId { get; }

    public IOrganizationService System => Organization.ServiceFor(Organization.SystemUserId);

    public IOrganizationService Sales => Organization.ServiceFor(SalesOwnerId);

    public IOrganizationService Marketing => Organization.ServiceFor(MarketingOwnerId);

    public DateTime Now => Organization.Clock.UtcNow;

    /// <summary>The lead's moves as the marketing and the sales owner make them.</summary>
    public LeadJourney Journey => new(Marketing, Sales);

    /// <summary>An agreement of Mon–Fri 08:00–17:00 in Berlin with both owners and the team; <paramref name="columns"/> add or override.</summary>
    public Guid Agreement(params (string Column, object? Value)[] columns)
    {
        var agreement = AgreementBuilder.SpringCampaign().MarketingOwner(MarketingOwnerId).SalesOwner(SalesOwnerId).SalesTeam(SalesTeamId);
        foreach (var (column, value) in columns)
        {
            agreement.With(column, value);
        }

        return agreement.CreateIn(System);
    }

    public Guid Holiday(Guid agreementId, string date, string name = "Public holiday") => System.Create(new Entity(HolidaySchema.EntityName)
    {
        [HolidaySchema.Name] = name,
        [HolidaySchema.Date] = DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        [HolidaySchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, agreementId),
    });

    /// <summary>A rejection reason; <paramref name="columns"/> add or override (default: active, Nurture, no comment needed).</summary>
    public Guid Reason(string name, params (string Column, object? Value)[] columns)
    {
        var row = new Entity(RejectionReasonSchema.EntityName)
        {
            [RejectionReasonSchema.Name] = name,
            [RejectionReasonSchema.Code] = name.ToUpperInvariant().Replace(' ', '-'),
        };
        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return System.Create(row);
    }

    public void Agree(Guid agreementId, Guid reasonId) => System.Create(new Entity(AgreedReasonSchema.EntityName)
    {
        [AgreedReasonSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, agreementId),
        [AgreedReasonSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, reasonId),
    });

    /// <summary>A lead governed by the agreement (none when null), owned by the sales owner; <paramref name="columns"/> add or override.</summary>
    public Guid Lead(Guid? agreementId, params (string Column, object? Value)[] columns)
    {
        var row = new Entity(LeadSchema.EntityName)
        {
            ["lastname"] = "Prospect",
            ["subject"] = "Interested",
            ["ownerid"] = new EntityReference("systemuser", SalesOwnerId),
        };
        if (agreementId is Guid id)
        {
            row[LeadSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, id);
        }

        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return System.Create(row);
    }

    /// <summary>A lead marketing created under the agreement (none when null) and handed over: an MQL of sales.</summary>
    public Guid HandedOverLead(Guid? agreementId, params (string Column, object? Value)[] columns)
    {
        var row = new Entity(LeadSchema.EntityName) { ["lastname"] = "Prospect", ["subject"] = "Interested" };
        if (agreementId is Guid id)
        {
            row[LeadSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, id);
        }

        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return Journey.HandedOver(row);
    }

    /// <summary>A handed-over lead sales has accepted.</summary>
    public Guid AcceptedLead(Guid? agreementId, params (string Column, object? Value)[] columns)
    {
        var leadId = HandedOverLead(agreementId, columns);
        Journey.Accept(leadId);
        return leadId;
    }

    /// <summary>A lead sales rejected into nurturing, due back at <paramref name="reactivateOn"/>.</summary>
    public Guid NurturedLead(Guid agreementId, DateTime reactivateOn)
    {
        var leadId = HandedOverLead(agreementId);
        Journey.Nurture(leadId, Reason("Timing " + leadId));
        System.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.ReactivateOn] = reactivateOn });
        return leadId;
    }

    public Entity Row(string table, Guid id, params string[] columns) => System.Retrieve(table, id, new ColumnSet(columns));

    public IReadOnlyList<Entity> Rows(string table, string column, object value, params string[] columns)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns) };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        return System.RetrieveMultiple(query).Entities;
    }

    /// <summary>Runs the activity as a background workflow on a row, as the user (the sales owner by default).</summary>
    public IReadOnlyDictionary<string, object?> Run(Activity activity, EntityReference primary, Dictionary<string, object?> inputs, Guid? userId = null) =>
        new WorkflowHost(Organization).Run(activity, new WorkflowRun { PrimaryEntity = primary, UserId = userId ?? SalesOwnerId, Inputs = inputs });

    public static EntityReference LeadRef(Guid id) => new(LeadSchema.EntityName, id);

    public static EntityReference AgreementRef(Guid id) => new(SlaAgreementSchema.EntityName, id);

    public static EntityReference ReasonRef(Guid id) => new(RejectionReasonSchema.EntityName, id);

    /// <summary>The UTC instant of a Berlin wall-clock time "yyyy-MM-dd HH:mm".</summary>
    public static DateTime InBerlin(string local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Berlin);
}
