using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Queries;

/// <summary>Every row of a table, read page by page with the paging cookie, as exports and histories need them.</summary>
internal static class AllRows
{
    // Dataverse's largest page for RetrieveMultiple.
    private const int PageSize = 5000;

    /// <summary>The rows of <paramref name="table"/> with <paramref name="columns"/>, ordered by <paramref name="orderBy"/> (ascending, in that order).</summary>
    public static IEnumerable<Entity> Of(IOrganizationService service, string table, string[] columns, params string[] orderBy)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns), PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 } };
        foreach (var column in orderBy)
        {
            query.AddOrder(column, OrderType.Ascending);
        }

        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
