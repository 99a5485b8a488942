using System;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    private readonly int? _errorCode;

    public InvalidPluginExecutionException()
    {
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : base(string.Empty)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : base(message)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        Status = status;
        _errorCode = errorCode;
    }

    public OperationStatus Status { get; }

    // Without an explicit code the exception's HResult is reported, as the SDK does.
    public int ErrorCode => _errorCode ?? HResult;
}
