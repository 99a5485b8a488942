using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>The ITracingService of one step execution: collects the lines for the trace log.</summary>
public sealed class StepTracingService : ITracingService
{
    private readonly List<string> lines = [];

    /// <summary>The lines traced so far.</summary>
    public IReadOnlyList<string> Lines => lines;

    /// <inheritdoc />
    public void Trace(string format, params object[] args) =>
        lines.Add(args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format);
}
