namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Target = null;
    }

    public Entity Target
    {
        get => ParameterOrDefault<Entity>("Target");
        set => Parameters["Target"] = value;
    }
}
