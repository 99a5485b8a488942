using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>The table an EntityReference argument points to; the designer requires it on such arguments.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ReferenceTargetAttribute : Attribute
{
    public ReferenceTargetAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public string EntityName { get; }
}
