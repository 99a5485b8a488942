using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class QualifyLeadResponse : OrganizationResponse
{
    public QualifyLeadResponse()
    {
    }

    /// <summary>The account, contact and opportunity the qualification created.</summary>
    public EntityReferenceCollection CreatedEntities => Results.ValueOrDefault<EntityReferenceCollection>("CreatedEntities");
}
