using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Target = null;
        ColumnSet = null;
    }

    public EntityReference Target
    {
        get => ParameterOrDefault<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    public ColumnSet ColumnSet
    {
        get => ParameterOrDefault<ColumnSet>("ColumnSet");
        set => Parameters["ColumnSet"] = value;
    }

    public bool ReturnNotifications
    {
        get => ParameterOrDefault<bool>("ReturnNotifications");
        set => Parameters["ReturnNotifications"] = value;
    }
}
