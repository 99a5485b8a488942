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

    /// <summary>A column as generated code exposes it.</summary>
    public string? Subject
    {
        get => GetAttributeValue<string>("subject");
        set => SetAttributeValue("subject", value);
    }

    /// <summary>The formatted value of a column, as generated code reads it.</summary>
    public string? FormattedValueOf(string attributeLogicalName) => GetFormattedAttributeValue(attributeLogicalName);
}

/// <summary>A subclass the SDK cannot map to a table.</summary>
public sealed class UnnamedEntity : Entity
{
}
