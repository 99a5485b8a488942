using System.Activities;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// How much one run of an activity that works through leads page by page may read: leads per page (1–5000, the
    /// platform's page limit) and pages per run (1 or more), checked before anything is read.
    /// </summary>
    internal readonly struct PageBounds
    {
        private PageBounds(int pageSize, int maxPages)
        {
            PageSize = pageSize;
            MaxPages = maxPages;
        }

        /// <summary>Leads read per page.</summary>
        public int PageSize { get; }

        /// <summary>Pages per run at most.</summary>
        public int MaxPages { get; }

        /// <summary>The bounds the workflow set; refused with the fix when out of range.</summary>
        public static PageBounds Of(CodeActivityContext context, InArgument<int> pageSize, InArgument<int> maxPages)
        {
            var size = pageSize.Get(context);
            var pages = maxPages.Get(context);
            if (size < 1 || size > 5000 || pages < 1)
            {
                throw new InvalidPluginExecutionException($"Leads per page is {size} and pages per run {pages}. Set leads per page between 1 and 5000 and pages per run to 1 or more.");
            }

            return new PageBounds(size, pages);
        }
    }
}
