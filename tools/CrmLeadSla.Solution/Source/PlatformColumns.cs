using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>
/// The columns and relationships Dataverse adds to a table by itself — key, audit stamps, version, ownership,
/// activity columns and, for a custom table, statecode/statuscode — so source files declare only their own columns.
/// </summary>
internal static class PlatformColumns
{
    /// <summary>Names a table file may not declare because the platform adds them (statuscode excepted: status reasons may be redefined).</summary>
    public static IReadOnlySet<string> ReservedNames(string primaryId, bool isActivity, TableOwnership ownership, bool isCustom) =>
        For(string.Empty, primaryId, isActivity, ownership, isCustom).Columns.Select(c => c.LogicalName).Where(n => n != "statuscode").ToHashSet();

    public static (IReadOnlyList<ColumnDefinition> Columns, IReadOnlyList<OneToManyRelationship> Relationships) For(
        string table, string primaryId, bool isActivity, TableOwnership ownership, bool isCustom)
    {
        var columns = new List<ColumnDefinition>
        {
            Fixed(primaryId, ColumnKind.PrimaryKey, "Id", "Id", "Unique identifier of the row.", "Eindeutiger Bezeichner der Zeile.") with { IsValidForUpdate = false },
            Stamp("createdon", ColumnKind.DateTime, "Created On", "Erstellt am", "When the row was created.", "Wann die Zeile erstellt wurde."),
            Stamp("createdby", ColumnKind.Lookup, "Created By", "Erstellt von", "Who created the row.", "Wer die Zeile erstellt hat.", "systemuser"),
            Stamp("modifiedon", ColumnKind.DateTime, "Modified On", "Geändert am", "When the row was last changed.", "Wann die Zeile zuletzt geändert wurde."),
            Stamp("modifiedby", ColumnKind.Lookup, "Modified By", "Geändert von", "Who last changed the row.", "Wer die Zeile zuletzt geändert hat.", "systemuser"),
            Stamp("versionnumber", ColumnKind.BigInt, "Version Number", "Versionsnummer", "Row version, raised by every change.", "Zeilenversion, steigt mit jeder Änderung."),
        };
        var relationships = new List<OneToManyRelationship>
        {
            Relationship($"lk_{table}_createdby", "systemuser", table, "createdby"),
            Relationship($"lk_{table}_modifiedby", "systemuser", table, "modifiedby"),
        };

        if (ownership == TableOwnership.UserOwned)
        {
            columns.Add(Fixed("ownerid", ColumnKind.Owner, "Owner", "Besitzer", "User or team that owns the row.", "Benutzer oder Team, dem die Zeile gehört.") with { Targets = ["systemuser", "team"], RequiredLevel = RequiredLevel.SystemRequired });
            columns.Add(Stamp("owningbusinessunit", ColumnKind.Lookup, "Owning Business Unit", "Besitzende Unternehmenseinheit", "Business unit of the owner.", "Unternehmenseinheit des Besitzers.", "businessunit"));
            columns.Add(Stamp("owninguser", ColumnKind.Lookup, "Owning User", "Besitzender Benutzer", "The owner when a user owns the row.", "Der Besitzer, wenn ein Benutzer die Zeile besitzt.", "systemuser"));
            columns.Add(Stamp("owningteam", ColumnKind.Lookup, "Owning Team", "Besitzendes Team", "The owner when a team owns the row.", "Der Besitzer, wenn ein Team die Zeile besitzt.", "team"));
            relationships.Add(Relationship($"business_unit_{table}", "businessunit", table, "owningbusinessunit") with { CascadeDelete = CascadeDelete.Restrict });
            relationships.Add(Relationship($"user_{table}", "systemuser", table, "owninguser"));
            relationships.Add(Relationship($"team_{table}", "team", table, "owningteam"));
        }
        else if (ownership == TableOwnership.OrganizationOwned && primaryId != "organizationid")
        {
            // (The organization table's own key is organizationid: its row is the organization.)
            columns.Add(Stamp("organizationid", ColumnKind.Uniqueidentifier, "Organization", "Organisation", "The organization the row belongs to.", "Die Organisation, der die Zeile gehört."));
        }

        if (isActivity)
        {
            columns.AddRange(ActivityColumns());
        }

        if (isCustom)
        {
            columns.AddRange(isActivity ? ActivityStates() : RecordStates());
        }

        return (columns, relationships);
    }

    private static IEnumerable<ColumnDefinition> ActivityColumns() =>
    [
        Fixed("subject", ColumnKind.String, "Subject", "Betreff", "Short description of the activity.", "Kurzbeschreibung der Aktivität.") with { MaxLength = 400 },
        Fixed("description", ColumnKind.Memo, "Description", "Beschreibung", "Details of the activity.", "Einzelheiten der Aktivität.") with { MaxLength = 100_000 },
        When("scheduledstart", "Start Date", "Startdatum", "When the activity is planned to start.", "Geplanter Beginn der Aktivität."),
        When("scheduledend", "Due Date", "Fälligkeitsdatum", "When the activity is planned to end.", "Geplantes Ende der Aktivität."),
        When("actualstart", "Actual Start", "Tatsächlicher Beginn", "When the activity really started.", "Wann die Aktivität tatsächlich begann."),
        When("actualend", "Actual End", "Tatsächliches Ende", "When the activity really ended.", "Wann die Aktivität tatsächlich endete."),
        Fixed("scheduleddurationminutes", ColumnKind.Integer, "Scheduled Duration", "Geplante Dauer", "Planned duration in minutes.", "Geplante Dauer in Minuten.") with { Format = "Duration", MinValue = 0, MaxValue = 2_147_483_647 },
        Fixed("actualdurationminutes", ColumnKind.Integer, "Duration", "Dauer", "Actual duration in minutes.", "Tatsächliche Dauer in Minuten.") with { Format = "Duration", MinValue = 0, MaxValue = 2_147_483_647 },
        Stamp("activitytypecode", ColumnKind.EntityName, "Activity Type", "Aktivitätstyp", "The table of the activity.", "Die Tabelle der Aktivität."),
        Stamp("isregularactivity", ColumnKind.Boolean, "Is Regular Activity", "Ist reguläre Aktivität", "Whether the activity is a regular activity type or an event type.", "Ob die Aktivität ein regulärer Aktivitätstyp oder ein Ereignistyp ist.") with { OptionSet = YesNo("isregularactivity") },
        Fixed("prioritycode", ColumnKind.Picklist, "Priority", "Priorität", "Priority of the activity.", "Priorität der Aktivität.") with
        {
            OptionSet = Options("prioritycode", (0, null, "Low", "Niedrig"), (1, null, "Normal", "Normal"), (2, null, "High", "Hoch")),
            DefaultValue = 1,
        },
    ];

    // Dataverse's defaults for a new custom table: Active / Inactive.
    private static IEnumerable<ColumnDefinition> RecordStates() =>
    [
        Fixed("statecode", ColumnKind.State, "Status", "Status", "Whether the row is active or inactive.", "Ob die Zeile aktiv oder inaktiv ist.") with
        {
            OptionSet = Options("statecode", (0, null, "Active", "Aktiv"), (1, null, "Inactive", "Inaktiv")),
            RequiredLevel = RequiredLevel.SystemRequired,
            DefaultValue = 0,
        },
        Fixed("statuscode", ColumnKind.Status, "Status Reason", "Statusgrund", "Reason for the status of the row.", "Grund für den Status der Zeile.") with
        {
            OptionSet = Options("statuscode", (1, 0, "Active", "Aktiv"), (2, 1, "Inactive", "Inaktiv")),
            DefaultValue = 1,
        },
    ];

    // Dataverse's defaults for a new custom activity table.
    private static IEnumerable<ColumnDefinition> ActivityStates() =>
    [
        Fixed("statecode", ColumnKind.State, "Activity Status", "Aktivitätsstatus", "Whether the activity is open, completed, canceled or scheduled.", "Ob die Aktivität offen, abgeschlossen, abgebrochen oder geplant ist.") with
        {
            OptionSet = Options("statecode", (0, null, "Open", "Offen"), (1, null, "Completed", "Abgeschlossen"), (2, null, "Canceled", "Abgebrochen"), (3, null, "Scheduled", "Geplant")),
            RequiredLevel = RequiredLevel.SystemRequired,
            DefaultValue = 0,
        },
        Fixed("statuscode", ColumnKind.Status, "Status Reason", "Statusgrund", "Reason for the status of the activity.", "Grund für den Status der Aktivität.") with
        {
            OptionSet = Options("statuscode", (1, 0, "Open", "Offen"), (2, 1, "Completed", "Abgeschlossen"), (3, 2, "Canceled", "Abgebrochen"), (4, 3, "Scheduled", "Geplant")),
            DefaultValue = 1,
        },
    ];

    /// <summary>Dataverse's default labels of a two-option column.</summary>
    public static OptionSetDefinition YesNo(string name) => Options(name, (0, null, "No", "Nein"), (1, null, "Yes", "Ja"));

    private static OptionSetDefinition Options(string name, params (int Value, int? State, string English, string German)[] options) =>
        new(name, IsGlobal: false, options.Select(o => new OptionDefinition(o.Value, Text(o.English, o.German), o.State)).ToList());

    private static ColumnDefinition Fixed(string name, ColumnKind kind, string english, string german, string englishDescription, string germanDescription) =>
        new()
        {
            LogicalName = name,
            Kind = kind,
            DisplayName = Text(english, german),
            Description = Text(englishDescription, germanDescription),
        };

    // Written by the platform only, never by a caller.
    private static ColumnDefinition Stamp(string name, ColumnKind kind, string english, string german, string englishDescription, string germanDescription, string? target = null) =>
        Fixed(name, kind, english, german, englishDescription, germanDescription) with
        {
            IsValidForCreate = false,
            IsValidForUpdate = false,
            Targets = target is null ? [] : [target],
            DateTimeBehavior = kind == ColumnKind.DateTime ? "UserLocal" : null,
        };

    private static ColumnDefinition When(string name, string english, string german, string englishDescription, string germanDescription) =>
        Fixed(name, ColumnKind.DateTime, english, german, englishDescription, germanDescription) with { Format = "DateAndTime", DateTimeBehavior = "UserLocal" };

    private static OneToManyRelationship Relationship(string name, string referenced, string referencing, string column) =>
        new(name, referenced, referenced + "id", referencing, column, CascadeDelete.RemoveLink);

    private static LocalizedText Text(string english, string german) =>
        new(new Dictionary<int, string> { [1033] = english, [1031] = german });
}
