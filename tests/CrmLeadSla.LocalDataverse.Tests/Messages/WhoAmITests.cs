using Microsoft.Crm.Sdk.Messages;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

public class WhoAmITests
{
    [Fact]
    public void Who_am_i_returns_the_caller_its_business_unit_and_the_organization()
    {
        var sales = new SalesOrganization();
        var unit = sales.Organization.CreateBusinessUnit("Sales");
        var user = sales.Organization.CreateUser("Ada Ray", unit);

        var response = new WhoAmIResponse { Results = sales.Organization.ServiceFor(user).Execute(new WhoAmIRequest()).Results };

        Assert.Equal((user, unit, sales.Organization.Id), (response.UserId, response.BusinessUnitId, response.OrganizationId));
    }
}
