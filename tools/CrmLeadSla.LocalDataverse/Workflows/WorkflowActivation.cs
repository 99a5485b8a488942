using System.Reflection;
using CrmLeadSla.LocalDataverse.Workflows.Xaml;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// How an organization takes its workflows: a shipped workflow is registered with XAML naming the loaded activity
/// assemblies, and every activated registration is compiled; one that cannot run refuses the organization, as
/// Dataverse refuses to activate it.
/// </summary>
internal static class WorkflowActivation
{
    /// <summary>A shipped workflow as the organization registers it, its activities found in the assemblies given.</summary>
    /// <exception cref="WorkflowDefinitionException">An activity step names a class none of the assemblies holds.</exception>
    public static WorkflowRegistration Register(ShippedWorkflow workflow, MetadataModel metadata, IReadOnlyList<Assembly> assemblies)
    {
        foreach (var step in WorkflowStep.All(workflow.Steps).OfType<RunActivity>().Where(s => Find(assemblies, s.ClassName) is null))
        {
            throw new WorkflowDefinitionException(
                workflow.Name.In(1033),
                step.DisplayName,
                $"the step runs {step.ClassName}, which none of the assemblies the organization was given holds.",
                "Pass the workflow activity assembly (e.g. typeof(CheckSlaCompliance).Assembly) with the plug-in assemblies, or build the organization without the solution's workflows (solution with { Workflows = [] }).");
        }

        return workflow.Register(metadata, className => ActivityArgument.ClassOf(Find(assemblies, className)!));
    }

    /// <summary>Compiles every activated workflow and checks what they refer to.</summary>
    /// <exception cref="WorkflowDefinitionException">A workflow cannot run as written.</exception>
    public static IReadOnlyList<CompiledWorkflow> Activate(IReadOnlyList<WorkflowRegistration> registrations, MetadataModel metadata, IReadOnlyList<Assembly> assemblies)
    {
        var activated = registrations.Where(r => r.IsActivated).ToList();
        foreach (var registration in activated)
        {
            var name = registration.Name.In(1033);
            var table = metadata.FindTable(registration.Entity)
                ?? throw new WorkflowDefinitionException(name, string.Empty, $"it runs on the table '{registration.Entity}', which the organization does not have.", "Import the table with the workflow, or correct PrimaryEntity.");
            if (registration.TriggerOnUpdate.FirstOrDefault(c => table.Column(c) is null) is { } column)
            {
                throw new WorkflowDefinitionException(name, string.Empty, $"it starts when the column '{column}' changes, which the table '{table.LogicalName}' does not have.", "Name columns of the table in TriggerOnUpdateAttributeList.");
            }
        }

        var compiled = activated.Select(r => XamlWorkflowCompiler.Compile(r, metadata, aqn => ActivityTypes.Find(assemblies, aqn))).ToList();
        foreach (var workflow in compiled)
        {
            foreach (var child in workflow.ChildWorkflows.Where(id => !activated.Any(r => r.Id == id && r.Subprocess)))
            {
                throw new WorkflowDefinitionException(
                    workflow.Name,
                    string.Empty,
                    $"it starts the child workflow {child}, which is not an activated workflow available as a child process.",
                    "Activate that workflow with Subprocess (\"As a child process\") set.");
            }
        }

        return compiled;
    }

    private static Type? Find(IReadOnlyList<Assembly> assemblies, string className) =>
        assemblies.Select(a => a.GetType(className, throwOnError: false)).FirstOrDefault(t => t is not null);
}
