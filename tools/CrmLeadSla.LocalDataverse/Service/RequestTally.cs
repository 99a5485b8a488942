namespace CrmLeadSla.LocalDataverse.Service;

/// <summary>A list of counted requests with the totals tests ask for; safe for requests counted in parallel.</summary>
public class RequestTally
{
    private readonly List<CountedRequest> requests = [];

    /// <summary>The requests, in call order (a snapshot).</summary>
    public IReadOnlyList<CountedRequest> Requests => Snapshot();

    /// <summary>How many requests.</summary>
    public int Count => Snapshot().Count;

    /// <summary>How many requests made by plug-ins.</summary>
    public int FromPlugins => Snapshot().Count(r => r.FromPlugin);

    /// <summary>How many requests made by workflows (their update steps and their custom activities).</summary>
    public int FromWorkflows => Snapshot().Count(r => r.FromWorkflow);

    /// <summary>How many top-level requests (depth 1).</summary>
    public int TopLevel => Snapshot().Count(r => r.Depth == 1);

    /// <summary>Guards the list; a tally that records on behalf of others (the counter) takes it around both.</summary>
    protected Lock Sync { get; } = new();

    /// <summary>How many requests of this message.</summary>
    public int CountOf(string message) =>
        Snapshot().Count(r => string.Equals(r.Message, message, StringComparison.OrdinalIgnoreCase));

    /// <summary>How many requests of this message on this table.</summary>
    public int CountOf(string message, string table) =>
        Snapshot().Count(r => string.Equals(r.Message, message, StringComparison.OrdinalIgnoreCase)
            && string.Equals(r.Table, table, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a request.</summary>
    protected void Add(CountedRequest request)
    {
        lock (Sync)
        {
            requests.Add(request);
        }
    }

    /// <summary>Forgets every request.</summary>
    protected void Forget()
    {
        lock (Sync)
        {
            requests.Clear();
        }
    }

    private List<CountedRequest> Snapshot()
    {
        lock (Sync)
        {
            return requests.ToList();
        }
    }
}
