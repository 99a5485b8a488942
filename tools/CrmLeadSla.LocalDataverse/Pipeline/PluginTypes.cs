using System.Reflection;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// Plug-in classes resolved by full name from the registered assemblies and constructed as Dataverse
/// constructs them: (unsecure, secure) configuration, else (unsecure), else no arguments. One instance per
/// step is cached and reused for every execution, so a plug-in that keeps state in fields shows it here too.
/// </summary>
public sealed class PluginTypes
{
    private readonly IReadOnlyList<Assembly> assemblies;
    private readonly Dictionary<Guid, IPlugin> instances = [];

    /// <summary>Creates the resolver over the assemblies that hold plug-in classes.</summary>
    public PluginTypes(IEnumerable<Assembly> assemblies) => this.assemblies = assemblies.ToList();

    /// <summary>The cached plug-in instance of the step, created on first use.</summary>
    public IPlugin InstanceFor(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!instances.TryGetValue(step.Id, out var plugin))
        {
            plugin = Construct(TypeOf(step.PluginTypeName), step);
            instances.Add(step.Id, plugin);
        }

        return plugin;
    }

    private Type TypeOf(string fullName) =>
        assemblies.Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is not null)
        ?? throw Fault.Of(ErrorCodes.PluginUnexpected, $"Plug-in type {fullName} was not found in the registered plug-in assemblies.");

    private static IPlugin Construct(Type type, StepRegistration step)
    {
        var instance = type.GetConstructor([typeof(string), typeof(string)]) is { } withBoth
            ? withBoth.Invoke([step.UnsecureConfiguration, step.SecureConfiguration])
            : type.GetConstructor([typeof(string)]) is { } withUnsecure
                ? withUnsecure.Invoke([step.UnsecureConfiguration])
                : Activator.CreateInstance(type);
        return instance as IPlugin
            ?? throw Fault.Of(ErrorCodes.PluginUnexpected, $"{type.FullName} does not implement IPlugin.");
    }
}
