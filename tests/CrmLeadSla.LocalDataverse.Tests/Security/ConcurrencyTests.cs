using CrmLeadSla.Solution.Registration;
using static CrmLeadSla.LocalDataverse.Tests.Security.SecuredOrganization;

namespace CrmLeadSla.LocalDataverse.Tests.Security;

/// <summary>The organization changes from several threads while others check: nothing is lost or torn.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Users_added_from_several_threads_are_all_kept_while_checks_run()
    {
        var organization = new SecuredOrganization();
        var reader = organization.User(Sales, Privilege("prvReadlead", PrivilegeDepth.Local));
        var readerRow = organization.Row("lead", reader);
        const int writers = 4;
        const int usersPerWriter = 2000;
        using var start = new Barrier(writers + 1);

        var added = Enumerable.Range(0, writers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return Enumerable.Range(0, usersPerWriter).Select(_ => Guid.NewGuid()).Select(id =>
                {
                    organization.Model.AddUser(id, "Concurrent user", Marketing);
                    return id;
                }).ToList();
            },
            TaskCreationOptions.LongRunning)).ToList();
        start.SignalAndWait();
        while (!added.TrueForAll(t => t.IsCompleted))
        {
            Assert.True(organization.Check.CanRead(reader, "lead", readerRow));
        }

        Assert.All(added.SelectMany(t => t.Result), user => Assert.Equal(Marketing, organization.Model.BusinessUnitOf(user)));
    }
}
