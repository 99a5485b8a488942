using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results;

    public string ResponseName { get; set; }

    public ParameterCollection Results
    {
        get => _results ??= new ParameterCollection();
        set => _results = value;
    }

    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    // Typed responses read their results this way: an absent result reads as default.
    internal T ResultOrDefault<T>(string resultName) =>
        Results.Contains(resultName) ? (T)Results[resultName] : default;
}
