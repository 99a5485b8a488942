using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// What the messages about one row of a table share (Create, Update, Retrieve, Delete): the row named by the request's
/// Target, which is the pipeline's primary record, and the definition of its table. A missing Target, or one of the
/// wrong type, is refused as Dataverse refuses it (<c>Required field 'Target' is missing for RequestName='Delete'</c>).
/// </summary>
/// <typeparam name="TTarget">
/// What Target holds: the row itself (<see cref="Entity"/>) for a message that writes it, a reference
/// (<see cref="EntityReference"/>) for one that only names it.
/// </typeparam>
public abstract class TargetMessageHandler<TTarget> : IMessageHandler
    where TTarget : class
{
    /// <inheritdoc />
    public abstract string MessageName { get; }

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) => RecordOf(TargetOf(request));

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = TargetOf(request);
        return Execute(request, target, context.Table(RecordOf(target).LogicalName), context);
    }

    /// <summary>The table and id of the row <paramref name="target"/> names (the id is empty before a Create).</summary>
    private protected abstract EntityReference RecordOf(TTarget target);

    /// <summary>The message's work on the row <paramref name="target"/> names, of <paramref name="table"/>.</summary>
    private protected abstract OrganizationResponse Execute(OrganizationRequest request, TTarget target, TableDefinition table, OperationContext context);

    private static TTarget TargetOf(OrganizationRequest request) => RequestParameters.Required<TTarget>(request, "Target");
}
