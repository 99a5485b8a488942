using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

public class DataCollection<T> : Collection<T>
{
    // No public constructor in Microsoft's SDK: only the SDK's own types create these.
    internal DataCollection()
    {
    }

    // Copies the list, as the SDK's list constructors do; a null list gives an empty collection.
    internal DataCollection(IList<T> list)
        : base(list == null ? new List<T>() : new List<T>(list))
    {
    }

    public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

    public void AddRange(IEnumerable<T> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
