using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.LocalDataverse.Tests.Workflows;

/// <summary>Workflows on the test schema's lead, declared as the solution source declares them.</summary>
internal static class TestWorkflow
{
    public static ShippedWorkflow OnLead(string name, params WorkflowStep[] steps) => new()
    {
        Id = Guid.NewGuid(),
        Name = Label(name),
        Description = Label(name),
        Entity = "lead",
        Steps = steps,
    };

    public static RunActivity Activity<TActivity>(string name, params ActivityInput[] inputs) => new(typeof(TActivity).FullName!, name, inputs);

    public static LocalizedText Label(string text) => new(new Dictionary<int, string> { [1033] = text });
}
