using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The organization service of one HTTP request that carries optional parameters in its headers
/// (<c>MSCRM.BypassCustomPluginExecution</c>): every call is sent as its request message with those parameters, as the
/// Web API passes them to the organization.
/// </summary>
internal sealed class OptionalParameters(IOrganizationService inner, IReadOnlyDictionary<string, object> parameters) : IOrganizationService
{
    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public EntityCollection RetrieveMultiple(QueryBase query) => ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (name, value) in parameters)
        {
            request.Parameters[name] = value;
        }

        return inner.Execute(request);
    }
}
