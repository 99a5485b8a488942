using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class ColumnSet : IExtensibleDataObject
{
    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        if (columns != null)
        {
            AddColumns(columns);
        }
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns { get; } = new DataCollection<string>();

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumn(string column) => Columns.Add(column);

    public void AddColumns(params string[] columns)
    {
        foreach (var column in columns)
        {
            AddColumn(column);
        }
    }
}
