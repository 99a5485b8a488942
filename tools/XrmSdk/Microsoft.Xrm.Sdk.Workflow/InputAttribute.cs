using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class InputAttribute : ParameterAttribute
{
    public InputAttribute(string name)
        : base(name)
    {
    }
}
