extern alias workflows;

using CrmLeadSla.LocalDataverse.Workflows;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Workflows;
using workflows::CrmLeadSla.Workflows;

namespace CrmLeadSla.Solution.Tests;

/// <summary>A shipped workflow becomes a registration with its XAML, naming each activity by the assembly it runs from.</summary>
public class WorkflowRegistrationTests
{
    private static readonly DeployableAssembly Built = Repository.Source().Assembly("CrmLeadSla.Workflows");

    [Fact]
    public void The_built_activity_assembly_names_each_arguments_direction_and_type()
    {
        var check = Built.ActivityClass("CrmLeadSla.Workflows.CheckSlaCompliance")!;

        Assert.Equal(new WorkflowActivityArgument("Lead", WorkflowArgumentDirection.In, "Microsoft.Xrm.Sdk.EntityReference"), check.Argument("Lead"));
        Assert.Equal(new WorkflowActivityArgument("BreachedCount", WorkflowArgumentDirection.Out, "System.Int32"), check.Argument("BreachedCount"));
        Assert.Equal(new WorkflowActivityArgument("SlaStatus", WorkflowArgumentDirection.Out, "Microsoft.Xrm.Sdk.OptionSetValue"), check.Argument("SlaStatus"));
    }

    [Fact]
    public void The_loaded_activity_assembly_describes_every_activity_as_its_sandbox_build_does()
    {
        var registered = Repository.Source().Solution.PluginAssemblies.Single(a => a.Name == "CrmLeadSla.Workflows").Types;

        Assert.All(registered, type =>
        {
            var loaded = ActivityArgument.ClassOf(typeof(SlaActivity).Assembly.GetType(type.TypeName)!);
            var built = Built.ActivityClass(type.TypeName)!;
            Assert.Equal(built.AssemblyQualifiedName, loaded.AssemblyQualifiedName);
            Assert.Equal(built.Arguments, loaded.Arguments);
        });
    }

    [Fact]
    public void A_shipped_workflow_registers_with_its_triggers_and_names_its_activities_by_their_assembly()
    {
        var solution = Repository.Source().Solution;
        var acceptDeadline = solution.Workflows.Single(w => w.Name.In(1033) == "Lead SLA: check the accept deadline");

        var registration = acceptDeadline.Register(solution.Metadata, c => ActivityArgument.ClassOf(typeof(SlaActivity).Assembly.GetType(c)!));

        Assert.Equal((acceptDeadline.Id, SlaClockSchema.EntityName, WorkflowMode.Background, true), (registration.Id, registration.Entity, registration.Mode, registration.IsActivated));
        Assert.Equal((true, SlaClockSchema.DueOn), (registration.TriggerOnCreate, Assert.Single(registration.TriggerOnUpdate)));
        Assert.Contains(typeof(CheckSlaCompliance).Assembly.FullName!, registration.Xaml, StringComparison.Ordinal);
    }
}
