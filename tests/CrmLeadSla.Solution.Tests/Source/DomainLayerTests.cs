namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>The domain's folders depend in one direction: no cycle between the funnel and the agreement's clocks.</summary>
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
        var domain = Directory.CreateTempSubdirectory("domain-layers-");
        try
        {
            foreach (var folder in DomainLayers.Layers.Keys)
            {
                Directory.CreateDirectory(Path.Combine(domain.FullName, folder));
            }

            File.WriteAllText(Path.Combine(domain.FullName, "Funnel", "Move.cs"), "using CrmLeadSla.Plugins.Domain.Sla;\nnamespace CrmLeadSla.Plugins.Domain.Funnel { }");
            File.WriteAllText(Path.Combine(domain.FullName, "Sla", "Clock.cs"), "namespace CrmLeadSla.Plugins.Domain.Sla { class Clock { Domain.Funnel.FunnelActor Who; } }");

            Assert.Equal(["Sla/Clock.cs uses Funnel"], DomainLayers.UsesAgainstTheDirection(domain.FullName));
        }
        finally
        {
            domain.Delete(recursive: true);
        }
    }
}
