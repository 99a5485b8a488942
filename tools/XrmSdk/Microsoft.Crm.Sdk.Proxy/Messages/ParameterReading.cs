using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>How the typed messages read their parameters and results: an absent one reads as default.</summary>
internal static class ParameterReading
{
    public static T ValueOrDefault<T>(this ParameterCollection parameters, string name) =>
        parameters.Contains(name) ? (T)parameters[name] : default;
}
