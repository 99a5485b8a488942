using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class ExecuteWorkflowResponse : OrganizationResponse
{
    public ExecuteWorkflowResponse()
    {
    }

    /// <summary>The id of the system job (asyncoperation) the request created.</summary>
    public Guid Id => Results.ValueOrDefault<Guid>("Id");
}
