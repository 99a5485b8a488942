using System.ServiceModel;
using CrmLeadSla.Plugins.Tests;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;
using Xunit.Abstractions;

namespace CrmLeadSla.Reliability.Tests.Faults;

/// <summary>
/// For each operation: a counted run lists the writes its plug-ins make and the steps that run; then, on a fresh
/// organization each time, one of them is made to fail, and the organization must be exactly as before the operation.
/// </summary>
[Trait("Category", "Reliability")]
public class RollbackAtEveryWriteTests(ITestOutputHelper output)
{
    private static readonly string[] WriteMessages = ["Create", "Update", "Delete"];

    public static TheoryData<string> Operations => [.. SolutionOperations.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(Operations))]
    public void A_fault_at_any_plug_in_write_rolls_the_whole_operation_back(string name)
    {
        var operation = SolutionOperations.All.Single(o => o.Name == name);
        var writes = CountedRun(operation).Writes;

        foreach (var write in writes)
        {
            var scenario = new SolutionScenario();
            var act = operation.Arrange(scenario);
            var before = OrganizationSnapshot.Of(scenario.Organization);
            scenario.Organization.Faults.FailCall(write.Message, write.Nth, write.Table);

            Assert.Throws<FaultException<OrganizationServiceFault>>(act);

            Assert.Equal(1, scenario.Organization.Faults.Fired);
            Assert.Equal(before, OrganizationSnapshot.Of(scenario.Organization));
        }

        Assert.NotEmpty(writes);
        output.WriteLine($"{name}: {writes.Count} plug-in writes failed in turn, each rolled back: {string.Join(", ", writes)}");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void A_fault_in_any_synchronous_step_rolls_the_whole_operation_back(string name)
    {
        var operation = SolutionOperations.All.Single(o => o.Name == name);
        var steps = CountedRun(operation).Steps;

        foreach (var step in steps)
        {
            var scenario = new SolutionScenario();
            var act = operation.Arrange(scenario);
            var before = OrganizationSnapshot.Of(scenario.Organization);
            scenario.Organization.Faults.TimeOutStep(step.Id);

            Assert.Throws<FaultException<OrganizationServiceFault>>(act);

            Assert.Equal(before, OrganizationSnapshot.Of(scenario.Organization));
        }

        Assert.NotEmpty(steps);
        output.WriteLine($"{name}: {steps.Count} steps timed out in turn, each rolled back: {string.Join(", ", steps.Select(s => s.Name))}");
    }

    private static (IReadOnlyList<PluginWrite> Writes, IReadOnlyList<StepRegistration> Steps) CountedRun(SolutionOperation operation)
    {
        var scenario = new SolutionScenario();
        var act = operation.Arrange(scenario);
        scenario.Organization.Traces.Clear();
        using var measured = scenario.Organization.Requests.Measure();

        act();

        var writes = new List<PluginWrite>();
        var requests = measured.Requests;
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (request.FromPlugin && WriteMessages.Contains(request.Message))
            {
                var nth = requests.Take(i + 1).Count(r => r.Message == request.Message && r.Table == request.Table);
                writes.Add(new PluginWrite(request.Message, request.Table!, nth));
            }
        }

        var stepNames = scenario.Organization.Traces.Entries.Where(t => t.Mode == StepMode.Synchronous).Select(t => t.StepName).Distinct().ToList();
        var steps = scenario.Organization.Steps.All.Where(s => stepNames.Contains(s.Name)).ToList();
        return (writes, steps);
    }

    private sealed record PluginWrite(string Message, string Table, int Nth)
    {
        public override string ToString() => $"{Message} {Table} #{Nth}";
    }
}
