using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// The optional parameter BypassCustomPluginExecution (Web API header <c>MSCRM.BypassCustomPluginExecution: true</c>):
/// the operation and every call nested in it run without the custom synchronous plug-in steps, while asynchronous
/// steps still run. Only a caller with prvBypassCustomPlugins (System Administrator by default) may ask for it.
/// </summary>
internal static class CustomLogicBypass
{
    /// <summary>The request parameter.</summary>
    public const string Parameter = "BypassCustomPluginExecution";

    /// <summary>The privilege it needs.</summary>
    public const string Privilege = "prvBypassCustomPlugins";

    /// <summary>True when the request itself asks for the bypass.</summary>
    public static bool IsAsked(OrganizationRequest request) =>
        request.Parameters.TryGetValue(Parameter, out var value) && value is true;

    /// <summary>True when the request or an operation it is nested in asked for the bypass.</summary>
    public static bool Applies(OrganizationRequest request, CallOrigin origin)
    {
        if (IsAsked(request))
        {
            return true;
        }

        for (IPluginExecutionContext? parent = origin.Parent; parent is not null; parent = parent.ParentContext)
        {
            if (parent.InputParameters.TryGetValue(Parameter, out var value) && value is true)
            {
                return true;
            }
        }

        return false;
    }
}
