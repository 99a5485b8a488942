namespace CrmLeadSla.LocalDataverse.Service;

/// <summary>A list of counted requests with the totals tests ask for.</summary>
public class RequestTally
{
    private readonly List<CountedRequest> requests = [];

    /// <summary>The requests, in call order.</summary>
    public IReadOnlyList<CountedRequest> Requests => requests;

    /// <summary>How many requests.</summary>
    public int Count => requests.Count;

    /// <summary>How many requests made by plug-ins.</summary>
    public int FromPlugins => requests.Count(r => r.FromPlugin);

    /// <summary>How many top-level requests (depth 1).</summary>
    public int TopLevel => requests.Count(r => r.Depth == 1);

    /// <summary>How many requests of this message.</summary>
    public int CountOf(string message) =>
        requests.Count(r => string.Equals(r.Message, message, StringComparison.OrdinalIgnoreCase));

    /// <summary>How many requests of this message on this table.</summary>
    public int CountOf(string message, string table) =>
        requests.Count(r => string.Equals(r.Message, message, StringComparison.OrdinalIgnoreCase)
            && string.Equals(r.Table, table, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a request.</summary>
    protected void Add(CountedRequest request) => requests.Add(request);

    /// <summary>Forgets every request.</summary>
    protected void Forget() => requests.Clear();
}
