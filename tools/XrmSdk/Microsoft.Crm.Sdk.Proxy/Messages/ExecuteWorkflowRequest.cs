using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class ExecuteWorkflowRequest : OrganizationRequest
{
    public ExecuteWorkflowRequest()
    {
        RequestName = "ExecuteWorkflow";
        // As in the real class, a new request already holds both required parameters.
        EntityId = Guid.Empty;
        WorkflowId = Guid.Empty;
    }

    /// <summary>The row the workflow runs on.</summary>
    public Guid EntityId
    {
        get => Parameters.ValueOrDefault<Guid>("EntityId");
        set => Parameters["EntityId"] = value;
    }

    /// <summary>The workflow to run.</summary>
    public Guid WorkflowId
    {
        get => Parameters.ValueOrDefault<Guid>("WorkflowId");
        set => Parameters["WorkflowId"] = value;
    }
}
