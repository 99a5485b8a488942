extern alias workflows;

using System.Reflection;
using CrmLeadSla.Plugins;
using workflows::CrmLeadSla.Workflows;

namespace CrmLeadSla.Cli;

/// <summary>The solution's assemblies as this process has them loaded: what an organization built from the solution runs.</summary>
public static class SolutionAssemblies
{
    /// <summary>The plug-in assembly and the workflow activity assembly.</summary>
    public static IReadOnlyList<Assembly> Loaded { get; } = [typeof(LeadScoringPlugin).Assembly, typeof(SlaActivity).Assembly];
}
