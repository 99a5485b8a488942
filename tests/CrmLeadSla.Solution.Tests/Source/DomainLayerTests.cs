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
