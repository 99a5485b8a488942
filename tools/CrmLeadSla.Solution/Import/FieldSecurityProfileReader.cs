using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Import;

/// <summary>&lt;FieldSecurityProfiles&gt;: each profile with what it allows on each secured column.</summary>
internal static class FieldSecurityProfileReader
{
    private static readonly HashSet<string> PermissionChildren = ["EntityName", "AttributeName", "CanRead", "CanUpdate", "CanCreate", "CanReadUnmasked"];

    // CanRead, CanUpdate, CanCreate: 4 allowed, 0 not allowed.
    private const string Allowed = "4";

    public static FieldSecurityProfileDefinition Read(ZipPart part, XElement element, MetadataModel metadata, ImportNotes notes)
    {
        var name = part.RequiredAttribute(element, "name", "<FieldSecurityProfile>");
        var component = $"field security profile '{name}'";
        var permissions = new List<FieldPermission>();
        foreach (var permission in element.Element("FieldPermissions")?.Elements("FieldPermission") ?? [])
        {
            notes.Unknown(part.Name, permission, PermissionChildren);
            var table = part.Required(permission, "EntityName", component).ToLowerInvariant();
            var column = part.Required(permission, "AttributeName", component).ToLowerInvariant();
            if (metadata.FindTable(table)?.Column(column) is null)
            {
                throw part.Error(component, $"the profile secures '{table}.{column}', which neither the zip nor the organization has.", "Add the column to the solution, or remove its permission from the profile.");
            }

            permissions.Add(new FieldPermission(table, column, ZipPart.Text(permission, "CanRead") == Allowed, ZipPart.Text(permission, "CanUpdate") == Allowed, ZipPart.Text(permission, "CanCreate") == Allowed));
        }

        return new FieldSecurityProfileDefinition(part.Id(part.RequiredAttribute(element, "fieldsecurityprofileid", component), "profile id", component), name, permissions)
        {
            Description = (string?)element.Attribute("description"),
        };
    }
}
