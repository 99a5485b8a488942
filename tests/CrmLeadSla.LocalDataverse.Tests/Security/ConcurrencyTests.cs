using CrmLeadSla.LocalDataverse.Registration;
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
        const int count = 200;
        var added = new Guid[count];

        Parallel.For(0, count, i =>
        {
            added[i] = organization.User(i % 2 == 0 ? Sales : Marketing, Privilege("prvReadlead", PrivilegeDepth.Basic));
            Assert.True(organization.Check.CanRead(reader, "lead", readerRow));
        });

        Assert.All(added, user => Assert.True(organization.Check.CanRead(user, "lead", organization.Row("lead", user))));
    }
}
