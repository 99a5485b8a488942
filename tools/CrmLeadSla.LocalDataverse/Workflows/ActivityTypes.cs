using System.Reflection;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>
/// Finds the custom workflow activity class a workflow's XAML names by assembly-qualified name among the organization's
/// plug-in assemblies: the assembly by its simple name (and public key token, when the XAML gives one), the class by
/// its full name. The version is not compared: a rebuilt assembly runs the workflows written against the earlier one.
/// </summary>
internal static class ActivityTypes
{
    public static Type? Find(IReadOnlyList<Assembly> assemblies, string assemblyQualifiedName)
    {
        var comma = assemblyQualifiedName.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
        {
            return null;
        }

        AssemblyName named;
        try
        {
            named = new AssemblyName(assemblyQualifiedName[(comma + 1)..].Trim());
        }
        catch (Exception e) when (e is ArgumentException or FileLoadException)
        {
            return null;
        }

        var token = named.GetPublicKeyToken();
        return assemblies
            .Where(a => string.Equals(a.GetName().Name, named.Name, StringComparison.OrdinalIgnoreCase)
                && (token is not { Length: > 0 } || (a.GetName().GetPublicKeyToken() ?? []).SequenceEqual(token)))
            .Select(a => a.GetType(assemblyQualifiedName[..comma].Trim(), throwOnError: false))
            .FirstOrDefault(t => t is not null && typeof(System.Activities.Activity).IsAssignableFrom(t));
    }
}
