using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Solution.Source;

/// <summary>What loading the sample configuration did.</summary>
/// <param name="Created">Rows created.</param>
/// <param name="AlreadyPresent">Rows found by their id and left as they are (an admin may have changed them).</param>
public sealed record SampleLoadResult(int Created, int AlreadyPresent);

/// <summary>Writes the sample configuration through an organization service: the same code for the local Dataverse and a real organization.</summary>
public static class SampleConfigurationLoader
{
    /// <summary>
    /// Creates every sample row that is not there yet, in dependency order, as the service's user (so the user needs the privileges).
    /// Rows already present are left unchanged, so loading twice does no harm and never overwrites an admin's changes.
    /// </summary>
    /// <param name="configuration">The sample configuration, e.g. <c>SolutionFolder.Load().SampleConfiguration</c>.</param>
    /// <param name="service">The organization service to write with.</param>
    /// <exception cref="System.ServiceModel.FaultException{OrganizationServiceFault}">The organization refuses a row; rows created before it stay.</exception>
    public static SampleLoadResult LoadInto(SampleConfiguration configuration, IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(service);
        var present = new HashSet<Guid>();
        foreach (var table in configuration.Rows.GroupBy(r => (r.Table, r.KeyColumn)))
        {
            var query = new QueryExpression(table.Key.Table) { ColumnSet = new ColumnSet(table.Key.KeyColumn) };
            query.Criteria.AddCondition(table.Key.KeyColumn, ConditionOperator.In, table.Select(r => (object)r.Id).ToArray());
            present.UnionWith(service.RetrieveMultiple(query).Entities.Select(e => e.Id));
        }

        var created = 0;
        foreach (var row in configuration.Rows.Where(r => !present.Contains(r.Id)))
        {
            service.Create(row.ToEntity());
            created++;
        }

        return new SampleLoadResult(created, configuration.Rows.Count - created);
    }
}
