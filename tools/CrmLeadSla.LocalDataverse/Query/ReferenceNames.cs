using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>The primary name of the row a lookup points at, as Dataverse puts it in EntityReference.Name.</summary>
internal sealed class ReferenceNames(MetadataModel metadata, IRowReader rows)
{
    /// <summary>The referenced row's primary name, or the reference's own name when the row is not found.</summary>
    public string? NameOf(EntityReference reference)
    {
        var table = metadata.FindTable(reference.LogicalName ?? string.Empty);
        var row = table is null ? null : rows.Find(table.LogicalName, reference.Id);
        return row is not null && row.Attributes.TryGetValue(table!.PrimaryNameAttribute, out var name) ? name as string : reference.Name;
    }

    /// <summary>A copy of the reference with its name filled in.</summary>
    public EntityReference Named(EntityReference reference) =>
        new(reference.LogicalName, reference.Id) { Name = NameOf(reference) };
}
