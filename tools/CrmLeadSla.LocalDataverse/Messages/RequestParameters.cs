using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// Reads a request's parameters by name, so a message works whether it arrives as the SDK's typed request
/// (QualifyLeadRequest…) or as <c>new OrganizationRequest("QualifyLead")</c> with the same parameters.
/// </summary>
internal static class RequestParameters
{
    /// <summary>The parameter's value; a missing or null one is refused as Dataverse refuses it.</summary>
    public static T Required<T>(OrganizationRequest request, string name)
        where T : class =>
        Optional<T>(request, name)
        ?? throw Fault.Of(ErrorCodes.InvalidArgument, $"Required field '{name}' is missing for RequestName='{request.RequestName}'");

    /// <summary>The parameter's value, or null when the request does not carry it.</summary>
    public static T? Optional<T>(OrganizationRequest request, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Parameters.TryGetValue(name, out var value) ? Typed<T>(name, value) : null;
    }

    /// <summary>A boolean parameter; a missing one is false (the SDK's default for the typed requests).</summary>
    public static bool Flag(OrganizationRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Parameters.TryGetValue(name, out var value) && value is true;
    }

    private static T? Typed<T>(string name, object? value)
        where T : class =>
        value switch
        {
            null => null,
            T typed => typed,
            _ => throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"Parameter '{name}' must be of type {typeof(T).Name}, not {value.GetType().Name}."),
        };
}
