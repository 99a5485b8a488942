using CrmLeadSla.LocalDataverse.Tests.Builders;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Storage;

public class IdSourceTests
{
    [Fact]
    public void Two_organizations_with_one_seed_give_their_rows_users_and_teams_the_same_ids()
    {
        Assert.Equal(NewIds(IdSource.Seeded(7)), NewIds(IdSource.Seeded(7)));
    }

    [Fact]
    public void Another_seed_gives_other_ids()
    {
        Assert.Empty(NewIds(IdSource.Seeded(7)).Intersect(NewIds(IdSource.Seeded(8))));
    }

    [Fact]
    public void By_default_every_organization_gives_new_random_ids()
    {
        Assert.Empty(NewIds(IdSource.Random).Intersect(NewIds(IdSource.Random)));
    }

    [Fact]
    public void A_seeded_id_is_not_the_one_a_random_source_of_the_same_seed_would_draw()
    {
        var bytes = new byte[16];
        new Random(7).NextBytes(bytes);

        Assert.NotEqual(new Guid(bytes), IdSource.Seeded(7).Next());
    }

    // The ids an organization hands out: the admin user, a user, a team, a row created without an id.
    private static List<Guid> NewIds(IdSource source)
    {
        var organization = new OrganizationBuilder().WithIds(source).Build();
        var user = organization.CreateUser("Sam Sales");
        var team = organization.CreateTeam("Inside sales", null, user);
        var lead = organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead") { ["subject"] = "new" });
        return [organization.AdminUserId, user, team, lead];
    }
}
