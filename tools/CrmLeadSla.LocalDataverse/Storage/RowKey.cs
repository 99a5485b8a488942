namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>A row's identity in storage: its table (case-insensitive, as logical names are) and its id.</summary>
internal readonly record struct RowKey
{
    public RowKey(string table, Guid id)
    {
        Table = table.ToLowerInvariant();
        Id = id;
    }

    public string Table { get; }

    public Guid Id { get; }
}
