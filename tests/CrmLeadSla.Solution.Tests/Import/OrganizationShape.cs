using System.Text.Json;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Packing;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Import;

/// <summary>
/// What an organization holds of its solution, one line per component, so two organizations compare line by line:
/// tables and columns, global option sets, relationships, roles with their privileges, field security profiles, steps
/// with images, views, forms and workflows with their XAML.
/// The one place where differences inherent in the format are normalised (docs/importing-zips.md, "Zip and source alike"):
/// <list type="bullet">
/// <item>a role's privileges under Dataverse's names (the zip carries prv…Activity for all activity tables, the source one privilege per table);</item>
/// <item>a lookup's targets as a set (the zip lists a lookup's relationships by name, the source in declaration order);</item>
/// <item>views and forms without the file they came from (a source file, or the zip's customizations.xml).</item>
/// </list>
/// </summary>
internal static class OrganizationShape
{
    public static IReadOnlyList<string> Of(LocalOrganization organization) =>
    [
        .. organization.Metadata.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal).SelectMany(Table),
        .. organization.Metadata.GlobalOptionSets.Values.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => "option set " + Json(o)),
        .. organization.Metadata.OneToMany.OrderBy(r => r.SchemaName, StringComparer.Ordinal).Select(r => "relationship " + Json(r)),
        .. organization.Metadata.ManyToMany.OrderBy(r => r.SchemaName, StringComparer.Ordinal).Select(r => "relationship " + Json(r)),
        .. organization.Security.Roles.Select(r => $"role {r.Id} {r.Name}: " + Json(RolePrivilegeNames.ForDataverse(r, organization.Metadata))),
        .. organization.Security.FieldSecurityProfiles.Select(p => "field security profile " + Json(p)),
        .. organization.Steps.All.OrderBy(s => s.Id).Select(s => "step " + Json(s)),
        .. organization.Views.OrderBy(v => v.Id).Select(v => "view " + Json(v with { SourceFile = string.Empty })),
        .. organization.Forms.OrderBy(f => f.Id).Select(Form),
        .. organization.Workflows.OrderBy(w => w.Id).Select(w => "workflow " + Json(w with { Xaml = string.Empty }) + "\n" + w.Xaml),
    ];

    private static IEnumerable<string> Table(TableDefinition table) =>
    [
        "table " + Json(table with { Columns = new Dictionary<string, ColumnDefinition>() }),
        .. table.Columns.Values.OrderBy(c => c.LogicalName, StringComparer.Ordinal).Select(c => $"column {table.LogicalName}." + Json(c with { Targets = [.. c.Targets.Order(StringComparer.Ordinal)] })),
    ];

    private static string Form(FormDefinition form) =>
        $"form {form.Id} {form.Table} {Json(form.Name)} {Json(form.Description)}: " + string.Join(" | ", form.Tabs.Select(t =>
            $"tab {t.Name} {Json(t.Label)}: " + string.Join(" / ", t.Sections.Select(s =>
                $"section {s.Name} {Json(s.Label)}: " + string.Join(", ", s.Controls.Select(c => Json((object)c)))))));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
