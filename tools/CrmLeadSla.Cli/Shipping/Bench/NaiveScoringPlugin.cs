using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>
/// The baseline the benchmark compares with: an interaction scoring step written the way most hand-written scoring
/// plug-ins are. On every interaction it reads the active model and all its rules, reads the lead, reads every
/// interaction the lead ever had, recomputes behaviour from all of them and updates the lead. Same domain, same
/// result; only the requests and the work per event differ. Registered by <see cref="BenchOrganization"/> in place
/// of the interaction step, never shipped in the solution.
/// </summary>
public sealed class NaiveScoringPlugin : IPlugin
{
    /// <inheritdoc />
    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(null);
        var interaction = (Entity)context.InputParameters["Target"];
        if (InteractionRows.RegardingLeadOf(interaction) is not Guid leadId)
        {
            return;
        }

        var modelQuery = new QueryExpression(ScoringModelSchema.EntityName) { ColumnSet = ScoringConfigurationRows.ModelColumns, TopCount = 1 };
        modelQuery.Criteria.AddCondition(ScoringModelSchema.IsActive, ConditionOperator.Equal, true);
        var modelRow = service.RetrieveMultiple(modelQuery).Entities.FirstOrDefault();
        if (modelRow == null)
        {
            return;
        }

        var ruleQuery = new QueryExpression(ScoringRuleSchema.EntityName) { ColumnSet = ScoringConfigurationRows.RuleColumns };
        ruleQuery.Criteria.AddCondition(ScoringRuleSchema.ScoringModelId, ConditionOperator.Equal, modelRow.Id);
        var rules = service.RetrieveMultiple(ruleQuery).Entities.Select(ScoringConfigurationRows.RuleOf);
        var model = ScoringModel.Compile(ScoringConfigurationRows.SettingsOf(modelRow), rules, ScorableColumns.Lead, ScorableColumns.Interaction);
        var loaded = new LoadedModel(modelRow.Id, ScoringConfigurationRows.VersionOf(modelRow), model);

        var lead = service.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(true));
        var state = model.Behaviour.Recompute(EveryInteractionOf(service, leadId), context.OperationCreatedOn);
        var score = model.Score(RecordColumns.Of(lead, model.Fit.Columns), state);
        var update = new Entity(LeadSchema.EntityName, leadId);
        LeadScoreColumns.Write(update, score, loaded, LeadScoreColumns.StageOf(lead));
        service.Update(update);
    }

    private static List<Interaction> EveryInteractionOf(IOrganizationService service, Guid leadId)
    {
        var query = new QueryExpression(InteractionSchema.EntityName)
        {
            ColumnSet = new ColumnSet(InteractionRows.ImageColumns),
            PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
        };
        query.Criteria.AddCondition(InteractionSchema.RegardingObjectId, ConditionOperator.Equal, leadId);
        var found = new List<Interaction>();
        EntityCollection page;
        do
        {
            page = service.RetrieveMultiple(query);
            found.AddRange(page.Entities.Select(InteractionRows.InteractionOf).OfType<Interaction>());
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
        while (page.MoreRecords);

        return found;
    }
}
