using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace CrmLeadSla.XrmSdk.Tests;

/// <summary>An early-bound class as code generation writes it.</summary>
[EntityLogicalName("lead")]
public sealed class EarlyBoundLead : Entity
{
    public EarlyBoundLead()
        : base("lead")
    {
    }
}

/// <summary>A subclass the SDK cannot map to a table.</summary>
public sealed class UnnamedEntity : Entity
{
}
