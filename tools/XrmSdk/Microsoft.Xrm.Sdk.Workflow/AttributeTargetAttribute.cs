using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>The column whose options an OptionSetValue argument takes; the designer requires it on such arguments.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AttributeTargetAttribute : Attribute
{
    public AttributeTargetAttribute(string entityName, string attributeName)
    {
        EntityName = entityName;
        AttributeName = attributeName;
    }

    public string EntityName { get; }

    public string AttributeName { get; }
}
