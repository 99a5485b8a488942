using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Packing;

/// <summary>
/// A table as an &lt;Entity&gt; of customizations.xml. A table the solution adds carries all its columns and settings;
/// a standard table the solution extends (lead) is marked unmodified and carries only the columns the solution adds.
/// </summary>
internal sealed class EntityXml(Labels labels, AttributeXml attributes, string introducedVersion, PackageKind kind)
{
    private readonly ViewXml views = new(labels, introducedVersion);
    private readonly SystemFormXml forms = new(labels, introducedVersion, kind);

    public XElement For(TableDefinition table, IReadOnlyList<ViewDefinition> tableViews, IReadOnlyList<FormDefinition> tableForms)
    {
        var columns = table.Columns.Values
            .Where(c => table.IsCustom || c.IsCustom)
            .OrderBy(c => c.LogicalName, StringComparer.Ordinal)
            .Select(c => attributes.For(table, c));
        var entity = new XElement("entity", new XAttribute("Name", table.LogicalName));
        if (table.IsCustom)
        {
            entity.Add(
                labels.List("LocalizedNames", "LocalizedName", table.DisplayName),
                labels.List("LocalizedCollectionNames", "LocalizedCollectionName", table.DisplayCollectionName),
                labels.List("Descriptions", "Description", table.Description),
                new XElement("attributes", columns),
                new XElement("EntitySetName", table.EntitySetName ?? table.LogicalName + "s"),
                new XElement("IsDuplicateCheckSupported", "0"),
                new XElement("IsBusinessProcessEnabled", "0"),
                new XElement("IsRequiredOffline", "0"),
                new XElement("IsInteractionCentricEnabled", "0"),
                new XElement("IsCollaboration", "0"),
                new XElement("AutoRouteToOwnerQueue", "0"),
                new XElement("IsConnectionsEnabled", "0"),
                new XElement("IsDocumentManagementEnabled", "0"),
                new XElement("AutoCreateAccessTeams", "0"),
                new XElement("IsOneNoteIntegrationEnabled", "0"),
                new XElement("IsKnowledgeManagementEnabled", "0"),
                new XElement("IsSLAEnabled", "0"),
                new XElement("IsDocumentRecommendationsEnabled", "0"),
                new XElement("IsBPFEntity", "0"),
                new XElement("OwnershipTypeMask", OwnershipOf(table.Ownership)),
                new XElement("IsAuditEnabled", "1"),
                new XElement("IsActivity", table.IsActivity ? "1" : "0"),
                new XElement("IsActivityParty", "0"),
                new XElement("IsReplicated", "0"),
                new XElement("IsReplicationUserFiltered", "0"),
                new XElement("IsMailMergeEnabled", "0"),
                new XElement("IsVisibleInMobile", "0"),
                new XElement("IsVisibleInMobileClient", "1"),
                new XElement("IsReadOnlyInMobileClient", "0"),
                new XElement("IsOfflineInMobileClient", "0"),
                new XElement("IsMapiGridEnabled", "1"),
                new XElement("IsReadingPaneEnabled", "1"),
                new XElement("IsQuickCreateEnabled", "0"),
                new XElement("SyncToExternalSearchIndex", "0"),
                new XElement("IntroducedVersion", introducedVersion),
                new XElement("EnforceStateTransitions", "0"),
                new XElement("ChangeTrackingEnabled", "0"),
                new XElement("IsEnabledForExternalChannels", "0"),
                new XElement("IsCustomizable", "1"),
                new XElement("IsRenameable", "1"),
                new XElement("IsMappable", "1"),
                new XElement("CanModifyAuditSettings", "1"),
                new XElement("CanModifyConnectionSettings", "1"),
                new XElement("CanCreateAttributes", "1"),
                new XElement("CanCreateForms", "1"),
                new XElement("CanCreateViews", "1"),
                new XElement("CanCreateCharts", "1"),
                // Activities always have notes and activities of their own; the admin tables need neither.
                new XElement("HasRelatedNotes", table.IsActivity ? "True" : "False"),
                new XElement("HasRelatedActivities", "False"));
        }
        else
        {
            entity.Add(new XAttribute("unmodified", "1"), new XElement("attributes", columns));
        }

        var displayName = labels.Base(table.DisplayName);
        return new XElement("Entity",
            new XElement("Name",
                new XAttribute("LocalizedName", displayName),
                new XAttribute("OriginalName", displayName),
                table.LogicalName),
            new XElement("EntityInfo", entity),
            // The schema wants at least one form in <forms>: a table without forms of the solution has no <FormXml>.
            tableForms.Count == 0 ? null : new XElement("FormXml", new XElement("forms", new XAttribute("type", "main"), tableForms.OrderBy(f => f.Id).Select(f => forms.For(f, table)))),
            tableViews.Count == 0 ? null : new XElement("SavedQueries", new XElement("savedqueries", tableViews.OrderBy(v => v.Id).Select(v => views.For(v, table)))));
    }

    private static string OwnershipOf(TableOwnership ownership) => ownership switch
    {
        TableOwnership.OrganizationOwned => "OrgOwned",
        TableOwnership.BusinessOwned => "BusinessOwned",
        _ => "UserOwned",
    };
}
