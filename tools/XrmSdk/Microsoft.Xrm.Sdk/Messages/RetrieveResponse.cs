namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveResponse : OrganizationResponse
{
    public Entity Entity => ResultOrDefault<Entity>("Entity");
}
