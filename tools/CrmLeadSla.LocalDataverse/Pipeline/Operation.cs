using CrmLeadSla.LocalDataverse.Messages;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// One message being processed: what every step of it shares (InputParameters, OutputParameters,
/// SharedVariables, correlation id, depth) and how a step's context is made from it.
/// </summary>
internal sealed class Operation
{
    public Operation(OrganizationRequest request, IMessageHandler handler, CallOrigin origin, DateTime createdOn, OrganizationIdentity organization)
    {
        Request = request;
        Handler = handler;
        Origin = origin;
        CreatedOn = createdOn;
        Organization = organization;
        CorrelationId = origin.Parent?.CorrelationId ?? Guid.NewGuid();
        CallerBusinessUnitId = organization.BusinessUnitOf(origin.UserId);
        BypassesCustomPlugins = CustomLogicBypass.Applies(request, origin);

        // Column-level security judges the columns the caller sent, before any step adds its own to Target (on create,
        // those with a value): a pre-operation step may set a secured column the caller could not.
        CallerColumns = request.Parameters.TryGetValue("Target", out var sent) && sent is Entity target
            ? [.. target.Attributes.Where(a => a.Value is not null || !string.Equals(request.RequestName, "Create", StringComparison.OrdinalIgnoreCase)).Select(a => a.Key)]
            : [];
    }

    /// <summary>The columns of Target as the caller sent them (on create: those with a value); empty for other requests.</summary>
    public IReadOnlyCollection<string> CallerColumns { get; }

    /// <summary>True when the custom synchronous steps do not run (BypassCustomPluginExecution here or above).</summary>
    public bool BypassesCustomPlugins { get; }

    public OrganizationRequest Request { get; }

    public IMessageHandler Handler { get; }

    public CallOrigin Origin { get; }

    public DateTime CreatedOn { get; }

    public OrganizationIdentity Organization { get; }

    public Guid CorrelationId { get; }

    /// <summary>The business unit of the calling user (fails for a user the organization does not know).</summary>
    public Guid CallerBusinessUnitId { get; }

    public Guid OperationId { get; } = Guid.NewGuid();

    // Dataverse names the messages of WinOpportunityRequest and LoseOpportunityRequest Win and Lose (sdkmessage.name):
    // steps are registered on those names and contexts carry them.
    public string Message => Request.RequestName switch
    {
        "WinOpportunity" => "Win",
        "LoseOpportunity" => "Lose",
        var name => name,
    };

    public int Depth => Origin.Depth;

    /// <summary>Shared by every step of this operation; a child operation sees them through ParentContext.</summary>
    public ParameterCollection SharedVariables { get; } = [];

    /// <summary>Filled by the main operation; post-operation steps read and may change them before the caller gets them.</summary>
    public ParameterCollection OutputParameters { get; } = [];

    /// <summary>The primary row as the handler names it now (a Create's id is known after the main operation).</summary>
    public EntityReference PrimaryRecord => Handler.PrimaryRecord(Request);

    /// <summary>The context a step (or, with no step, the main operation) runs with.</summary>
    public PluginExecutionContext ContextFor(StepRegistration? step, PipelineStage stage, StepMode mode, bool inTransaction, Entity? rowBefore, Entity? rowAfter)
    {
        var primary = PrimaryRecord;
        var userId = step?.RunAsUserId ?? Origin.UserId;

        // A system job runs later with the values as they were at commit, not with the live collections.
        var queued = mode == StepMode.Asynchronous;
        return new PluginExecutionContext
        {
            Stage = (int)stage,
            Mode = (int)mode,
            Depth = Depth,
            MessageName = Message,
            PrimaryEntityName = primary.LogicalName,
            PrimaryEntityId = primary.Id,
            SecondaryEntityName = step?.SecondaryEntity ?? "none",
            RequestId = Request.RequestId,
            InputParameters = queued ? CopyOf(Request.Parameters) : Request.Parameters,
            OutputParameters = stage < PipelineStage.MainOperation ? [] : queued ? CopyOf(OutputParameters) : OutputParameters,
            SharedVariables = queued ? CopyOf(SharedVariables) : SharedVariables,
            ParentContext = Origin.Parent,
            UserId = userId,
            InitiatingUserId = Origin.InitiatingUserId,
            BusinessUnitId = Organization.BusinessUnitOf(userId),
            OrganizationId = Organization.Id,
            OrganizationName = Organization.Name,
            CorrelationId = CorrelationId,
            OperationId = OperationId,
            OperationCreatedOn = CreatedOn,
            IsInTransaction = inTransaction,
            OwningExtension = step is null ? null : new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Name },
            PreEntityImages = step is null ? [] : EntityImages.Pre(step, rowBefore),
            PostEntityImages = step is null ? [] : EntityImages.Post(step, stage, rowAfter),
        };
    }

    /// <summary>A copy of the parameters with copies of their values: what a system job keeps of its operation.</summary>
    public static ParameterCollection CopyOf(ParameterCollection parameters)
    {
        var copy = new ParameterCollection();
        foreach (var (name, value) in parameters)
        {
            copy[name] = RowCopy.ValueOf(value);
        }

        return copy;
    }
}
