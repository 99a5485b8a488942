namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpsertResponse : OrganizationResponse
{
    public bool RecordCreated => ResultOrDefault<bool>("RecordCreated");

    public EntityReference Target => ResultOrDefault<EntityReference>("Target");
}
