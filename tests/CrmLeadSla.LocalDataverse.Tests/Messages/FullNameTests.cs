using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

/// <summary>Dataverse composes fullname of leads, contacts and users from first and last name ("First Last").</summary>
public class FullNameTests
{
    private readonly SalesOrganization sales = new();

    [Fact]
    public void Create_composes_fullname_from_first_and_last_name()
    {
        var lead = sales.Service.Create(new Entity("lead") { ["firstname"] = "Ada", ["lastname"] = "Ray" });

        Assert.Equal("Ada Ray", sales.Row("lead", lead).GetAttributeValue<string>("fullname"));
    }

    [Fact]
    public void Create_with_only_a_last_name_makes_it_the_fullname()
    {
        var contact = sales.Service.Create(new Entity("contact") { ["lastname"] = "Ray" });

        Assert.Equal("Ray", sales.Row("contact", contact).GetAttributeValue<string>("fullname"));
    }

    [Fact]
    public void Fullname_sent_by_the_caller_is_replaced_by_the_platform()
    {
        var lead = sales.Service.Create(new Entity("lead") { ["firstname"] = "Ada", ["lastname"] = "Ray", ["fullname"] = "Someone Else" });

        Assert.Equal("Ada Ray", sales.Row("lead", lead).GetAttributeValue<string>("fullname"));
    }

    [Fact]
    public void Update_of_one_name_part_composes_fullname_with_the_stored_other_part()
    {
        var contact = sales.Service.Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Ray" });

        sales.Service.Update(new Entity("contact", contact) { ["lastname"] = "Lovelace" });

        Assert.Equal("Ada Lovelace", sales.Row("contact", contact).GetAttributeValue<string>("fullname"));
    }

    [Fact]
    public void Update_clearing_the_first_name_leaves_the_last_name_as_fullname()
    {
        var lead = sales.Service.Create(new Entity("lead") { ["firstname"] = "Ada", ["lastname"] = "Ray" });

        sales.Service.Update(new Entity("lead", lead) { ["firstname"] = null });

        Assert.Equal("Ray", sales.Row("lead", lead).GetAttributeValue<string>("fullname"));
    }

    [Fact]
    public void Update_setting_fullname_alone_does_not_change_it()
    {
        var lead = sales.Service.Create(new Entity("lead") { ["firstname"] = "Ada", ["lastname"] = "Ray" });

        sales.Service.Update(new Entity("lead", lead) { ["fullname"] = "Someone Else" });

        Assert.Equal("Ada Ray", sales.Row("lead", lead).GetAttributeValue<string>("fullname"));
    }
}
