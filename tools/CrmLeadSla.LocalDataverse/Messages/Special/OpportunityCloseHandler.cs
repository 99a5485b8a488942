using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Security;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// What WinOpportunity and LoseOpportunity share: the OpportunityClose activity is created through a nested
/// Create (its plug-in steps run) and completed, and the open opportunity is closed with the requested status,
/// its actual close date and actual revenue taken from the OpportunityClose.
/// </summary>
public abstract class OpportunityCloseHandler : IMessageHandler
{
    /// <inheritdoc />
    public abstract string MessageName { get; }

    /// <summary>The state this message closes the opportunity into.</summary>
    private protected abstract ClosingState Closing { get; }

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) =>
        RequestParameters.Required<Entity>(request, "OpportunityClose").GetAttributeValue<EntityReference>("opportunityid")
        ?? throw Fault.Of(ErrorCodes.InvalidArgument, "The OpportunityClose must name the opportunity in opportunityid.");

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var close = RequestParameters.Required<Entity>(request, "OpportunityClose");
        var opportunityId = PrimaryRecord(request);
        var opportunity = context.Existing("opportunity", opportunityId.Id);
        context.Demand(AccessRight.Write, "opportunity", opportunity);
        Closing.DemandOpen(opportunity);
        var status = Closing.Status(context.Metadata, opportunity.Id, RequestParameters.Optional<OptionSetValue>(request, "Status"));

        CreateCompletedActivity(context, close);
        var change = new Entity("opportunity", opportunity.Id)
        {
            ["statecode"] = new OptionSetValue(Closing.State),
            ["statuscode"] = status,
            ["actualclosedate"] = close.GetAttributeValue<DateTime?>("actualend") ?? context.UtcNow.Date,
        };
        if (close.GetAttributeValue<Money>("actualrevenue") is { } revenue)
        {
            change["actualvalue"] = revenue;
        }

        // The platform closes the opportunity itself (no nested Update): the Win/Lose steps are the ones that run.
        SystemColumns.StampModified(context.Table("opportunity"), change, context);
        context.Rows.Update(change);
        return new OrganizationResponse { ResponseName = MessageName };
    }

    private static void CreateCompletedActivity(OperationContext context, Entity close)
    {
        var activity = new Entity("opportunityclose");
        foreach (var column in close.Attributes)
        {
            activity[column.Key] = column.Value;
        }

        var id = context.Service.Create(activity);

        // The close activity is born completed (statecode Completed 1, statuscode Completed 2).
        var table = context.Table("opportunityclose");
        if (table.Column("statecode") is not null)
        {
            var completed = new Entity("opportunityclose", id)
            {
                ["statecode"] = new OptionSetValue(1),
                ["statuscode"] = new OptionSetValue(2),
            };
            SystemColumns.StampModified(table, completed, context);
            context.Rows.Update(completed);
        }
    }
}
