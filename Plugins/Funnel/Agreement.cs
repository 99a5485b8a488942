using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The lsla_slaagreement that governs a lead, as the hand-over and its clocks need it: who takes the lead,
    /// the deadlines and the business calendar they run in.
    /// </summary>
    public sealed class Agreement
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_slaagreement";

        private const string Name = "lsla_name";
        private const string SalesOwnerId = "lsla_salesownerid";
        private const string SalesTeamId = "lsla_salesteamid";
        private const string AcceptWithinHours = "lsla_acceptwithinhours";
        private const string FirstContactWithinHours = "lsla_firstcontactwithinhours";
        private const string QualifyWithinDays = "lsla_qualifywithindays";
        private const string IsDefault = "lsla_isdefault";

        private static readonly ColumnSet Columns = new ColumnSet(
            Name, SalesOwnerId, SalesTeamId, AcceptWithinHours, FirstContactWithinHours, QualifyWithinDays,
            CalendarFields.TimeZone, CalendarFields.WorkdayStart, CalendarFields.WorkdayEnd, CalendarFields.WorkingDays, CalendarFields.AtRiskPercent);

        private readonly Entity row;

        private Agreement(Entity row) => this.row = row;

        /// <summary>The agreement's row id.</summary>
        public Guid Id => row.Id;

        /// <summary>The agreement's name (its campaign).</summary>
        public string Title => row.GetAttributeValue<string>(Name) ?? Id.ToString();

        /// <summary>The responsible sales owner, if one is named.</summary>
        public EntityReference? SalesOwner => row.GetAttributeValue<EntityReference>(SalesOwnerId);

        /// <summary>The sales team whose members take turns, if one is named.</summary>
        public EntityReference? SalesTeam => row.GetAttributeValue<EntityReference>(SalesTeamId);

        /// <summary>Business hours within which sales accepts or rejects a handed-over lead.</summary>
        public int? AcceptHours => row.GetAttributeValue<int?>(AcceptWithinHours);

        /// <summary>Business hours within which sales first contacts a handed-over lead.</summary>
        public int? FirstContactHours => row.GetAttributeValue<int?>(FirstContactWithinHours);

        /// <summary>Days within which sales qualifies an accepted lead.</summary>
        public int? QualifyDays => row.GetAttributeValue<int?>(QualifyWithinDays);

        /// <summary>Share of a deadline after which a clock is at risk; null means the default.</summary>
        public int? AtRiskPercent => row.GetAttributeValue<int?>(CalendarFields.AtRiskPercent);

        /// <summary>The agreement's business calendar.</summary>
        /// <exception cref="InvalidPluginExecutionException">The agreement's hours or time zone cannot be used; the message names the column.</exception>
        public BusinessCalendar Calendar
        {
            get
            {
                var days = row.GetAttributeValue<OptionSetValueCollection>(CalendarFields.WorkingDays)?.Select(day => (WorkingDay)day.Value).ToList();
                var start = row.GetAttributeValue<int?>(CalendarFields.WorkdayStart);
                var end = row.GetAttributeValue<int?>(CalendarFields.WorkdayEnd);
                var problems = WorkingHours.ProblemsOf(days, start, end);
                var zone = AgreementTimeZone.Find(row.GetAttributeValue<string>(CalendarFields.TimeZone), out var zoneProblem);
                if (zone == null || problems.Count > 0)
                {
                    var message = string.Join(" ", problems.Select(problem => problem.Message).Concat(new[] { zoneProblem?.Message }).Where(text => text != null));
                    throw new InvalidPluginExecutionException($"The SLA agreement '{Title}' cannot set deadlines: {message}");
                }

                return new BusinessCalendar(WorkingHours.Of(days, start, end), zone);
            }
        }

        /// <summary>The agreement with this id: one Retrieve.</summary>
        public static Agreement Read(IOrganizationService service, Guid id) => new Agreement(service.Retrieve(EntityName, id, Columns));

        /// <summary>The active agreement marked as the default, or null when there is none: one RetrieveMultiple.</summary>
        public static Agreement? Default(IOrganizationService service)
        {
            var query = new QueryExpression(EntityName) { ColumnSet = Columns, TopCount = 1 };
            query.Criteria.AddCondition(IsDefault, ConditionOperator.Equal, true);
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            query.AddOrder("createdon", OrderType.Ascending);
            var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
            return row == null ? null : new Agreement(row);
        }
    }
}
