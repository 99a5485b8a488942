using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Scoring
{
    /// <summary>
    /// The columns scoring rules may read: the lead's BANT and firmographic columns for fit rules, the
    /// interaction's columns for behaviour filters. Kinds and option values are those of the shipped tables
    /// (tools/CrmLeadSla.LocalDataverse/StandardTables/lead.xml, Solution/Tables/lsla_interaction.xml).
    /// </summary>
    public static class ScorableColumns
    {
        private static readonly int[] None = System.Array.Empty<int>();
        private static readonly int[] BudgetStatusOptions = { 0, 1, 2, 3 };
        private static readonly int[] NeedOptions = { 0, 1, 2, 3 };
        private static readonly int[] PurchaseTimeframeOptions = { 0, 1, 2, 3, 4 };
        private static readonly int[] PurchaseProcessOptions = { 0, 1, 2 };
        private static readonly int[] IndustryOptions = Enumerable.Range(1, 33).ToArray();
        private static readonly int[] LeadSourceOptions = Enumerable.Range(1, 10).ToArray();
        private static readonly int[] LeadQualityOptions = { 1, 2, 3 };

        private static readonly Column[] LeadEntries =
        {
            new Column("budgetamount", ColumnKind.Number, None),
            new Column("budgetstatus", ColumnKind.OptionSet, BudgetStatusOptions),
            new Column("decisionmaker", ColumnKind.Boolean, None),
            new Column("need", ColumnKind.OptionSet, NeedOptions),
            new Column("purchasetimeframe", ColumnKind.OptionSet, PurchaseTimeframeOptions),
            new Column("purchaseprocess", ColumnKind.OptionSet, PurchaseProcessOptions),
            new Column("revenue", ColumnKind.Number, None),
            new Column("numberofemployees", ColumnKind.Number, None),
            new Column("industrycode", ColumnKind.OptionSet, IndustryOptions),
            new Column("leadsourcecode", ColumnKind.OptionSet, LeadSourceOptions),
            new Column("leadqualitycode", ColumnKind.OptionSet, LeadQualityOptions),
            new Column("jobtitle", ColumnKind.Text, None),
            new Column("emailaddress1", ColumnKind.Text, None),
            new Column("companyname", ColumnKind.Text, None),
            new Column("websiteurl", ColumnKind.Text, None),
            new Column("address1_city", ColumnKind.Text, None),
            new Column("address1_country", ColumnKind.Text, None),
            new Column("parentaccountid", ColumnKind.Lookup, None),
            new Column("parentcontactid", ColumnKind.Lookup, None),
        };

        private static readonly Column[] InteractionEntries =
        {
            new Column(InteractionSchema.Url, ColumnKind.Text, None),
            new Column(InteractionSchema.Subject, ColumnKind.Text, None),
        };

        /// <summary>The lead columns fit rules may read, with their kinds and option values.</summary>
        public static ColumnCatalog Lead { get; } = CatalogOf(LeadEntries);

        /// <summary>The interaction columns behaviour rules may filter on.</summary>
        public static ColumnCatalog Interaction { get; } = CatalogOf(InteractionEntries);

        /// <summary>The logical names of <see cref="Lead"/>: every column a fit rule may read.</summary>
        public static IReadOnlyList<string> LeadColumnNames { get; } = LeadEntries.Select(entry => entry.Name).ToArray();

        /// <summary>The logical names of <see cref="Interaction"/>.</summary>
        public static IReadOnlyList<string> InteractionColumnNames { get; } = InteractionEntries.Select(entry => entry.Name).ToArray();

        private static ColumnCatalog CatalogOf(IEnumerable<Column> entries) =>
            entries.Aggregate(ColumnCatalog.Empty, (catalog, entry) => catalog.With(entry.Name, entry.Kind, entry.Options));

        private sealed record Column(string Name, ColumnKind Kind, int[] Options);
    }
}
