using System.Reflection;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Pipeline;
using CrmLeadSla.LocalDataverse.Query;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Service;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.LocalDataverse.Workflows;
using CrmLeadSla.LocalDataverse.Workflows.Xaml;
using CrmLeadSla.Solution.Import;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.Solution.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse;

/// <summary>
/// A local Dataverse organization: metadata, storage, the event pipeline with its plug-in steps, security,
/// a clock, the request counter, the plug-in trace log and the system job queue. Hands out organization
/// services per user. Solutions are installed from their source (<see cref="FromSolution"/>) or imported from
/// solution zips in Microsoft's format (<see cref="FromSolutionZip"/>, <see cref="ImportSolution"/>).
/// </summary>
public sealed class LocalOrganization
{
    // The shipped standard tables, read once: every organization built from a solution starts from them.
    private static readonly Lazy<MetadataModel> StandardTables = new(SolutionFolder.StandardMetadata);

    private readonly EventPipeline pipeline;
    private readonly Lock installing = new();
    private InstalledComponents components = InstalledComponents.None;

    /// <summary>
    /// Creates the organization with its row (name, base language), its root business unit, the SYSTEM user and an
    /// administrator (who owns the workflows), and activates its workflows.
    /// </summary>
    /// <param name="metadata">Its tables (copied: an import changes the organization's metadata, not the one given).</param>
    /// <param name="options">Name, clock, roles, plug-in assemblies, steps and workflows.</param>
    /// <exception cref="WorkflowDefinitionException">A workflow cannot be activated: its XAML uses what the local Dataverse does not run, names an activity class no plug-in assembly holds, a column the table lacks, or a child workflow that is not one.</exception>
    public LocalOrganization(MetadataModel metadata, LocalOrganizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        options ??= new LocalOrganizationOptions();
        var activated = WorkflowActivation.Activate(options.Workflows, metadata, options.PluginAssemblies);
        Metadata = metadata.Copy();
        PluginTypes = new PluginTypes(options.PluginAssemblies);
        Name = options.Name;
        LanguageCode = options.LanguageCode;
        Clock = new Clock(options.StartsAt ?? DateTime.UtcNow);
        Database = new Database(options.LockTimeout);
        Ids = options.Ids;
        Security = new SecurityModel(Ids.Next(), options.Name);

        // Dataverse keeps every step registration as a row of sdkmessageprocessingstep: updating it changes the step.
        Steps = new StepCatalog(step => WriteRow(StepRow.Of(step)));
        foreach (var role in options.Roles)
        {
            Security.AddRole(role);
        }

        foreach (var profile in options.FieldSecurityProfiles)
        {
            Security.AddFieldSecurityProfile(profile);
        }

        foreach (var source in options.StepSources)
        {
            Steps.Add(source);
        }

        components = InstalledComponents.None with { Workflows = options.Workflows };

        var identity = new OrganizationIdentity(Id, Name, BusinessUnitOfCaller);
        pipeline = new EventPipeline(
            identity,
            Metadata,
            Database,
            Steps,
            PluginTypes,
            Clock,
            Traces,
            Requests,
            AsyncJobs,
            (new AccessCheck(Security, Metadata), new ColumnSecurity(Security)),
            Faults,
            Ids,
            Security.SystemUserId);

        WriteRow(new Entity("organization", Id) { ["organizationid"] = Id, ["name"] = Name, ["languagecode"] = LanguageCode });
        WriteRow(new Entity("businessunit", RootBusinessUnitId) { ["businessunitid"] = RootBusinessUnitId, ["name"] = Name });
        WriteRow(UserRow(SystemUserId, "SYSTEM", RootBusinessUnitId));
        WriteRow(SettingsRow(SystemUserId, RootBusinessUnitId, LanguageCode));
        foreach (var role in options.Roles.Append(Security.SystemAdministrator))
        {
            WriteRow(new Entity("role", role.Id) { ["roleid"] = role.Id, ["name"] = role.Name, ["businessunitid"] = new EntityReference("businessunit", RootBusinessUnitId) });
        }

        AdminUserId = CreateUser("Administrator", RootBusinessUnitId, Security.SystemAdministrator.Id);

        // Workflows are owned by the administrator who imported them: background ones run as that user.
        pipeline.Workflows = new WorkflowEngine(activated, new WorkflowCallSetting(pipeline, new WorkflowHost(this), Clock, SystemUserId), identity, Database, AsyncJobs, Security, () => AdminUserId);
    }

    /// <summary>
    /// An organization no solution has been installed in: the shipped standard tables (lead, contact, account,
    /// opportunity, the activities, users, teams, business units), ready for <see cref="ImportSolution"/>.
    /// </summary>
    public static LocalOrganization WithStandardTables(LocalOrganizationOptions? options = null) =>
        new(StandardTables.Value, options);

    /// <summary>
    /// The organization a solution's source describes: the standard tables with the solution installed — its tables,
    /// security roles, plug-in steps and activated workflows, the steps' and activities' classes resolved from
    /// <paramref name="pluginAssemblies"/> (pass the workflow activity assembly too; an organization without the
    /// solution's workflows is built from <c>solution with { Workflows = [] }</c>). Every view's FetchXML is bound
    /// first, so a view the organization could not run refuses the solution, as Dataverse refuses its import.
    /// </summary>
    /// <param name="solution">The solution.</param>
    /// <param name="pluginAssemblies">Where the steps' plug-in classes are.</param>
    /// <param name="startsAt">The clock's start (UTC); null: now.</param>
    /// <param name="ids">Where new ids come from; null: random.</param>
    /// <param name="languageCode">The base language (organization.languagecode, an LCID): 1033 English, 1031 German.</param>
    /// <exception cref="SolutionSourceException">A view's FetchXML names a table, column or operator the organization lacks.</exception>
    /// <exception cref="WorkflowDefinitionException">A workflow runs an activity none of <paramref name="pluginAssemblies"/> holds, or cannot be activated.</exception>
    public static LocalOrganization FromSolution(SolutionDefinition solution, IEnumerable<Assembly> pluginAssemblies, DateTime? startsAt = null, IdSource? ids = null, int languageCode = 1033)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(pluginAssemblies);
        var assemblies = pluginAssemblies.ToList();
        SavedQueryCheck.Check(solution.Views, solution.Metadata, startsAt ?? DateTime.UtcNow);
        var workflows = solution.Workflows.Select(w => WorkflowActivation.Register(w, solution.Metadata, assemblies)).ToList();
        var activated = WorkflowActivation.Activate(workflows, solution.Metadata, assemblies);
        var organization = WithStandardTables(new LocalOrganizationOptions { Name = solution.UniqueName, StartsAt = startsAt, LanguageCode = languageCode, Ids = ids ?? IdSource.Random });
        organization.Install(solution, new Installation(assemblies, workflows, activated, IsManaged: false));
        return organization;
    }

    /// <summary>
    /// The organization a solution zip in Microsoft's format installs into a new organization (docs/importing-zips.md):
    /// its plug-in and workflow assemblies are the zip's net462 builds, loaded from its bytes, and its workflows run from their XAML.
    /// </summary>
    /// <param name="zip">The solution zip (unmanaged or managed), e.g. what <c>leadsla pack</c> writes.</param>
    /// <param name="startsAt">The clock's start (UTC); null starts at the machine's current time.</param>
    /// <param name="ids">Where new ids come from; null: random.</param>
    /// <exception cref="SolutionImportException">The zip is malformed, breaks a rule Dataverse enforces, or holds what the organization cannot run.</exception>
    public static LocalOrganization FromSolutionZip(byte[] zip, DateTime? startsAt = null, IdSource? ids = null) => Import(zip, startsAt, ids).Organization;

    /// <summary>A new organization named after the zip's solution, with the zip imported; and what was imported.</summary>
    internal static (LocalOrganization Organization, ImportedSolution Imported) Import(byte[] zip, DateTime? startsAt, IdSource? ids, int languageCode = 1033)
    {
        var imported = SolutionZipReader.Read(zip, StandardTables.Value);
        var organization = WithStandardTables(new LocalOrganizationOptions { Name = imported.Solution.UniqueName, StartsAt = startsAt, LanguageCode = languageCode, Ids = ids ?? IdSource.Random });
        organization.Install(imported.Solution, organization.Prepare(imported));
        return (organization, imported);
    }

    /// <summary>
    /// Imports a solution zip into this organization, as Dataverse's ImportSolution does: tables and columns are added or
    /// updated, roles, steps (by id) and workflows replaced, the zip's assemblies loaded; the solution's row of
    /// <c>solution</c> and its assemblies' rows of <c>pluginassembly</c> show it installed. A second import of the same
    /// zip changes nothing; an upgrade replaces what it carries. Everything is checked first: a refused zip changes nothing.
    /// </summary>
    /// <returns>What was imported, with the notes on what the import left out.</returns>
    /// <exception cref="SolutionImportException">The zip is malformed, breaks a rule Dataverse enforces, or holds what the organization cannot run.</exception>
    public ImportedSolution ImportSolution(byte[] zip)
    {
        lock (installing)
        {
            var imported = SolutionZipReader.Read(zip, Metadata);
            Install(imported.Solution, Prepare(imported));
            return imported;
        }
    }

    /// <summary>
    /// OrganizationId: random even with a seeded <see cref="Ids"/>, because caches of the plug-ins (e.g. the scoring
    /// model cache) are keyed by it and two organizations of one process must not share them.
    /// </summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>Where the organization's new ids come from.</summary>
    public IdSource Ids { get; }

    /// <summary>OrganizationName.</summary>
    public string Name { get; }

    /// <summary>The base language (organization.languagecode, an LCID): new users' UI language unless one is given.</summary>
    public int LanguageCode { get; }

    /// <summary>Tables, columns, option sets and relationships.</summary>
    public MetadataModel Metadata { get; }

    /// <summary>The organization's clock: set it and move it forward in tests and simulations.</summary>
    public Clock Clock { get; }

    /// <summary>The stored rows.</summary>
    public Database Database { get; }

    /// <summary>Faults to inject into calls and plug-in steps (tests of rollback and retry).</summary>
    public FaultInjection Faults { get; } = new();

    /// <summary>Business units, users, teams and roles.</summary>
    public SecurityModel Security { get; }

    /// <summary>The classes of the registered plug-in and workflow activity assemblies.</summary>
    public PluginTypes PluginTypes { get; }

    /// <summary>The registered classic workflows, with their XAML: those of the options and those installed with the solutions.</summary>
    public IReadOnlyList<WorkflowRegistration> Workflows => Volatile.Read(ref components).Workflows;

    /// <summary>The system views installed with the solutions.</summary>
    public IReadOnlyList<ViewDefinition> Views => Volatile.Read(ref components).Views;

    /// <summary>The main forms installed with the solutions (stored; the local Dataverse has no user interface).</summary>
    public IReadOnlyList<FormDefinition> Forms => Volatile.Read(ref components).Forms;

    /// <summary>The registered plug-in steps; each has its row in <c>sdkmessageprocessingstep</c>.</summary>
    public StepCatalog Steps { get; }

    /// <summary>Every call made to the organization's services.</summary>
    public RequestCounter Requests { get; } = new();

    /// <summary>The plug-in trace log.</summary>
    public TraceLog Traces { get; } = new();

    /// <summary>The system jobs of asynchronous steps.</summary>
    public AsyncJobQueue AsyncJobs { get; } = new();

    /// <summary>The root business unit.</summary>
    public Guid RootBusinessUnitId => Security.RootBusinessUnitId;

    /// <summary>The built-in SYSTEM user: no privilege checks.</summary>
    public Guid SystemUserId => Security.SystemUserId;

    /// <summary>A user with the System Administrator role, in the root business unit.</summary>
    public Guid AdminUserId { get; }

    /// <summary>An organization service whose calls are top-level requests by the user (set its CallerId to act for another user).</summary>
    public LocalOrganizationService ServiceFor(Guid userId) => new(pipeline, CallOrigin.TopLevel(userId));

    /// <summary>
    /// Runs the waiting system jobs (asynchronous steps), outside any transaction as in Dataverse (each call a job makes
    /// commits on its own); returns how many ran. Safe to call from several threads at once (each job runs once) and
    /// while requests run.
    /// </summary>
    public int RunPendingAsyncJobs() => pipeline.RunPendingAsyncJobs();

    /// <summary>
    /// Lets time pass up to <paramref name="moment"/> as it passes for the async service: the jobs waiting now run,
    /// then each waiting workflow at the time it waits for, with the clock set to that time; the clock ends at
    /// <paramref name="moment"/> (it never goes back). Returns how many jobs ran.
    /// </summary>
    public int RunAsyncJobsUntil(DateTime moment)
    {
        var ran = RunPendingAsyncJobs();
        while (AsyncJobs.NextDueOn is { } due && due <= moment)
        {
            Clock.Set(due > Clock.UtcNow ? due : Clock.UtcNow);
            ran += RunPendingAsyncJobs();
        }

        if (moment > Clock.UtcNow)
        {
            Clock.Set(moment);
        }

        return ran + RunPendingAsyncJobs();
    }

    /// <summary>Adds a business unit (below the root unless a parent is given) and its businessunit row.</summary>
    public Guid CreateBusinessUnit(string name, Guid? parentBusinessUnitId = null)
    {
        var id = Ids.Next();
        var parent = parentBusinessUnitId ?? RootBusinessUnitId;
        Security.AddBusinessUnit(id, name, parent);
        WriteRow(new Entity("businessunit", id)
        {
            ["businessunitid"] = id,
            ["name"] = name,
            ["parentbusinessunitid"] = new EntityReference("businessunit", parent),
        });
        return id;
    }

    /// <summary>
    /// Adds a user (in the root business unit unless one is given) with the given roles, its systemuser row and its
    /// usersettings row (UI language: the organization's base language).
    /// </summary>
    public Guid CreateUser(string fullName, Guid? businessUnitId = null, params Guid[] roleIds) =>
        CreateUser(Ids.Next(), fullName, LanguageCode, businessUnitId, roleIds);

    /// <summary>
    /// Adds a user who reads the user interface in a language (usersettings.uilanguageid, an LCID such as 1031 for
    /// German), in the root business unit unless one is given, with the given roles.
    /// </summary>
    public Guid CreateUser(string fullName, int uiLanguageId, Guid? businessUnitId = null, params Guid[] roleIds) =>
        CreateUser(Ids.Next(), fullName, uiLanguageId, businessUnitId, roleIds);

    /// <summary>
    /// Creates an enabled user with a given id (e.g. from a seed, so that a simulation that orders users by id
    /// runs the same every time), in a business unit (default: the root), with the given security roles; the UI
    /// language is the organization's base language.
    /// </summary>
    public Guid CreateUser(Guid id, string fullName, Guid? businessUnitId = null, params Guid[] roleIds) =>
        CreateUser(id, fullName, LanguageCode, businessUnitId, roleIds);

    /// <summary>
    /// Creates an enabled user with a given id and UI language (usersettings.uilanguageid, an LCID), in a business unit
    /// (default: the root), with the given security roles: the systemuser row, the usersettings row and the role rows.
    /// </summary>
    public Guid CreateUser(Guid id, string fullName, int uiLanguageId, Guid? businessUnitId = null, params Guid[] roleIds)
    {
        ArgumentNullException.ThrowIfNull(roleIds);
        var unit = businessUnitId ?? RootBusinessUnitId;
        Security.AddUser(id, fullName, unit);
        WriteRow(UserRow(id, fullName, unit));
        WriteRow(SettingsRow(id, unit, uiLanguageId));
        foreach (var roleId in roleIds)
        {
            Security.AssignRole(id, roleId);
            WriteRow(IntersectRow("systemuserroles", ("systemuserid", id), ("roleid", roleId)));
        }

        return id;
    }

    /// <summary>Adds an owner team (in the root business unit unless one is given) with its members, and its team row.</summary>
    public Guid CreateTeam(string name, Guid? businessUnitId = null, params Guid[] memberIds)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var id = Ids.Next();
        var unit = businessUnitId ?? RootBusinessUnitId;
        Security.AddTeam(id, name, unit);
        WriteRow(new Entity("team", id)
        {
            ["teamid"] = id,
            ["name"] = name,
            ["businessunitid"] = new EntityReference("businessunit", unit),
        });
        foreach (var memberId in memberIds)
        {
            Security.AddTeamMember(id, memberId);
            WriteRow(IntersectRow("teammembership", ("teamid", id), ("systemuserid", memberId)));
        }

        return id;
    }

    /// <summary>Disables a user: every call the user makes fails, and the systemuser row shows isdisabled.</summary>
    public void DisableUser(Guid userId)
    {
        Security.DisableUser(userId);
        var transaction = Database.BeginTransaction();
        transaction.Update(new Entity("systemuser", userId) { ["isdisabled"] = true });
        transaction.Commit();
    }

    // A call by a user the organization does not know fails as Dataverse fails it, before any step runs.
    private Guid BusinessUnitOfCaller(Guid userId) =>
        userId == SystemUserId ? RootBusinessUnitId
        : Security.Current.BusinessUnitOf(userId) ?? throw Fault.ObjectDoesNotExist("systemuser", userId);

    private static Entity UserRow(Guid id, string fullName, Guid businessUnitId) => new("systemuser", id)
    {
        ["systemuserid"] = id,
        ["fullname"] = fullName,
        ["businessunitid"] = new EntityReference("businessunit", businessUnitId),
        ["isdisabled"] = false,
    };

    // Dataverse creates a user's settings with the user; the settings row is keyed by the user's id.
    private static Entity SettingsRow(Guid userId, Guid businessUnitId, int uiLanguageId) => new("usersettings", userId)
    {
        ["systemuserid"] = userId,
        ["businessunitid"] = new EntityReference("businessunit", businessUnitId),
        ["uilanguageid"] = uiLanguageId,
    };

    // Role holders and team members are rows of the relationships' intersect tables, as Dataverse keeps them.
    private Entity IntersectRow(string table, (string Column, Guid Id) entity1, (string Column, Guid Id) entity2)
    {
        var id = Ids.Next();
        return new Entity(table, id) { [table + "id"] = id, [entity1.Column] = entity1.Id, [entity2.Column] = entity2.Id };
    }

    // Checks what an import would install beyond the zip's format: every view runs on the new metadata, every assembly
    // loads with its registered classes of the right kind, every workflow activates. Nothing is installed yet, so a
    // refusal changes nothing.
    private Installation Prepare(ImportedSolution imported)
    {
        try
        {
            SavedQueryCheck.Check(imported.Solution.Views, imported.Solution.Metadata, Clock.UtcNow);
        }
        catch (SolutionSourceException e)
        {
            throw new SolutionImportException(e.File, e.Problem, e.Fix, e);
        }

        var assemblies = imported.Assemblies.Select(a => DeployedAssemblies.Load(a, imported.Solution.PluginAssemblies.Single(p => p.Name == a.Name))).ToList();
        var workflows = Volatile.Read(ref components).With([], [], imported.Workflows).Workflows;
        try
        {
            var activated = WorkflowActivation.Activate(workflows, imported.Solution.Metadata, [.. assemblies, .. PluginTypes.Assemblies]);
            return new Installation(assemblies, imported.Workflows, activated, imported.IsManaged);
        }
        catch (WorkflowDefinitionException e)
        {
            throw new SolutionImportException($"workflow '{e.Workflow}'{(e.Step.Length > 0 ? $", step '{e.Step}'" : string.Empty)}", e.Problem, e.Fix, e);
        }
    }

    // The one way a solution gets into an organization, from source or from a zip; nothing in here refuses.
    private void Install(SolutionDefinition solution, Installation installation)
    {
        lock (installing)
        {
            Metadata.Adopt(solution.Metadata);
            foreach (var role in solution.Roles)
            {
                Security.PutRole(role);
                WriteRow(new Entity("role", role.Id) { ["roleid"] = role.Id, ["name"] = role.Name, ["businessunitid"] = new EntityReference("businessunit", RootBusinessUnitId) });
            }

            foreach (var profile in solution.FieldSecurityProfiles)
            {
                Security.PutFieldSecurityProfile(profile);
            }

            PluginTypes.Add(installation.Assemblies);
            WriteInstallationRows(solution, installation);
            Steps.Add(new StepRegistrations(solution.Steps));
            Volatile.Write(ref components, components.With(solution.Views, solution.Forms, installation.Workflows));
            pipeline.Workflows!.Activate(installation.Activated);
        }
    }

    // The solution's row keeps its id across upgrades, an assembly's row is the one of its name: a client reading them
    // sees one row per solution and per assembly, with the latest version.
    private void WriteInstallationRows(SolutionDefinition solution, Installation installation)
    {
        var solutionId = InstallationRows.IdOf(Database.Rows(InstallationRows.SolutionTable), "uniquename", solution.UniqueName) ?? Ids.Next();
        WriteRow(InstallationRows.Solution(solutionId, solution, installation.IsManaged, Clock.UtcNow));
        foreach (var assembly in installation.Assemblies)
        {
            var name = assembly.GetName().Name!;
            if (solution.PluginAssemblies.FirstOrDefault(p => p.Name == name) is { } registration)
            {
                var id = InstallationRows.IdOf(Database.Rows(InstallationRows.AssemblyTable), "name", name) ?? Ids.Next();
                WriteRow(InstallationRows.Assembly(id, assembly, registration.IsolationMode));
            }
        }
    }

    // What an install brings besides the solution model: the loaded assemblies, the workflows with their compiled
    // form (every activated workflow of the organization once installed), and whether the package was managed.
    private sealed record Installation(
        IReadOnlyList<Assembly> Assemblies,
        IReadOnlyList<WorkflowRegistration> Workflows,
        IReadOnlyList<CompiledWorkflow> Activated,
        bool IsManaged);

    // Principals, roles and step rows are set up by the organization itself, not requested: no pipeline, no privilege
    // check. A row that exists is replaced whole (an import that replaces a role or a step).
    private void WriteRow(Entity row)
    {
        var transaction = Database.BeginTransaction();
        if (transaction.Find(row.LogicalName, row.Id) is not null)
        {
            transaction.Delete(row.LogicalName, row.Id);
        }

        transaction.Insert(row);
        transaction.Commit();
    }
}
