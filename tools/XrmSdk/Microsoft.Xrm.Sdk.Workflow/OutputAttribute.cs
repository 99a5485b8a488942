using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class OutputAttribute : ParameterAttribute
{
    public OutputAttribute(string name)
        : base(name)
    {
    }
}
