namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>
/// The domain's folders depend in one direction: no cycle between the funnel and the agreement's clocks, and none of
/// them on Dataverse's names, which the edge keeps.
/// </summary>
public sealed class DomainLayerTests
{
    [Fact]
    public void Every_domain_folder_uses_only_folders_below_it()
    {
        Assert.Empty(DomainLayers.UsesAgainstTheDirection(Path.Combine(Repository.Root, "Plugins", "Domain")));
    }

    [Fact]
    public void A_clock_file_that_uses_the_funnel_is_found()
    {
        var found = FoundInPlantedDomain(DomainLayers.UsesAgainstTheDirection, new Dictionary<string, string>
        {
            ["Funnel/Move.cs"] = "using CrmLeadSla.Plugins.Domain.Sla;\nnamespace CrmLeadSla.Plugins.Domain.Funnel { }",
            ["Sla/Clock.cs"] = "namespace CrmLeadSla.Plugins.Domain.Sla { class Clock { Domain.Funnel.FunnelActor Who; } }",
        });

        Assert.Equal(["Sla/Clock.cs uses Funnel"], found);
    }

    [Fact]
    public void No_domain_file_names_dataverse_tables_or_columns()
    {
        Assert.Empty(DomainLayers.DataverseNames(Path.Combine(Repository.Root, "Plugins", "Domain")));
    }

    [Fact]
    public void A_domain_file_that_uses_the_schema_or_spells_a_logical_name_is_found()
    {
        var found = FoundInPlantedDomain(DomainLayers.DataverseNames, new Dictionary<string, string>
        {
            ["Sla/Clean.cs"] = "namespace CrmLeadSla.Plugins.Domain.Sla { /// <summary>The kind of a clock.</summary> enum Kind { } }",
            ["Sla/Clock.cs"] = "using CrmLeadSla.Plugins.Schema;\nnamespace CrmLeadSla.Plugins.Domain.Sla { }",
            ["Sla/Due.cs"] = "namespace CrmLeadSla.Plugins.Domain.Sla { class Due { string Column = " + NameLiterals.Start + "dueon\"; } }",
            ["Sla/Kind.cs"] = "namespace CrmLeadSla.Plugins.Domain.Sla { class Kind { string Column = SlaClockSchema.Kind; } }",
        });

        Assert.Equal(["Sla/Clock.cs uses the schema classes", "Sla/Due.cs spells a logical name", "Sla/Kind.cs uses the schema classes"], found);
    }

    [Fact]
    public void A_logical_name_in_a_domain_comment_is_found_and_one_in_a_wordings_text_is_kept()
    {
        var found = FoundInPlantedDomain(DomainLayers.DataverseNames, new Dictionary<string, string>
        {
            ["Funnel/Stage.cs"] = "namespace CrmLeadSla.Plugins.Domain.Funnel { /// <summary>A stage (option set lsla_funnelstage).</summary> enum Stage { } }",
            ["Sla/Due.cs"] = "namespace CrmLeadSla.Plugins.Domain.Sla { class Due { } } // stored in lsla_dueon",
            ["Languages/EnglishWording.cs"] = "namespace CrmLeadSla.Plugins.Domain.Languages { class W { string T = \"Enter a column, such as lsla_url.\"; } }",
            ["Languages/GermanWording.cs"] = "namespace CrmLeadSla.Plugins.Domain.Languages { class W { string T = \"z. B. lsla_url\"; } } // lsla_url",
            ["Languages/Text.cs"] = "namespace CrmLeadSla.Plugins.Domain.Languages { class T { string S = \"such as lsla_url\"; } }",
        });

        Assert.Equal(
            ["Funnel/Stage.cs names a logical name in a comment", "Languages/GermanWording.cs names a logical name in a comment", "Languages/Text.cs spells a logical name", "Sla/Due.cs names a logical name in a comment"],
            found);
    }

    // A domain folder with every layer's folder and the files given by their path in it, checked and removed again.
    private static List<string> FoundInPlantedDomain(Func<string, IEnumerable<string>> check, IReadOnlyDictionary<string, string> files)
    {
        var domain = Directory.CreateTempSubdirectory("domain-");
        try
        {
            foreach (var folder in DomainLayers.Layers.Keys)
            {
                Directory.CreateDirectory(Path.Combine(domain.FullName, folder));
            }

            foreach (var (path, source) in files)
            {
                File.WriteAllText(Path.Combine(domain.FullName, path), source);
            }

            return check(domain.FullName).ToList();
        }
        finally
        {
            domain.Delete(recursive: true);
        }
    }
}
