namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null;
    }

    public Entity Target
    {
        get => ParameterOrDefault<Entity>("Target");
        set => Parameters["Target"] = value;
    }
}
