using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.SandboxHarness.Pipeline
{
    /// <summary>The plug-in trace log of one step execution, formatted the same way on every runtime.</summary>
    internal sealed class SandboxTrace : ITracingService
    {
        private readonly List<string> lines = new List<string>();

        public IReadOnlyList<string> Lines => lines;

        public void Trace(string format, params object[] args) =>
            lines.Add(args == null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
    }
}
