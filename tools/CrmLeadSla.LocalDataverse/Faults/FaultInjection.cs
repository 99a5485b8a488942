using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Faults;

/// <summary>
/// Faults the organization is told to inject, to test that an operation fails whole: the Nth call of a message
/// (optionally on one table) fails or times out in its main operation, inside the transaction; the Nth run of a
/// plug-in step throws or times out instead of running. Counting starts when the fault is armed; each fault fires once.
/// </summary>
public sealed class FaultInjection
{
    private readonly Lock sync = new();
    private readonly List<ArmedFault> armed = [];
    private int fired;

    /// <summary>How many armed faults have fired so far.</summary>
    public int Fired => Volatile.Read(ref fired);

    /// <summary>The <paramref name="nth"/> call of <paramref name="message"/> (on <paramref name="table"/>, or any) fails with Dataverse's generic SQL error.</summary>
    public void FailCall(string message, int nth = 1, string? table = null) =>
        Arm(new ArmedFault(Call(message, table), nth, () => throw Fault.Of(
            ErrorCodes.GenericSqlError, $"Generic SQL error (injected into {message} call {nth}{(table is null ? string.Empty : " on " + table)}).")));

    /// <summary>The <paramref name="nth"/> call of <paramref name="message"/> (on <paramref name="table"/>, or any) fails as a SQL timeout.</summary>
    public void TimeOutCall(string message, int nth = 1, string? table = null) =>
        Arm(new ArmedFault(Call(message, table), nth, () => throw Fault.Of(
            ErrorCodes.SqlTimeout, $"SQL timeout expired (injected into {message} call {nth}{(table is null ? string.Empty : " on " + table)}).")));

    /// <summary>The <paramref name="nth"/> run of the step (by id) throws an InvalidPluginExecutionException instead of running.</summary>
    public void FailStep(Guid stepId, int nth = 1) =>
        Arm(new ArmedFault(Step(stepId), nth, () => throw new InvalidPluginExecutionException($"Injected fault in step {stepId:D}, run {nth}.")));

    /// <summary>The <paramref name="nth"/> run of the step (by id) fails with a TimeoutException, as a plug-in past Dataverse's 2-minute limit.</summary>
    public void TimeOutStep(Guid stepId, int nth = 1) =>
        Arm(new ArmedFault(Step(stepId), nth, () => throw new TimeoutException($"The plug-in step {stepId:D} exceeded the 2-minute limit (injected, run {nth}).")));

    /// <summary>Disarms every fault that has not fired.</summary>
    public void Clear()
    {
        lock (sync)
        {
            armed.Clear();
        }
    }

    /// <summary>Called as a request reaches its main operation: throws when an armed fault's turn has come.</summary>
    internal void BeforeMainOperation(string message, string? table) => Fire(new Occurrence(message, table, StepId: null));

    /// <summary>Called before a step runs: throws when an armed fault's turn has come.</summary>
    internal void BeforeStep(StepRegistration step) => Fire(new Occurrence(Message: null, Table: null, step.Id));

    private static Func<Occurrence, bool> Call(string message, string? table)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        return o => string.Equals(o.Message, message, StringComparison.OrdinalIgnoreCase)
            && (table is null || string.Equals(o.Table, table, StringComparison.OrdinalIgnoreCase));
    }

    private static Func<Occurrence, bool> Step(Guid stepId) => o => o.StepId == stepId;

    private void Arm(ArmedFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.Nth, 1);
        lock (sync)
        {
            armed.Add(fault);
        }
    }

    private void Fire(Occurrence occurrence)
    {
        Action? fault = null;
        lock (sync)
        {
            if (armed.Count == 0)
            {
                return;
            }

            foreach (var candidate in armed.Where(a => a.Matches(occurrence)))
            {
                candidate.Seen++;
                if (candidate.Seen == candidate.Nth && fault is null)
                {
                    fault = candidate.Throw;
                }
            }

            armed.RemoveAll(a => a.Seen >= a.Nth);
        }

        if (fault is not null)
        {
            Interlocked.Increment(ref fired);
            fault();
        }
    }

    private sealed record Occurrence(string? Message, string? Table, Guid? StepId);

    private sealed class ArmedFault(Func<Occurrence, bool> matches, int nth, Action @throw)
    {
        public int Nth { get; } = nth;

        public Action Throw { get; } = @throw;

        public int Seen { get; set; }

        public bool Matches(Occurrence occurrence) => matches(occurrence);
    }
}
