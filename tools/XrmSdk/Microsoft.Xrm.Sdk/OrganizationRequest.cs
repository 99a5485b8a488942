using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public class OrganizationRequest : IExtensibleDataObject
{
    private ParameterCollection _parameters;

    public OrganizationRequest()
    {
    }

    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    public string RequestName { get; set; }

    public Guid? RequestId { get; set; }

    public ParameterCollection Parameters
    {
        get => _parameters ??= new ParameterCollection();
        set => _parameters = value;
    }

    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    // Typed requests read their parameters this way: an absent parameter reads as default.
    internal T ParameterOrDefault<T>(string parameterName) =>
        Parameters.Contains(parameterName) ? (T)Parameters[parameterName] : default;
}
