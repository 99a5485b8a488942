namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponseItemCollection Responses => ResultOrDefault<ExecuteMultipleResponseItemCollection>("Responses");

    public bool IsFaulted => ResultOrDefault<bool>("IsFaulted");
}
