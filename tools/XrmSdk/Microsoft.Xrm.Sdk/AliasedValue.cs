using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public sealed class AliasedValue : IExtensibleDataObject
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    public string AttributeLogicalName { get; }

    public string EntityLogicalName { get; }

    public object Value { get; }

    public ExtensionDataObject ExtensionData { get; set; }
}
