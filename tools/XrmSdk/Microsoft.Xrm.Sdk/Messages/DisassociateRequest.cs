namespace Microsoft.Xrm.Sdk.Messages;

public sealed class DisassociateRequest : OrganizationRequest
{
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    public EntityReference Target
    {
        get => ParameterOrDefault<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    public Relationship Relationship
    {
        get => ParameterOrDefault<Relationship>("Relationship");
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => ParameterOrDefault<EntityReferenceCollection>("RelatedEntities");
        set => Parameters["RelatedEntities"] = value;
    }
}
