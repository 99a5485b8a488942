namespace CrmLeadSla.Solution.Workflows;

/// <summary>Which way a custom workflow activity's argument carries its value.</summary>
public enum WorkflowArgumentDirection
{
    /// <summary>InArgument&lt;T&gt;: the workflow passes a value in.</summary>
    In,

    /// <summary>OutArgument&lt;T&gt;: the activity hands a value back.</summary>
    Out,

    /// <summary>InOutArgument&lt;T&gt;: both.</summary>
    InOut,
}

/// <summary>One argument property of a custom workflow activity.</summary>
/// <param name="Name">The property name: the key a workflow's XAML binds.</param>
/// <param name="Direction">In, out or both.</param>
/// <param name="ValueType">The full name of its value type, e.g. <c>System.Int32</c> or <c>Microsoft.Xrm.Sdk.EntityReference</c>.</param>
public sealed record WorkflowActivityArgument(string Name, WorkflowArgumentDirection Direction, string ValueType)
{
    /// <summary>True when the workflow passes a value in.</summary>
    public bool IsInput => Direction is WorkflowArgumentDirection.In or WorkflowArgumentDirection.InOut;

    /// <summary>True when the activity hands a value back.</summary>
    public bool IsOutput => Direction is WorkflowArgumentDirection.Out or WorkflowArgumentDirection.InOut;
}

/// <summary>
/// A custom workflow activity class as a workflow calls it: its assembly (whose full name the XAML names) and its
/// arguments. Read from a built assembly file for the packer (<see cref="Packing.DeployableAssembly"/>) and from the
/// loaded assembly for an organization built in-process.
/// </summary>
/// <param name="ClassName">Full class name, e.g. <c>CrmLeadSla.Workflows.CheckSlaCompliance</c>.</param>
/// <param name="AssemblyFullName">The assembly's display name with version, culture and public key token.</param>
/// <param name="Arguments">Its argument properties, in declaration order.</param>
public sealed record WorkflowActivityClass(string ClassName, string AssemblyFullName, IReadOnlyList<WorkflowActivityArgument> Arguments)
{
    /// <summary>The name a workflow's XAML calls the class by: <c>Namespace.Class, Assembly, Version=…, Culture=…, PublicKeyToken=…</c>.</summary>
    public string AssemblyQualifiedName => $"{ClassName}, {AssemblyFullName}";

    /// <summary>The argument of that name, or null.</summary>
    public WorkflowActivityArgument? Argument(string name) => Arguments.FirstOrDefault(a => a.Name == name);
}
