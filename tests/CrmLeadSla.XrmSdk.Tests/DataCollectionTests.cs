using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.XrmSdk.Tests;

public sealed class DataCollectionTests
{
    [Fact]
    public void Add_of_an_existing_key_throws_ArgumentException()
    {
        var attributes = new AttributeCollection { { "subject", "a" } };

        Assert.Throws<ArgumentException>(() => attributes.Add("subject", "b"));
    }

    [Fact]
    public void Lookups_by_key_report_presence_and_value()
    {
        var parameters = new ParameterCollection { ["Target"] = 5 };

        Assert.True(parameters.Contains("Target"));
        Assert.True(parameters.ContainsKey("Target"));
        Assert.True(parameters.TryGetValue("Target", out var value));
        Assert.Equal(5, value);
        Assert.False(parameters.TryGetValue("Other", out _));
    }

    [Fact]
    public void Contains_of_a_pair_compares_the_value_too()
    {
        var parameters = new ParameterCollection { ["Target"] = 5 };

        Assert.True(parameters.Contains(new KeyValuePair<string, object>("Target", 5)));
        Assert.False(parameters.Contains(new KeyValuePair<string, object>("Target", 6)));
    }

    [Fact]
    public void Remove_reports_whether_the_key_was_there()
    {
        var parameters = new ParameterCollection { ["Target"] = 5 };

        Assert.False(parameters.Remove("Other"));
        Assert.True(parameters.Remove("Target"));
        Assert.Equal(0, parameters.Count);
    }

    [Fact]
    public void AddRange_Keys_Values_and_enumeration_expose_every_pair()
    {
        var images = new EntityImageCollection();
        var pre = new Entity("lead");
        var post = new Entity("lead");

        images.AddRange(new KeyValuePair<string, Entity>("PreImage", pre), new KeyValuePair<string, Entity>("PostImage", post));

        Assert.Equal(new[] { "PreImage", "PostImage" }, images.Keys);
        Assert.Equal(new[] { pre, post }, images.Values);
        Assert.Equal(new[] { "PreImage", "PostImage" }, images.Select(image => image.Key));
        images.Clear();
        Assert.Equal(0, images.Count);
    }

    [Fact]
    public void AddOrUpdateIfNotNull_skips_a_null_value_and_replaces_otherwise()
    {
        var shared = new ParameterCollection { ["key"] = 1 };

        shared.AddOrUpdateIfNotNull("other", null);
        shared.AddOrUpdateIfNotNull("key", 2);

        Assert.False(shared.Contains("other"));
        Assert.Equal(2, shared["key"]);
    }

    [Fact]
    public void List_constructors_copy_the_list()
    {
        var list = new List<EntityReference>();
        var references = new EntityReferenceCollection(list);

        list.Add(new EntityReference("contact", Guid.NewGuid()));

        Assert.Empty(references);
    }

    [Fact]
    public void Entity_collection_indexer_reads_its_entities()
    {
        var lead = new Entity("lead");
        var collection = new EntityCollection(new List<Entity> { lead });

        Assert.Same(lead, collection[0]);
        Assert.Same(lead, collection.Entities.ToArray()[0]);
    }
}
