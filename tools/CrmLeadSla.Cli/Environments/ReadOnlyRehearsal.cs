using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// A dry run's organization service: reads go to the environment, writes are only counted as done (a create answers
/// the row's own id or a new one), so code that writes through a service can show what it would change.
/// </summary>
internal sealed class ReadOnlyRehearsal(IOrganizationService reads) : IOrganizationService
{
    public Guid Create(Entity entity) => entity?.Id is Guid id && id != Guid.Empty ? id : Guid.NewGuid();

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => reads.Retrieve(entityName, id, columnSet);

    public EntityCollection RetrieveMultiple(QueryBase query) => reads.RetrieveMultiple(query);

    public void Update(Entity entity)
    {
    }

    public void Delete(string entityName, Guid id)
    {
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
    }

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
    }

    public OrganizationResponse Execute(OrganizationRequest request) =>
        throw new NotSupportedException($"A dry run does not send {request?.RequestName}.");
}
