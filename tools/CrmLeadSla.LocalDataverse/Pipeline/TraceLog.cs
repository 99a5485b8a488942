namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>The plug-in trace log of the organization: one entry per step execution, oldest first; safe for parallel steps.</summary>
public sealed class TraceLog
{
    private readonly Lock sync = new();
    private readonly List<PluginTrace> entries = [];

    /// <summary>Every recorded step execution (a snapshot).</summary>
    public IReadOnlyList<PluginTrace> Entries
    {
        get
        {
            lock (sync)
            {
                return entries.ToList();
            }
        }
    }

    /// <summary>Records one step execution.</summary>
    public void Record(PluginTrace trace)
    {
        lock (sync)
        {
            entries.Add(trace);
        }
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        lock (sync)
        {
            entries.Clear();
        }
    }
}
