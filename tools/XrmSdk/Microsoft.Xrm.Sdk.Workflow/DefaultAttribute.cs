using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>An input argument's default, written as the designer writes values (entityName for EntityReference defaults).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class DefaultAttribute : Attribute
{
    public DefaultAttribute(string value)
    {
        Value = value;
    }

    public DefaultAttribute(string value, string entityName)
        : this(value)
    {
        EntityName = entityName;
    }

    public string EntityName { get; }

    public string Value { get; }
}
