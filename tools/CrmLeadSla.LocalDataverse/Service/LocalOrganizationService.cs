using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Service;

/// <summary>
/// An IOrganizationService of the local Dataverse for one user: every call becomes a request that goes
/// through the event pipeline. The request is copied first, as over the wire, so steps that change
/// Target never change the caller's Entity.
/// </summary>
public sealed class LocalOrganizationService : IOrganizationService
{
    private readonly EventPipeline pipeline;
    private readonly CallOrigin origin;
    private Guid callerId;

    internal LocalOrganizationService(EventPipeline pipeline, CallOrigin origin)
    {
        this.pipeline = pipeline;
        this.origin = origin;
    }

    /// <summary>The user the service was made for: the sender of its calls.</summary>
    public Guid UserId => origin.UserId;

    /// <summary>
    /// The user the calls are sent on behalf of (impersonation), as CrmServiceClient.CallerId and
    /// OrganizationServiceProxy.CallerId set it; <see cref="Guid.Empty"/> (the default) sends them as <see cref="UserId"/>.
    /// <see cref="UserId"/> then needs prvActOnBehalfOfAnotherUser (else Dataverse's PrivilegeDenied fault), the user acted
    /// for must be an enabled user, every step sees that user as UserId and InitiatingUserId, and a call may do only what
    /// both users may do.
    /// </summary>
    /// <exception cref="InvalidOperationException">The service belongs to a plug-in or a workflow: inside the pipeline a
    /// plug-in acts for a user through IOrganizationServiceFactory.CreateOrganizationService(userId).</exception>
    public Guid CallerId
    {
        get => callerId;
        set => callerId = origin.Parent is null && origin.Transaction is null
            ? value
            : throw new InvalidOperationException("CallerId is for a client's service; a plug-in acts for a user through IOrganizationServiceFactory.CreateOrganizationService(userId).");
    }

    /// <inheritdoc />
    public Guid Create(Entity entity) => (Guid)Execute(new OrganizationRequest("Create") { ["Target"] = entity })["id"];

    /// <inheritdoc />
    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(new OrganizationRequest("Retrieve") { ["Target"] = new EntityReference(entityName, id), ["ColumnSet"] = columnSet })["Entity"];

    /// <inheritdoc />
    public void Update(Entity entity) => Execute(new OrganizationRequest("Update") { ["Target"] = entity });

    /// <inheritdoc />
    public void Delete(string entityName, Guid id) => Execute(new OrganizationRequest("Delete") { ["Target"] = new EntityReference(entityName, id) });

    /// <inheritdoc />
    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new OrganizationRequest("Associate")
        {
            ["Target"] = new EntityReference(entityName, entityId),
            ["Relationship"] = relationship,
            ["RelatedEntities"] = relatedEntities,
        });

    /// <inheritdoc />
    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new OrganizationRequest("Disassociate")
        {
            ["Target"] = new EntityReference(entityName, entityId),
            ["Relationship"] = relationship,
            ["RelatedEntities"] = relatedEntities,
        });

    /// <inheritdoc />
    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(new OrganizationRequest("RetrieveMultiple") { ["Query"] = query })["EntityCollection"];

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var copy = new OrganizationRequest(request.RequestName) { RequestId = request.RequestId };
        foreach (var (name, value) in request.Parameters)
        {
            copy[name] = RowCopy.ValueOf(value);
        }

        var sender = callerId == Guid.Empty ? origin : origin with { UserId = callerId, InitiatingUserId = callerId, ImpersonatorId = origin.UserId };
        return pipeline.Execute(copy, sender);
    }
}
