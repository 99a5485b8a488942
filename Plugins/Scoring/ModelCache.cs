using System;
using System.Linq;
using System.Threading;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// Compiled models per organization and model, shared by every event of the assembly load. The snapshot
    /// is an immutable array replaced as a whole with a compare-and-swap: readers never wait and a writer
    /// that loses a race simply tries again — no lock on a static, which the solution checker flags and
    /// which would serialize concurrent events.
    /// </summary>
    internal sealed class ModelCache
    {
        // A worker serves few organizations and one active model each; the bound keeps a long-lived process
        // (the local Dataverse running thousands of test organizations) from growing the array without end.
        private const int MaxEntries = 64;

        private Entry[] snapshot = Array.Empty<Entry>();

        /// <summary>The cached model of the organization with this id, or null.</summary>
        public LoadedModel? Find(Guid organizationId, Guid modelId) =>
            Volatile.Read(ref snapshot).FirstOrDefault(entry => entry.OrganizationId == organizationId && entry.Model.ModelId == modelId)?.Model;

        /// <summary>Keeps the model, replacing any other version of it in the same organization.</summary>
        public void Keep(Guid organizationId, LoadedModel model)
        {
            var entry = new Entry(organizationId, model);
            while (true)
            {
                var current = Volatile.Read(ref snapshot);
                var next = current
                    .Where(other => other.OrganizationId != organizationId || other.Model.ModelId != model.ModelId)
                    .Concat(new[] { entry })
                    .ToArray();
                if (next.Length > MaxEntries)
                {
                    next = next.Skip(next.Length - MaxEntries).ToArray();
                }

                if (ReferenceEquals(Interlocked.CompareExchange(ref snapshot, next, current), current))
                {
                    return;
                }
            }
        }

        private sealed record Entry(Guid OrganizationId, LoadedModel Model);
    }
}
