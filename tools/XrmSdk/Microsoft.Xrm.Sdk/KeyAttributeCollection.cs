using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    public KeyAttributeCollection()
    {
    }

    protected KeyAttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
}
