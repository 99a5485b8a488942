using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Import;

/// <summary>An &lt;Entity&gt; of customizations.xml as read: the table it creates or the columns it adds to one the organization has.</summary>
/// <param name="Table">A new table with all its columns, or the organization's table with the zip's columns added.</param>
/// <param name="Element">The &lt;Entity&gt;, whose forms and views are read once all tables are known.</param>
internal sealed record ZipTable(TableDefinition Table, XElement Element);

/// <summary>
/// Reads the tables of customizations.xml against the organization's metadata. A table the organization lacks is created
/// with the platform's columns (key, stamps, owner, state) and the zip's own; a table it has is extended with the zip's
/// custom columns (untouched standard columns, <c>unmodified="1"</c>, are skipped).
/// </summary>
internal static class EntityReader
{
    private static readonly HashSet<string> EntityChildren =
        ["Name", "ObjectTypeCode", "EntityInfo", "FormXml", "SavedQueries", "RibbonDiffXml", "CustomControlDefaultConfigs", "Visualizations", "Strings"];

    // Read (names, attributes, set name, ownership, activity flag) or known settings the local Dataverse does not act on.
    private static readonly HashSet<string> InfoChildren =
    [
        "LocalizedNames", "LocalizedCollectionNames", "Descriptions", "attributes", "EntitySetName", "IsDuplicateCheckSupported", "IsBusinessProcessEnabled",
        "IsRequiredOffline", "IsInteractionCentricEnabled", "IsCollaboration", "AutoRouteToOwnerQueue", "IsConnectionsEnabled", "EntityColor",
        "IsDocumentManagementEnabled", "AutoCreateAccessTeams", "IsOneNoteIntegrationEnabled", "IsKnowledgeManagementEnabled", "IsSLAEnabled",
        "IsDocumentRecommendationsEnabled", "IsBPFEntity", "OwnershipTypeMask", "IsAuditEnabled", "IsRetrieveAuditEnabled", "IsRetrieveMultipleAuditEnabled",
        "IsActivity", "ActivityTypeMask", "IsActivityParty", "IsReplicated", "IsReplicationUserFiltered", "IsMailMergeEnabled", "IsVisibleInMobile",
        "IsVisibleInMobileClient", "IsReadOnlyInMobileClient", "IsOfflineInMobileClient", "DaysSinceRecordLastModified", "MobileOfflineFilters",
        "IsMapiGridEnabled", "IsReadingPaneEnabled", "IsQuickCreateEnabled", "SyncToExternalSearchIndex", "IntroducedVersion", "IsCustomizable",
        "IsRenameable", "IsMappable", "CanModifyAuditSettings", "CanModifyMobileVisibility", "CanModifyMobileClientVisibility",
        "CanModifyMobileClientReadOnly", "CanModifyMobileClientOffline", "CanModifyConnectionSettings", "CanModifyDuplicateDetectionSettings",
        "CanModifyMailMergeSettings", "CanModifyQueueSettings", "CanCreateAttributes", "CanCreateForms", "CanCreateCharts", "CanCreateViews",
        "CanModifyAdditionalSettings", "CanEnableSyncToExternalSearchIndex", "IconVectorName", "EnforceStateTransitions",
        "CanChangeHierarchicalRelationship", "EntityHelpUrlEnabled", "EntityHelpUrl", "ChangeTrackingEnabled", "CanChangeTrackingBeEnabled",
        "IsEnabledForExternalChannels", "IsMSTeamsIntegrationEnabled", "IsSolutionAware", "HasRelatedNotes", "HasRelatedActivities",
        "IconLargeName", "IconMediumName", "IconSmallName", "IsAvailableOffline",
    ];

    // The platform's columns besides the state pair (and an activity's regarding): their definition is the platform's whatever the zip says.
    private static readonly string[] DeclaredPlatformColumns = ["statecode", "statuscode", "regardingobjectid"];

    public static ZipTable Read(ZipPart part, XElement entity, MetadataModel organization, IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets, ImportNotes notes)
    {
        var name = part.Required(entity, "Name", "<Entity>").ToLowerInvariant();
        var component = $"table '{name}'";
        notes.Unknown(part.Name, entity, EntityChildren);
        var info = entity.Element("EntityInfo")?.Element("entity") ?? throw part.Error(component, "the table has no <EntityInfo><entity>.", "Export the solution again.");
        notes.Unknown(part.Name, info, InfoChildren);

        var columns = new Dictionary<string, ColumnDefinition>(StringComparer.OrdinalIgnoreCase);
        var primaryName = (string?)null;
        foreach (var attribute in info.Element("attributes")?.Elements("attribute") ?? [])
        {
            if ((string?)attribute.Attribute("unmodified") == "1")
            {
                continue;
            }

            var column = AttributeReader.Read(part, attribute, name, globalOptionSets, notes);
            if (column is null)
            {
                continue;
            }

            if (!columns.TryAdd(column.LogicalName, column))
            {
                throw part.Error($"{component}, column '{column.LogicalName}'", "the column is declared twice.", "Keep one <attribute> per column.");
            }

            if (AttributeReader.IsPrimaryName(attribute))
            {
                primaryName = column.LogicalName;
            }
        }

        var existing = organization.FindTable(name);
        var table = existing is { IsCustom: false }
            ? Extend(part, existing, columns, component, notes)
            : Create(part, name, info, columns, primaryName ?? existing?.PrimaryNameAttribute, existing, component);
        return new ZipTable(table, entity);
    }

    private static TableDefinition Extend(ZipPart part, TableDefinition existing, Dictionary<string, ColumnDefinition> declared, string component, ImportNotes notes)
    {
        var columns = new Dictionary<string, ColumnDefinition>(existing.Columns, StringComparer.OrdinalIgnoreCase);
        foreach (var column in declared.Values)
        {
            if (existing.Column(column.LogicalName) is { IsCustom: false })
            {
                notes.Add($"{part.Name}: changes to the standard column {existing.LogicalName}.{column.LogicalName} are not imported; the local Dataverse keeps its own definition.");
                continue;
            }

            if (!column.IsCustom)
            {
                throw part.Error($"{component}, column '{column.LogicalName}'", "the zip adds a standard column the local Dataverse does not ship.", "Add only custom columns (IsCustomField 1) to a standard table, or extend the local Dataverse's standard tables.");
            }

            columns[column.LogicalName] = column;
        }

        return existing with { Columns = columns };
    }

    private static TableDefinition Create(ZipPart part, string name, XElement info, Dictionary<string, ColumnDefinition> declared, string? primaryName, TableDefinition? existing, string component)
    {
        if (existing is null && !name.Contains('_', StringComparison.Ordinal))
        {
            throw part.Error(component, $"'{name}' is a standard table the local Dataverse does not ship, so the zip cannot change it.", "Leave the table out of the solution, or add it to the local Dataverse's standard tables (tools/CrmLeadSla.Solution/StandardTables).");
        }

        var isActivity = part.Flag(info, "IsActivity", component);
        var ownership = ZipPart.Text(info, "OwnershipTypeMask") switch
        {
            null or "" or "UserOwned" => TableOwnership.UserOwned,
            "OrgOwned" or "OrganizationOwned" => TableOwnership.OrganizationOwned,
            "BusinessOwned" => TableOwnership.BusinessOwned,
            var other => throw part.Error(component, $"the ownership '{other}' is not one a table can have here.", "Use UserOwned or OrgOwned."),
        };

        var primaryId = isActivity ? "activityid" : name + "id";
        var platform = PlatformColumns.For(name, primaryId, isActivity, ownership, isCustom: true).Columns;
        var columns = new Dictionary<string, ColumnDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in platform)
        {
            columns[column.LogicalName] = DeclaredPlatformColumns.Contains(column.LogicalName) && declared.TryGetValue(column.LogicalName, out var own) ? own : column;
        }

        foreach (var column in declared.Values.Where(c => !columns.ContainsKey(c.LogicalName)))
        {
            columns[column.LogicalName] = column;
        }

        // A re-import keeps the columns an earlier one added and this zip leaves out, as Dataverse does.
        foreach (var column in existing?.Columns.Values ?? [])
        {
            columns.TryAdd(column.LogicalName, column);
        }

        StateDefaults(part, info, columns, component);
        var primary = isActivity ? "subject" : primaryName ?? throw part.Error(component, "no column is the primary name (DisplayMask PrimaryName).", "Mark the table's name column with PrimaryName in its DisplayMask.");
        if (columns.GetValueOrDefault(primary)?.Kind != ColumnKind.String)
        {
            throw part.Error(component, $"the primary name column '{primary}' is not a text column of the table.", "Make the primary name a nvarchar column.");
        }

        return new TableDefinition
        {
            LogicalName = name,
            EntitySetName = ZipPart.Text(info, "EntitySetName") is { Length: > 0 } set ? set : name + "s",
            PrimaryIdAttribute = primaryId,
            PrimaryNameAttribute = primary,
            Ownership = ownership,
            IsActivity = isActivity,
            IsCustom = true,
            DisplayName = ZipPart.Labels(info.Element("LocalizedNames")),
            DisplayCollectionName = ZipPart.Labels(info.Element("LocalizedCollectionNames")),
            Description = ZipPart.Labels(info.Element("Descriptions")),
            Columns = columns,
        };
    }

    // The zip gives each state its default status reason; the first state is a new row's.
    private static void StateDefaults(ZipPart part, XElement info, Dictionary<string, ColumnDefinition> columns, string component)
    {
        var state = columns.GetValueOrDefault("statecode");
        var status = columns.GetValueOrDefault("statuscode");
        if (state?.OptionSet is not { Options.Count: > 0 } states || status?.OptionSet is not { Options.Count: > 0 } statuses)
        {
            throw part.Error(component, "the table has no statecode and statuscode with options.", "Export the solution again.");
        }

        var firstState = states.Options[0].Value;
        var declaredState = info.Element("attributes")?.Elements("attribute").FirstOrDefault(a => string.Equals(ZipPart.Text(a, "LogicalName"), "statecode", StringComparison.OrdinalIgnoreCase))?.Element("optionset");
        var defaultStatus = (declaredState is null ? null : OptionSetReader.DefaultStatusOfFirstState(declaredState))
            ?? statuses.Options.FirstOrDefault(o => o.State == firstState)?.Value
            ?? throw part.Error(component, $"the state {firstState} has no status reason.", "Give every state at least one status reason.");
        foreach (var reason in statuses.Options.Where(o => !states.Allows(o.State ?? -1)))
        {
            throw part.Error(component, $"the status reason {reason.Value} belongs to state {reason.State}, which statecode does not have.", "Export the solution again.");
        }

        columns["statecode"] = state with { DefaultValue = state.DefaultValue ?? firstState };
        columns["statuscode"] = status with { DefaultValue = status.DefaultValue ?? defaultStatus };
    }
}
