namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// The handed-over leads waiting for sales, as the reps see them: with the SLA, each rep's queue in hand-over
/// order; without it, one pool from which reps pick what tempts them.
/// </summary>
internal sealed class HandOverBoard(IEnumerable<Guid> reps)
{
    private readonly Dictionary<Guid, Queue<Guid>> queues = reps.ToDictionary(r => r, _ => new Queue<Guid>());
    private readonly HashSet<Guid> queued = [];
    private readonly Dictionary<Guid, (int Behaviour, string Grade, long Since)> pool = [];
    private long arrivals;

    /// <summary>Whether the lead waits in a rep's queue.</summary>
    public bool IsQueued(Guid leadId) => queued.Contains(leadId);

    /// <summary>Puts a lead at the end of a rep's queue.</summary>
    public void Queue(Guid leadId, Guid rep)
    {
        queues[rep].Enqueue(leadId);
        queued.Add(leadId);
    }

    /// <summary>Takes up to <paramref name="count"/> leads from the front of a rep's queue.</summary>
    public IReadOnlyList<Guid> TakeQueued(Guid rep, int count)
    {
        var taken = new List<Guid>(count);
        var queue = queues[rep];
        while (taken.Count < count && queue.TryDequeue(out var leadId))
        {
            queued.Remove(leadId);
            taken.Add(leadId);
        }

        return taken;
    }

    /// <summary>Puts a lead into the pool, or refreshes what the pool shows of it.</summary>
    public void Pool(Guid leadId, int behaviour, string grade) =>
        pool[leadId] = (behaviour, grade, pool.TryGetValue(leadId, out var known) ? known.Since : arrivals++);

    /// <summary>Takes up to <paramref name="count"/> leads that tempt a rep (by grade and behaviour), the most active first.</summary>
    public IReadOnlyList<Guid> TakeFromPool(int count, Func<string, int, bool> tempts)
    {
        var taken = pool
            .Where(p => tempts(p.Value.Grade, p.Value.Behaviour))
            .OrderByDescending(p => p.Value.Behaviour).ThenBy(p => p.Value.Since)
            .Take(count)
            .Select(p => p.Key)
            .ToList();
        foreach (var leadId in taken)
        {
            pool.Remove(leadId);
        }

        return taken;
    }
}
