using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Cuts one page out of a query's results as Dataverse pages them: 5,000 rows when no page size is given,
/// MoreRecords when rows remain, a paging cookie, and TotalRecordCount only when asked (-1 otherwise),
/// counted up to 5,000.
/// </summary>
internal static class ResultPage
{
    /// <summary>The page size when the query gives none, and the largest it may give.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>The most rows TotalRecordCount counts; past it TotalRecordCountLimitExceeded is set.</summary>
    public const int TotalRecordCountLimit = 5000;

    /// <summary>The page the paging info asks for.</summary>
    /// <param name="table">The main table.</param>
    /// <param name="results">Every result in order, with the joined row it came from.</param>
    /// <param name="paging">The query's paging info.</param>
    /// <param name="query">The query whose rows the paging cookie describes, or null for results that have none (aggregates).</param>
    public static EntityCollection Cut(string table, IReadOnlyList<(Entity?[] Row, Entity Result)> results, PagingInfo paging, BoundQuery? query)
    {
        var size = paging.Count > 0 ? paging.Count : MaxPageSize;
        if (size > MaxPageSize)
        {
            throw QueryFaults.Fault(QueryFaults.InvalidArgument, $"The page size {paging.Count} is larger than the maximum of {MaxPageSize}.");
        }

        var number = Math.Max(1, paging.PageNumber);
        var cookie = string.IsNullOrEmpty(paging.PagingCookie) ? null : PagingCookie.Parse(paging.PagingCookie);
        var resume = cookie is null || query is null ? null : PagingCookie.ResumeAt(cookie, number, results.Select(r => r.Row).ToList(), query);
        var skip = resume ?? (long)(number - 1) * size;
        var page = results.Skip((int)Math.Min(skip, int.MaxValue)).Take(size).ToList();
        return new EntityCollection(page.Select(r => r.Result).ToList())
        {
            EntityName = table,
            MoreRecords = results.Count > skip + size,
            PagingCookie = page.Count == 0 || query is null ? null : PagingCookie.Write(number, page[0].Row, page[^1].Row, query),
            TotalRecordCount = paging.ReturnTotalRecordCount ? Math.Min(results.Count, TotalRecordCountLimit) : -1,
            TotalRecordCountLimitExceeded = paging.ReturnTotalRecordCount && results.Count > TotalRecordCountLimit,
        };
    }
}
