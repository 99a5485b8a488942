using System.Activities;
using System.Reflection;
using CrmLeadSla.LocalDataverse.Workflows;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Workflows.Tests;

/// <summary>The workflow assembly as the solution registers it and the sandbox loads it.</summary>
public class WorkflowAssemblyTests
{
    private static readonly Assembly Activities = typeof(SlaActivity).Assembly;

    [Fact]
    public void Every_registered_activity_exists_and_is_declared_as_the_workflow_designer_requires()
    {
        var registered = SolutionFolder.Load().PluginAssemblies.Single(a => a.Name == "CrmLeadSla.Workflows").Types;

        Assert.All(registered, type =>
        {
            var activity = Activities.GetType(type.TypeName);
            Assert.NotNull(activity);
            Assert.Empty(ActivityDeclarationRules.Violations(activity));
            Assert.Equal("Lead SLA", type.WorkflowActivityGroupName);
        });
    }

    [Fact]
    public void Every_activity_of_the_assembly_is_registered()
    {
        var registered = SolutionFolder.Load().PluginAssemblies.Single(a => a.Name == "CrmLeadSla.Workflows").Types.Select(t => t.TypeName);
        var activities = Activities.GetExportedTypes().Where(t => typeof(CodeActivity).IsAssignableFrom(t) && !t.IsAbstract).Select(t => t.FullName);

        Assert.Equal(activities.Order(), registered.Order());
    }

    [Fact]
    public void The_assembly_for_the_sandbox_is_net462_and_needs_nothing_beyond_the_framework_and_the_sdk()
    {
        var deployable = Path.GetFullPath(Path.Combine(
            Path.GetDirectoryName(Activities.Location)!, "..", "..", "..", "..", "..", "Workflows", "bin",
            Configuration, "net462", "CrmLeadSla.Workflows.dll"));

        using var stream = File.OpenRead(deployable);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();

        Assert.All(references, name => Assert.True(
            name == "mscorlib" || name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal)
            || name is "Microsoft.Xrm.Sdk" or "Microsoft.Xrm.Sdk.Workflow" or "Microsoft.Crm.Sdk.Proxy",
            $"The deployable workflow assembly references {name}, which the sandbox does not have."));
        Assert.Contains("mscorlib", references);
    }

    private static string Configuration =>
        typeof(WorkflowAssemblyTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
}
