using System.Reflection;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse;

/// <summary>
/// A local organization with a solution installed — from its source folder with plug-in assemblies of the running
/// process, or from a packed zip with the zip's own net462 assemblies — and its users, each created with a security
/// role looked up by name in the solution. The one setup the CLI and the tests share.
/// </summary>
public sealed class SolutionOrganization
{
    // The repository's solution source, read once per process: many organizations are built from it.
    private static readonly Lazy<(string Folder, SolutionDefinition Solution)> Repository = new(() =>
    {
        var folder = SolutionFolder.Locate();
        return (folder, SolutionFolder.Load(folder));
    });

    private SolutionOrganization(LocalOrganization organization, SolutionDefinition solution, IReadOnlyList<string> importNotes, string origin)
    {
        Organization = organization;
        Solution = solution;
        ImportNotes = importNotes;
        Origin = origin;
    }

    /// <summary>The organization.</summary>
    public LocalOrganization Organization { get; }

    /// <summary>The installed solution as the model holds it (read from its source, or from the zip).</summary>
    public SolutionDefinition Solution { get; }

    /// <summary>
    /// The sample configuration to load into the organization (Solution/SampleData/): the solution's own; sample data is no
    /// solution component, so for a zip, which carries none, the repository's.
    /// </summary>
    /// <exception cref="SolutionSourceException">The solution carries none and the repository's Solution/ cannot be found or read.</exception>
    public SampleConfiguration SampleConfiguration =>
        Solution.SampleConfiguration.Rows.Count > 0 ? Solution.SampleConfiguration : Repository.Value.Solution.SampleConfiguration;

    /// <summary>What the zip's import left out or does not act on; empty for a solution built from its source.</summary>
    public IReadOnlyList<string> ImportNotes { get; }

    /// <summary>Where the solution came from: its folder or its zip.</summary>
    public string Origin { get; }

    /// <summary>The solution's source installed, its steps' classes resolved from <paramref name="pluginAssemblies"/>.</summary>
    /// <exception cref="SolutionSourceException">A view's FetchXML names what the organization lacks.</exception>
    /// <param name="solution">The solution's source.</param>
    /// <param name="pluginAssemblies">Where the steps' and activities' classes are.</param>
    /// <param name="startsAt">The clock's start (UTC); null: now.</param>
    /// <param name="ids">Where new ids come from; null: random.</param>
    /// <param name="origin">Where the solution came from, as reports name it.</param>
    /// <param name="languageCode">The organization's base language (an LCID): 1033 English, 1031 German.</param>
    public static SolutionOrganization FromSource(SolutionDefinition solution, IEnumerable<Assembly> pluginAssemblies, DateTime? startsAt = null, IdSource? ids = null, string origin = SolutionFolder.FolderName, int languageCode = 1033)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return new(LocalOrganization.FromSolution(solution, pluginAssemblies, startsAt, ids, languageCode), solution, [], origin);
    }

    /// <summary>A solution zip imported into a new organization, its plug-ins and workflow activities loaded from the zip.</summary>
    /// <exception cref="SolutionImportException">The zip is refused.</exception>
    /// <param name="zip">The solution zip.</param>
    /// <param name="startsAt">The clock's start (UTC); null: now.</param>
    /// <param name="ids">Where new ids come from; null: random.</param>
    /// <param name="origin">Where the solution came from, as reports name it.</param>
    /// <param name="languageCode">The organization's base language (an LCID): 1033 English, 1031 German.</param>
    public static SolutionOrganization FromZip(byte[] zip, DateTime? startsAt = null, IdSource? ids = null, string origin = "solution zip", int languageCode = 1033)
    {
        var (organization, imported) = LocalOrganization.Import(zip, startsAt, ids, languageCode);
        return new(organization, imported.Solution, imported.Notes, origin);
    }

    /// <summary>
    /// The solution at <paramref name="path"/>: a solution zip (a file ending in .zip), else a solution folder; null takes
    /// the repository's <c>Solution/</c> (<see cref="SolutionFolder.Locate"/>, read once per process). A folder's steps run
    /// the classes of <paramref name="pluginAssemblies"/>; a zip's run its own assemblies.
    /// </summary>
    /// <exception cref="SolutionSourceException">The folder is missing or its source is malformed.</exception>
    /// <exception cref="SolutionImportException">The zip is refused.</exception>
    /// <param name="path">A solution zip or folder; null: the repository's.</param>
    /// <param name="pluginAssemblies">Where a folder's steps' and activities' classes are.</param>
    /// <param name="startsAt">The clock's start (UTC); null: now.</param>
    /// <param name="ids">Where new ids come from; null: random.</param>
    /// <param name="languageCode">The organization's base language (an LCID): 1033 English, 1031 German.</param>
    public static SolutionOrganization Load(string? path, IEnumerable<Assembly> pluginAssemblies, DateTime? startsAt = null, IdSource? ids = null, int languageCode = 1033)
    {
        if (path is not null && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var zip = File.Exists(path)
                ? File.ReadAllBytes(path)
                : throw new SolutionImportException(path, "the solution zip does not exist.", "Pass the path of a zip leadsla pack wrote (leadsla pack --out DIR).");
            return FromZip(zip, startsAt, ids, Path.GetFullPath(path), languageCode);
        }

        if (path is null)
        {
            return FromSource(Repository.Value.Solution, pluginAssemblies, startsAt, ids, Repository.Value.Folder, languageCode);
        }

        var folder = SolutionFolder.Locate(path);
        return FromSource(SolutionFolder.Load(folder), pluginAssemblies, startsAt, ids, folder, languageCode);
    }

    /// <summary>The id of the solution's security role with this name.</summary>
    /// <exception cref="ArgumentException">The solution has no role of that name; the message lists the ones it has.</exception>
    public Guid RoleId(string roleName) =>
        Solution.Roles.FirstOrDefault(r => r.Name == roleName)?.Id
        ?? throw new ArgumentException($"The solution {Solution.UniqueName} has no security role '{roleName}'; it has {string.Join(", ", Solution.Roles.Select(r => $"'{r.Name}'"))}.", nameof(roleName));

    /// <summary>
    /// Adds a user with the solution's role of this name (in the root business unit unless one is given) and, as an
    /// administrator sets users up for the solution (docs/security-roles.md), the field security profile of the same name.
    /// </summary>
    public Guid CreateUser(string fullName, string roleName, Guid? businessUnitId = null) =>
        WithProfileOf(roleName, Organization.CreateUser(fullName, businessUnitId, RoleId(roleName)));

    /// <summary>
    /// Adds a user who reads the user interface in a language (usersettings.uilanguageid, an LCID such as 1031 for German)
    /// with the solution's role of this name (in the root business unit unless one is given) and the profile of that name.
    /// </summary>
    public Guid CreateUser(string fullName, string roleName, int uiLanguageId, Guid? businessUnitId = null) =>
        WithProfileOf(roleName, Organization.CreateUser(fullName, uiLanguageId, businessUnitId, RoleId(roleName)));

    /// <summary>Adds a user with a given id (e.g. from a seed), the solution's role of this name and the profile of that name.</summary>
    public Guid CreateUser(Guid id, string fullName, string roleName, Guid? businessUnitId = null) =>
        CreateUser(id, fullName, roleName, Organization.LanguageCode, businessUnitId);

    /// <summary>
    /// Adds a user with a given id (e.g. from a seed) who reads the user interface in a language (usersettings.uilanguageid,
    /// an LCID such as 1031 for German), with the solution's role of this name and the profile of that name.
    /// </summary>
    public Guid CreateUser(Guid id, string fullName, string roleName, int uiLanguageId, Guid? businessUnitId = null) =>
        WithProfileOf(roleName, Organization.CreateUser(id, fullName, uiLanguageId, businessUnitId, RoleId(roleName)));

    private Guid WithProfileOf(string roleName, Guid userId)
    {
        if (Solution.FieldSecurityProfiles.FirstOrDefault(p => p.Name == roleName) is { } profile)
        {
            Organization.Security.AddFieldSecurityProfileMember(profile.Id, userId);
        }

        return userId;
    }

    /// <summary>An organization service whose calls are top-level requests by the user.</summary>
    public IOrganizationService ServiceFor(Guid userId) => Organization.ServiceFor(userId);
}
