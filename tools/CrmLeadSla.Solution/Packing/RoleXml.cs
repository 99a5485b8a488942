using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.Solution.Packing;

/// <summary>A security role as a &lt;Role&gt; of customizations.xml, with its privileges and their depth.</summary>
internal sealed class RoleXml(MetadataModel metadata, string introducedVersion)
{
    public XElement For(SecurityRoleDefinition role) =>
        new("Role",
            new XAttribute("id", "{" + role.Id.ToString("D") + "}"),
            new XAttribute("name", role.Name),
            new XElement("IsCustomizable", "1"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("RolePrivileges", RolePrivilegeNames.ForDataverse(role, metadata).Select(p =>
                new XElement("RolePrivilege", new XAttribute("name", p.Name), new XAttribute("level", p.Depth.ToString())))));
}
