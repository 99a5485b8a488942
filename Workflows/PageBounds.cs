using System.Activities;
using CrmLeadSla.Plugins.Domain.Languages;

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
                throw new UserMessageException(Text.Of(TextKey.PageBoundsOutOfRange, size, pages));
            }

            return new PageBounds(size, pages);
        }
    }
}
