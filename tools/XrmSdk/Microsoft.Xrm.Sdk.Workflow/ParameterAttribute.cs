using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Names an activity argument as the workflow designer shows it.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public abstract class ParameterAttribute : Attribute
{
    protected ParameterAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }
}
