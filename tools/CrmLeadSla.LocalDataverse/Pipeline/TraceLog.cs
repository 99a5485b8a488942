namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>The plug-in trace log of the organization: one entry per step execution, oldest first.</summary>
public sealed class TraceLog
{
    private readonly List<PluginTrace> entries = [];

    /// <summary>Every recorded step execution.</summary>
    public IReadOnlyList<PluginTrace> Entries => entries;

    /// <summary>Records one step execution.</summary>
    public void Record(PluginTrace trace) => entries.Add(trace);

    /// <summary>Forgets every entry.</summary>
    public void Clear() => entries.Clear();
}
