using CrmLeadSla.Plugins.Funnel;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>Logical names and role names come from one place: the schema classes, the role names and the solution model.</summary>
public sealed class NameLiteralTests
{
    [Fact]
    public void No_logical_name_is_written_as_a_string_outside_the_schema_classes_and_the_solution_model()
    {
        Assert.Empty(NameLiterals.Stray(Repository.Root));
    }

    [Fact]
    public void A_literal_name_in_the_command_line_tool_is_found()
    {
        var root = Directory.CreateTempSubdirectory("name-literals-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "tools", "CrmLeadSla.Cli"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "Plugins", "Schema"));
            File.WriteAllText(Path.Combine(root.FullName, "tools", "CrmLeadSla.Cli", "Export.cs"), "class Export\n{\n    string Table = " + NameLiterals.Start + "slainstance\";\n}\n");
            File.WriteAllText(Path.Combine(root.FullName, "Plugins", "Schema", "LeadSchema.cs"), "class LeadSchema { const string Grade = " + NameLiterals.Start + "grade\"; }\n");

            Assert.Equal(["tools/CrmLeadSla.Cli/Export.cs:3"], NameLiterals.Stray(root.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_literal_role_name_in_a_test_is_found()
    {
        var root = Directory.CreateTempSubdirectory("name-literals-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "tests", "CrmLeadSla.Plugins.Tests"));
            File.WriteAllText(
                Path.Combine(root.FullName, "tests", "CrmLeadSla.Plugins.Tests", "Roles.cs"),
                "class Roles\n{\n    string Held = \"" + LeadSlaRoles.Sales + "\";\n    string Other = \"" + LeadSlaRoles.Sales + "people\";\n}\n");

            Assert.Equal(["tests/CrmLeadSla.Plugins.Tests/Roles.cs:3"], NameLiterals.Stray(root.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
