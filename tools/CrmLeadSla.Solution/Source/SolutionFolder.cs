using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;

namespace CrmLeadSla.Solution.Source;

/// <summary>
/// Loads the solution in source form (the repository's <c>Solution/</c> folder) together with the shipped standard tables.
/// The format is described in docs/solution-source.md.
/// </summary>
public static class SolutionFolder
{
    /// <summary>Environment variable that points at another solution folder (used when no path is passed to <see cref="Locate"/>).</summary>
    public const string OverrideVariable = "LSLA_SOLUTION_FOLDER";

    /// <summary>Name of the solution folder: in the repository root and, copied by the build, in the output folder.</summary>
    public const string FolderName = "Solution";

    /// <summary>The file that makes a folder a solution folder.</summary>
    public const string ManifestFileName = "solution.xml";

    private const string StandardTablePrefix = "StandardTables.";

    /// <summary>
    /// The solution folder to load: <paramref name="overridePath"/> if given, else the folder named by <see cref="OverrideVariable"/>,
    /// else <c>Solution/</c> in the application's output folder (the build copies it there), else the nearest <c>Solution/</c> above it.
    /// </summary>
    /// <exception cref="SolutionSourceException">No solution folder is found.</exception>
    public static string Locate(string? overridePath = null)
    {
        var chosen = overridePath ?? Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(chosen))
        {
            return File.Exists(Path.Combine(chosen, ManifestFileName))
                ? Path.GetFullPath(chosen)
                : throw new SolutionSourceException(chosen, null, null, $"the folder has no {ManifestFileName}.", $"Point at the folder that holds {ManifestFileName} (the repository's {FolderName}/).");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FolderName);
            if (File.Exists(Path.Combine(candidate, ManifestFileName)))
            {
                return candidate;
            }
        }

        throw new SolutionSourceException(AppContext.BaseDirectory, null, null, $"no {FolderName}/{ManifestFileName} in the output folder or above it.", $"Build the solution project or a project that references it (it copies {FolderName}/), or set {OverrideVariable}.");
    }

    /// <summary>Loads the solution found by <see cref="Locate"/>.</summary>
    /// <exception cref="SolutionSourceException">The source is missing or malformed.</exception>
    public static SolutionDefinition Load() => Load(Locate());

    /// <summary>Reads and checks every file of the solution folder and merges its tables with the standard tables.</summary>
    /// <param name="solutionFolder">The folder that holds solution.xml.</param>
    /// <exception cref="SolutionSourceException">A file is malformed: the message names the file, the element, the problem and the fix.</exception>
    public static SolutionDefinition Load(string solutionFolder)
    {
        var manifestPath = Path.Combine(solutionFolder, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new SolutionSourceException(ManifestFileName, null, null, $"the solution folder '{solutionFolder}' has no {ManifestFileName}.", $"Point at the folder that holds {ManifestFileName}.");
        }

        var manifest = SolutionManifest.Read(SourceFile.Load(solutionFolder, manifestPath));
        var standard = new SourceContext(null, manifest.Languages, new Dictionary<string, OptionSetDefinition>());
        var standardTables = StandardTableFiles().Select(f => TableReader.Read(f, standard)).ToList();

        var optionSets = new Dictionary<string, OptionSetDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Files(solutionFolder, "OptionSets"))
        {
            var optionSet = OptionReader.ReadGlobal(file, new SourceContext(manifest.Publisher, manifest.Languages, optionSets));
            if (!optionSets.TryAdd(optionSet.Name, optionSet))
            {
                // Names are case-insensitive in Dataverse, file names are not.
                throw file.Error(file.Root, $"the option set '{optionSet.Name}' is declared twice, in files whose names differ only in case.", "Keep one file.");
            }
        }

        var context = new SourceContext(manifest.Publisher, manifest.Languages, optionSets);
        var solutionTables = Files(solutionFolder, "Tables").Select(f => TableReader.Read(f, context)).ToList();
        var tables = TableMerge.Merge(standardTables, solutionTables);
        var metadata = new MetadataModel(tables.Tables, optionSets.Values, tables.OneToMany, tables.ManyToMany);

        var roles = ReadRoles(Files(solutionFolder, "Roles"), metadata);
        var views = ReadWithUniqueIds(Files(solutionFolder, "Views"), f => ViewReader.Read(f, context, metadata), v => v.Id, "view");
        var solution = new SolutionDefinition
        {
            UniqueName = manifest.UniqueName,
            DisplayName = manifest.DisplayName,
            Description = manifest.Description,
            Version = manifest.Version,
            Publisher = manifest.Publisher,
            Languages = manifest.Languages,
            Metadata = metadata,
            SolutionTables = solutionTables.Select(t => t.Table.LogicalName).ToList(),
            Roles = roles,
            FieldSecurityProfiles = ReadWithUniqueIds(Files(solutionFolder, "FieldSecurityProfiles"), f => FieldSecurityProfileReader.Read(f, metadata), p => p.Id, "field security profile", p => p.Name),
            PluginAssemblies = Files(solutionFolder, "PluginAssemblies").Select(f => PluginAssemblyReader.Read(f, metadata)).ToList(),
            Views = views,
            Forms = ReadWithUniqueIds(Files(solutionFolder, "Forms"), f => FormReader.Read(f, context, metadata, views), f => f.Id, "form"),
            AppModules = Files(solutionFolder, "AppModules").Select(f => AppModuleReader.Read(f, context, metadata, roles)).ToList(),
            SampleConfiguration = SampleDataReader.Read(Files(solutionFolder, "SampleData"), metadata, manifest.Languages[0]),
        };

        // The workflows name the solution's tables, columns and registered activities, so they are read against the rest of it.
        return solution with { Workflows = WorkflowFolder.Load(solutionFolder, solution) };
    }

    /// <summary>
    /// The shipped standard tables alone (lead, contact, account, systemuser…), with their relationships: the metadata of
    /// an organization before any solution is imported into it.
    /// </summary>
    public static MetadataModel StandardMetadata()
    {
        var context = new SourceContext(null, [1033], new Dictionary<string, OptionSetDefinition>());
        var tables = TableMerge.Merge([.. StandardTableFiles().Select(f => TableReader.Read(f, context))], []);
        return new MetadataModel(tables.Tables, [], tables.OneToMany, tables.ManyToMany);
    }

    private static IEnumerable<SourceFile> Files(string solutionFolder, string subfolder)
    {
        var folder = Path.Combine(solutionFolder, subfolder);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).Select(path => SourceFile.Load(solutionFolder, path))
            : [];
    }

    private static IEnumerable<SourceFile> StandardTableFiles()
    {
        var assembly = typeof(SolutionFolder).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(StandardTablePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            yield return SourceFile.Read("StandardTables/" + resource[StandardTablePrefix.Length..], stream);
        }
    }

    /// <summary>
    /// Reads one component per file; components are found by their fixed id on import, so two with one id are refused,
    /// and two with one name where the name must be unique too (<paramref name="nameOf"/>).
    /// </summary>
    private static List<T> ReadWithUniqueIds<T>(IEnumerable<SourceFile> files, Func<SourceFile, T> read, Func<T, Guid> idOf, string what, Func<T, string>? nameOf = null)
    {
        var components = new List<T>();
        foreach (var file in files)
        {
            var component = read(file);
            if (components.Any(c => idOf(c) == idOf(component)))
            {
                throw file.Error(file.Root, $"the {what} id {idOf(component)} is used by another {what}.", $"Give every {what} its own id.");
            }

            if (nameOf is not null && components.Any(c => string.Equals(nameOf(c), nameOf(component), StringComparison.OrdinalIgnoreCase)))
            {
                throw file.Error(file.Root, $"the {what} name '{nameOf(component)}' is used by another {what}.", $"Give every {what} its own name.");
            }

            components.Add(component);
        }

        return components;
    }

    private static List<SecurityRoleDefinition> ReadRoles(IEnumerable<SourceFile> files, MetadataModel metadata)
    {
        var roles = new List<SecurityRoleDefinition>();
        foreach (var file in files)
        {
            var role = RoleReader.Read(file, metadata);
            if (roles.Any(r => r.Id == role.Id || r.Name == role.Name))
            {
                throw file.Error(file.Root, $"the role name '{role.Name}' or its id {role.Id} is used by another role.", "Give every role its own name and id.");
            }

            roles.Add(role);
        }

        return roles;
    }
}
