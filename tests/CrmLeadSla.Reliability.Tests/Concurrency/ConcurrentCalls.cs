using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Reliability.Tests.Concurrency;

/// <summary>
/// Callers on threads of their own, each making its calls one after the other, as users and integrations do. A call
/// that fails as Dataverse asks callers to retry (deadlock victim, SQL timeout, row version mismatch) is retried; a
/// plug-in that wraps the mismatch in its own fault keeps the platform's message, which is recognised too.
/// </summary>
internal static class ConcurrentCalls
{
    private const int MaxAttempts = 50;
    private const string VersionMismatch = "doesn't match the RowVersion property provided";

    /// <summary>Runs <paramref name="call"/> with indexes 0 … callers × callsEach − 1; returns how many attempts were retried.</summary>
    public static int Run(int callers, int callsEach, Action<int> call)
    {
        var retried = 0;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, callers)
            .Select(caller => new Thread(() =>
            {
                try
                {
                    for (var i = 0; i < callsEach; i++)
                    {
                        Interlocked.Add(ref retried, WithRetry(() => call((caller * callsEach) + i)));
                    }
                }
                catch (Exception failure)
                {
                    failures.Enqueue(failure);
                }
            }))
            .ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        return failures.IsEmpty ? retried : throw new AggregateException(failures);
    }

    private static int WithRetry(Action call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                call();
                return attempt - 1;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (IsTransient(fault.Detail) && attempt < MaxAttempts)
            {
                Thread.Sleep(attempt);
            }
        }
    }

    private static bool IsTransient(OrganizationServiceFault fault) =>
        fault.ErrorCode is ErrorCodes.SqlDeadlock or ErrorCodes.SqlTimeout or ErrorCodes.ConcurrencyVersionMismatch
        || fault.Message.Contains(VersionMismatch, StringComparison.Ordinal);
}
