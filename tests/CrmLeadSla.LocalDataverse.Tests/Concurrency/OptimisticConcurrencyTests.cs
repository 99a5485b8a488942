using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Concurrency;

[Trait("Category", "Reliability")]
public class OptimisticConcurrencyTests
{
    private readonly LocalOrganization organization = new OrganizationBuilder().Build();

    private IOrganizationService Service => organization.ServiceFor(organization.AdminUserId);

    [Fact]
    public void Retrieve_and_retrieve_multiple_return_the_row_version()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = "x" });

        var retrieved = Service.Retrieve("lead", id, new ColumnSet("subject")).RowVersion;
        var queried = Service.RetrieveMultiple(new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") }).Entities.Single().RowVersion;

        Assert.False(string.IsNullOrEmpty(retrieved));
        Assert.Equal(retrieved, queried);
    }

    [Fact]
    public void Update_if_the_row_version_matches_writes_when_nobody_changed_the_row()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = "read" });
        var read = Service.Retrieve("lead", id, new ColumnSet("subject"));

        Service.Execute(new UpdateRequest { Target = Changed(read, "mine"), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });

        Assert.Equal("mine", Service.Retrieve("lead", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void Update_with_a_stale_row_version_fails_with_the_concurrency_fault_and_keeps_the_other_write()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = "read" });
        var read = Service.Retrieve("lead", id, new ColumnSet("subject"));
        Service.Update(new Entity("lead", id) { ["subject"] = "theirs" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service.Execute(new UpdateRequest { Target = Changed(read, "mine"), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionMismatch, fault.Detail.ErrorCode);
        Assert.Equal("The version of the existing record doesn't match the RowVersion property provided.", fault.Detail.Message);
        Assert.Equal("theirs", Service.Retrieve("lead", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void Update_if_the_row_version_matches_without_a_row_version_is_refused()
    {
        var id = Service.Create(new Entity("lead"));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service.Execute(new UpdateRequest { Target = new Entity("lead", id) { ["subject"] = "x" }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionNotProvided, fault.Detail.ErrorCode);
    }

    [Fact]
    public void A_plain_update_overwrites_whatever_the_row_version()
    {
        var id = Service.Create(new Entity("lead") { ["subject"] = "read" });
        var read = Service.Retrieve("lead", id, new ColumnSet("subject"));
        Service.Update(new Entity("lead", id) { ["subject"] = "theirs" });

        Service.Update(Changed(read, "mine"));

        Assert.Equal("mine", Service.Retrieve("lead", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void Delete_with_a_stale_row_version_fails_and_the_row_stays()
    {
        var id = Service.Create(new Entity("lead"));
        var read = Service.Retrieve("lead", id, new ColumnSet("subject"));
        Service.Update(new Entity("lead", id) { ["subject"] = "theirs" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(new DeleteRequest
        {
            Target = new EntityReference("lead", id) { RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionMismatch, fault.Detail.ErrorCode);
        Assert.NotNull(organization.Database.Find("lead", id));
    }

    [Fact]
    public void Update_multiple_with_one_stale_row_fails_whole()
    {
        var fresh = Service.Create(new Entity("lead") { ["subject"] = "a" });
        var stale = Service.Create(new Entity("lead") { ["subject"] = "b" });
        var rows = Service.RetrieveMultiple(new QueryExpression("lead") { ColumnSet = new ColumnSet("subject") }).Entities;
        Service.Update(new Entity("lead", stale) { ["subject"] = "theirs" });
        var targets = new EntityCollection(rows.Select(r => Changed(r, "mine")).ToList()) { EntityName = "lead" };

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(new OrganizationRequest("UpdateMultiple")
        {
            Parameters = { ["Targets"] = targets, ["ConcurrencyBehavior"] = ConcurrencyBehavior.IfRowVersionMatches },
        }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionMismatch, fault.Detail.ErrorCode);
        Assert.Equal("a", Service.Retrieve("lead", fresh, new ColumnSet("subject"))["subject"]);
    }

    private static Entity Changed(Entity read, string subject) =>
        new("lead", read.Id) { ["subject"] = subject, RowVersion = read.RowVersion };
}
