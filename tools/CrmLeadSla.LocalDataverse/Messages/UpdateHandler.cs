using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// Update: writes the columns of Target onto the stored row. statecode/statuscode and ownerid change
/// through Update too, as Dataverse recommends over SetState and Assign (a new owner needs the Assign privilege, and the
/// rows of the row's parental relationships follow it: <see cref="AssignCascade"/>).
/// With ConcurrencyBehavior.IfRowVersionMatches only when Target.RowVersion is the stored row's version.
/// </summary>
public sealed class UpdateHandler : TargetMessageHandler<Entity>
{
    /// <inheritdoc />
    public override string MessageName => "Update";

    /// <inheritdoc />
    private protected override EntityReference RecordOf(Entity target) => new(target.LogicalName, target.Id);

    /// <inheritdoc />
    private protected override OrganizationResponse Execute(OrganizationRequest request, Entity target, TableDefinition table, OperationContext context)
    {
        var existing = context.Existing(table.LogicalName, target.Id);
        RowVersionCheck.Demand(request, target.RowVersion, existing);
        context.ValidateForUpdate(target);
        context.Demand(AccessRight.Write, table.LogicalName, existing);
        context.DemandColumnWrite(table, isCreate: false);
        LookupPrivileges.Demand(context, table.LogicalName, existing, target);

        var changes = RowCopy.Of(target);
        var newOwner = NewOwner(changes, existing);
        if (newOwner is not null)
        {
            context.Demand(AccessRight.Assign, table.LogicalName, existing);
        }

        DefaultStatusOfNewState(table, changes);
        SystemColumns.StampUpdate(table, changes, context);
        context.Rows.Update(changes);
        if (newOwner is not null)
        {
            AssignCascade.Apply(table.LogicalName, target.Id, newOwner, existing.GetAttributeValue<EntityReference>("ownerid")?.Id, context);
        }

        return new UpdateResponse();
    }

    // An ownerid that names the current owner again is no assignment: nothing is demanded and nothing cascades.
    private static EntityReference? NewOwner(Entity changes, Entity existing) =>
        changes.GetAttributeValue<EntityReference>("ownerid") is { } owner && owner.Id != existing.GetAttributeValue<EntityReference>("ownerid")?.Id
            ? owner
            : null;

    private static void DefaultStatusOfNewState(TableDefinition table, Entity changes)
    {
        // A statecode without a statuscode takes the default status of the new state.
        if (changes.GetAttributeValue<OptionSetValue>("statecode") is { } state
            && !changes.Contains("statuscode")
            && StatusDefaults.DefaultStatus(table, state.Value) is { } status)
        {
            changes["statuscode"] = new OptionSetValue(status);
        }
    }
}
