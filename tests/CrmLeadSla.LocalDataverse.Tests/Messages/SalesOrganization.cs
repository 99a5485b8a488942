using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

/// <summary>A local organization with the sales tables, its steps declared by the test, and an administrator's service.</summary>
internal sealed class SalesOrganization
{
    public SalesOrganization(params StepBuilder[] steps)
    {
        var builder = new OrganizationBuilder().WithMetadata(SalesTables.Model());
        foreach (var step in steps)
        {
            builder.WithStep(step);
        }

        Organization = builder.Build();
        Service = Organization.ServiceFor(Organization.AdminUserId);
    }

    public LocalOrganization Organization { get; }

    public IOrganizationService Service { get; }

    public Entity Row(string table, Guid id) => Service.Retrieve(table, id, new ColumnSet(true));

    public int Count(string table) => Organization.Database.CountOf(table);

    /// <summary>The fault the call ends with; fails the test when it succeeds.</summary>
    public static OrganizationServiceFault FaultOf(Action call) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(call).Detail;
}
