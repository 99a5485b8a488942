using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public abstract class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails;

    protected BaseServiceFault()
    {
    }

    public int ErrorCode { get; set; }

    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    public string Message { get; set; }

    public DateTime Timestamp { get; set; }

    public Guid ActivityId { get; set; }

    public string HelpLink { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
