using System.Reflection;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// Plug-in classes resolved by full name from the registered assemblies and constructed as Dataverse
/// constructs them: (unsecure, secure) configuration, else (unsecure), else no arguments. One instance per
/// step is cached and reused for every execution, so a plug-in that keeps state in fields shows it here too.
/// An import adds assemblies; one of the same name as an earlier one replaces it (an upgrade), and every plug-in is
/// constructed anew, as Dataverse does after an import.
/// </summary>
public sealed class PluginTypes
{
    private readonly Lock sync = new();
    private readonly Dictionary<Guid, (string? Configuration, IPlugin Plugin)> instances = [];
    private IReadOnlyList<Assembly> assemblies;

    /// <summary>Creates the resolver over the assemblies that hold plug-in classes.</summary>
    public PluginTypes(IEnumerable<Assembly> assemblies) => this.assemblies = assemblies.ToList();

    /// <summary>The registered assemblies, the latest import first.</summary>
    public IReadOnlyList<Assembly> Assemblies
    {
        get
        {
            lock (sync)
            {
                return assemblies;
            }
        }
    }

    /// <summary>Adds assemblies; each replaces a registered one of the same simple name, and cached plug-ins are dropped.</summary>
    public void Add(IEnumerable<Assembly> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        lock (sync)
        {
            var incoming = added.ToList();
            var names = incoming.Select(a => a.GetName().Name).ToHashSet(StringComparer.Ordinal);
            assemblies = [.. incoming, .. assemblies.Where(a => !names.Contains(a.GetName().Name))];
            instances.Clear();
        }
    }

    /// <summary>The class with this full name in the registered assemblies (the latest first), or null.</summary>
    public Type? Find(string fullName)
    {
        lock (sync)
        {
            return Lookup(fullName);
        }
    }

    /// <summary>
    /// The cached plug-in instance of the step, created on first use and again when the step's unsecure configuration
    /// has changed (Dataverse constructs a new instance after a step registration changes).
    /// </summary>
    public IPlugin InstanceFor(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        lock (sync)
        {
            // One instance per step even when parallel requests reach it first at once; it then runs on many threads.
            if (!instances.TryGetValue(step.Id, out var cached) || cached.Configuration != step.UnsecureConfiguration)
            {
                cached = (step.UnsecureConfiguration, Construct(TypeOf(step.PluginTypeName), step));
                instances[step.Id] = cached;
            }

            return cached.Plugin;
        }
    }

    private Type? Lookup(string fullName) =>
        assemblies.Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is not null);

    private Type TypeOf(string fullName) =>
        Lookup(fullName) ?? throw Fault.Of(ErrorCodes.PluginUnexpected, $"Plug-in type {fullName} was not found in the registered plug-in assemblies.");

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
