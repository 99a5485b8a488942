using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Faults;

/// <summary>
/// What the caller gets when custom code (a plug-in step or a custom workflow activity) throws: an
/// InvalidPluginExecutionException becomes a fault with its message and its error code (IsvAborted when it names
/// none); a fault of a nested call passes unchanged; anything else becomes the unexpected-error fault.
/// </summary>
public static class PluginFaults
{
    // What ErrorCode reports for an InvalidPluginExecutionException built without a code (COR_E_EXCEPTION).
    private const int UnsetErrorCode = unchecked((int)0x80131500);

    /// <summary>The fault for an exception thrown by custom code.</summary>
    /// <param name="exception">What the code threw.</param>
    /// <param name="thrower">What ran the code, for the unexpected-error message: "plug-in", "workflow activity".</param>
    public static FaultException<OrganizationServiceFault> Of(Exception exception, string thrower)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            InvalidPluginExecutionException refused =>
                Fault.Of(refused.ErrorCode is 0 or UnsetErrorCode ? ErrorCodes.PluginFault : refused.ErrorCode, refused.Message),
            FaultException<OrganizationServiceFault> fault => fault,
            _ => Fault.Of(ErrorCodes.PluginUnexpected, $"Unexpected exception from {thrower} (Execute): {exception.GetType().FullName}: {exception.Message}"),
        };
    }
}
