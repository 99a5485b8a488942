using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Source;

/// <summary>
/// Reads a field security profile file (FieldSecurityProfiles/&lt;name&gt;.xml): per secured column whether the profile's
/// members may read it, set it on create and change it.
/// </summary>
internal static class FieldSecurityProfileReader
{
    public static FieldSecurityProfileDefinition Read(SourceFile file, MetadataModel metadata)
    {
        file.ExpectRoot("fieldsecurityprofile");
        var root = file.Root;
        Vocabulary.AllowOnly(file, root, "id", "name");
        Vocabulary.AllowChildren(file, root, "description", "column");
        var permissions = new List<FieldPermission>();
        foreach (var element in root.Elements("column"))
        {
            Vocabulary.AllowOnly(file, element, "table", "name", "read", "create", "update");
            var table = file.RequiredTable(element, metadata);
            var name = file.Required(element, "name");
            var column = table.Column(name)
                ?? throw file.Error(element, $"the table '{table.LogicalName}' has no column '{name}'.", "Correct the column name.");
            if (!column.IsSecured)
            {
                throw file.Error(element, $"the column '{table.LogicalName}.{name}' is not secured, so a profile has nothing to open.", $"Add secured=\"true\" to the column in Tables/{table.LogicalName}.xml, or remove the line.");
            }

            if (permissions.Any(p => p.Table == table.LogicalName && p.Column == name))
            {
                throw file.Error(element, $"the column '{table.LogicalName}.{name}' is listed twice.", "Merge the two <column> lines.");
            }

            permissions.Add(new FieldPermission(table.LogicalName, name, file.Flag(element, "read", false), file.Flag(element, "update", false), file.Flag(element, "create", false)));
        }

        return new FieldSecurityProfileDefinition(file.RequiredGuid(root, "id"), file.Required(root, "name"), permissions)
        {
            Description = root.Element("description")?.Value.Trim(),
        };
    }
}
