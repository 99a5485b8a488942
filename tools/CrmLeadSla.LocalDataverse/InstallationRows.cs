using System.Reflection;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse;

/// <summary>
/// The rows by which an organization shows what it has installed, as Dataverse keeps them: a row of <c>solution</c> per
/// solution and one of <c>pluginassembly</c> per assembly it registers. Clients (deploy) read them to tell whether a
/// version is installed and which assemblies run.
/// </summary>
public static class InstallationRows
{
    /// <summary>The table of installed solutions.</summary>
    public const string SolutionTable = "solution";

    /// <summary>The table of registered plug-in and workflow activity assemblies.</summary>
    public const string AssemblyTable = "pluginassembly";

    /// <summary>The row of an installed solution; an upgrade keeps the row's id and stamps the time again.</summary>
    public static Entity Solution(Guid id, SolutionDefinition solution, bool isManaged, DateTime installedOn)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return new Entity(SolutionTable, id)
        {
            ["solutionid"] = id,
            ["uniquename"] = solution.UniqueName,
            ["friendlyname"] = solution.DisplayName.In(1033),
            ["version"] = solution.Version.ToString(),
            ["ismanaged"] = isManaged,
            ["installedon"] = installedOn,
        };
    }

    /// <summary>The row of a registered assembly, named as <c>pluginassembly</c> names it (version, key token, culture).</summary>
    public static Entity Assembly(Guid id, Assembly assembly, IsolationMode isolation)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = assembly.GetName();
        return new Entity(AssemblyTable, id)
        {
            ["pluginassemblyid"] = id,
            ["name"] = name.Name,
            ["version"] = name.Version?.ToString(),
            ["publickeytoken"] = Convert.ToHexStringLower(name.GetPublicKeyToken() ?? []),
            ["culture"] = string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName,
            ["isolationmode"] = new OptionSetValue((int)isolation),
        };
    }

    /// <summary>The id of the row whose <paramref name="column"/> holds <paramref name="value"/> (names without regard to case), or null.</summary>
    internal static Guid? IdOf(IEnumerable<Entity> rows, string column, string value) =>
        rows.FirstOrDefault(r => string.Equals(r.GetAttributeValue<string>(column), value, StringComparison.OrdinalIgnoreCase))?.Id;
}
