using System.Xml.Linq;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Packing;

/// <summary>A field security profile as a &lt;FieldSecurityProfile&gt; of customizations.xml, one &lt;FieldPermission&gt; per secured column.</summary>
internal static class FieldSecurityProfileXml
{
    // CanRead, CanUpdate, CanCreate: 4 allowed, 0 not allowed (field_security_permission_type).
    private const string Allowed = "4";
    private const string NotAllowed = "0";

    public static XElement For(FieldSecurityProfileDefinition profile) =>
        new("FieldSecurityProfile",
            new XAttribute("name", profile.Name),
            profile.Description is null ? null : new XAttribute("description", profile.Description),
            new XAttribute("fieldsecurityprofileid", "{" + profile.Id.ToString("D") + "}"),
            new XElement("FieldPermissions", profile.Permissions.Select(p =>
                new XElement("FieldPermission",
                    new XElement("EntityName", p.Table),
                    new XElement("AttributeName", p.Column),
                    new XElement("CanRead", Permission(p.CanRead)),
                    new XElement("CanUpdate", Permission(p.CanUpdate)),
                    new XElement("CanCreate", Permission(p.CanCreate))))));

    private static string Permission(bool allowed) => allowed ? Allowed : NotAllowed;
}
