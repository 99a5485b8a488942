using System.Collections;
using System.Collections.Generic;

namespace CrmLeadSla.SandboxHarness.Output
{
    /// <summary>What one case did, as named values in the order they are added: printed as one JSON object per line.</summary>
    internal sealed class CaseReport : IEnumerable<KeyValuePair<string, object?>>
    {
        private readonly List<KeyValuePair<string, object?>> values = new List<KeyValuePair<string, object?>>();

        public CaseReport(string name) => Add("case", name);

        /// <summary>Whether the case failed (an "error" value was added).</summary>
        public bool Failed { get; private set; }

        public void Add(string key, object? value)
        {
            values.Add(new KeyValuePair<string, object?>(key, value));
            Failed |= key == "error";
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => JsonText.Of(this);
    }
}
