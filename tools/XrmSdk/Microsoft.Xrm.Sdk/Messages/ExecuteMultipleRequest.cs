namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => ParameterOrDefault<OrganizationRequestCollection>("Requests");
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => ParameterOrDefault<ExecuteMultipleSettings>("Settings");
        set => Parameters["Settings"] = value;
    }
}
