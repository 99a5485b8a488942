using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Sla
{
    /// <summary>Reads an lsla_slaagreement row, its holidays and its agreed rejection reasons into the domain's <see cref="SlaAgreement"/>.</summary>
    public static class SlaAgreementRecord
    {
        /// <summary>The agreement columns the domain's <see cref="SlaAgreement"/> reads.</summary>
        public static IReadOnlyList<string> Columns { get; } = new[]
        {
            SlaAgreementSchema.Name, SlaAgreementSchema.TimeZone, SlaAgreementSchema.WorkdayStart, SlaAgreementSchema.WorkdayEnd,
            SlaAgreementSchema.WorkingDays, SlaAgreementSchema.AtRiskPercent, SlaAgreementSchema.HandOverWithinHours, SlaAgreementSchema.HandOverMode,
            SlaAgreementSchema.AcceptWithinHours, SlaAgreementSchema.FirstContactWithinHours, SlaAgreementSchema.QualifyWithinDays,
            SlaAgreementSchema.ReactivateAfterDays, SlaAgreementSchema.MinLeadsPerMonth, SlaAgreementSchema.SalesOwnerId, SlaAgreementSchema.SalesTeamId, SlaAgreementSchema.MarketingOwnerId,
            SlaAgreementSchema.LastAssigneeId,
        };

        /// <summary>Marks the agreement for leads that name none (a contract extension of lsla_slaagreement).</summary>
        public const string IsDefault = SlaAgreementSchema.IsDefault;

        private const string HolidayAlias = "holiday";
        private const string AgreedReasonAlias = "agreed";

        /// <summary>The agreement with its holidays, agreed reasons and sales owner or team (and the team's turn): one RetrieveMultiple.</summary>
        /// <exception cref="UserMessageException">The agreement does not exist, or its calendar cannot be used; the message names the fix.</exception>
        public static SlaAgreement Read(IOrganizationService service, Guid agreementId)
        {
            var query = Query();
            query.Criteria.AddCondition(SlaAgreementSchema.Id, ConditionOperator.Equal, agreementId);
            return First(service, query) ?? throw new UserMessageException(Text.Of(TextKey.AgreementGone, agreementId));
        }

        /// <summary>
        /// The active agreement marked as the default (the oldest, should several be), read like <see cref="Read"/> in one
        /// RetrieveMultiple; null when none is.
        /// </summary>
        public static SlaAgreement? ReadDefault(IOrganizationService service)
        {
            var query = Query();
            query.Criteria.AddCondition(IsDefault, ConditionOperator.Equal, true);
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            query.AddOrder("createdon", OrderType.Ascending);
            query.AddOrder(SlaAgreementSchema.Id, OrderType.Ascending);
            return First(service, query);
        }

        /// <summary>The agreement a row describes, with holidays (local dates), the ids of its agreed reasons and its sales owner or team.</summary>
        /// <exception cref="UserMessageException">The agreement's calendar cannot be used; the message names each column and its fix.</exception>
        public static SlaAgreement From(Entity row, IEnumerable<DateTime> holidays, IEnumerable<Guid> agreedReasonIds)
        {
            if (row == null)
            {
                throw new ArgumentNullException(nameof(row));
            }

            var name = row.GetAttributeValue<string>(SlaAgreementSchema.Name) ?? row.Id.ToString();
            var days = row.GetAttributeValue<OptionSetValueCollection>(SlaAgreementSchema.WorkingDays)?.Select(o => (WorkingDay)o.Value).ToList();
            var start = row.GetAttributeValue<int?>(SlaAgreementSchema.WorkdayStart);
            var end = row.GetAttributeValue<int?>(SlaAgreementSchema.WorkdayEnd);
            var problems = WorkingHours.ProblemsOf(days, start, end).ToList();
            var zone = AgreementTimeZone.Find(row.GetAttributeValue<string>(SlaAgreementSchema.TimeZone), out var zoneProblem);
            if (zoneProblem != null)
            {
                problems.Insert(0, zoneProblem);
            }

            if (problems.Count > 0 || zone == null)
            {
                throw new UserMessageException(Text.Of(TextKey.AgreementHoursUnsound, name, Text.Lines(problems.Select(p => p.Message))));
            }

            var calendar = new BusinessCalendar(WorkingHours.Of(days, start, end), zone, holidays);
            return new SlaAgreement(row.Id, name, calendar, TermsOf(row), agreedReasonIds)
            {
                MarketingOwnerId = row.GetAttributeValue<EntityReference>(SlaAgreementSchema.MarketingOwnerId)?.Id,
                SalesOwnerId = row.GetAttributeValue<EntityReference>(SlaAgreementSchema.SalesOwnerId)?.Id,
                SalesTeamId = row.GetAttributeValue<EntityReference>(SlaAgreementSchema.SalesTeamId)?.Id,
                LastAssigneeId = row.GetAttributeValue<EntityReference>(SlaAgreementSchema.LastAssigneeId)?.Id,
            };
        }

        private static AgreementTerms TermsOf(Entity row) => new AgreementTerms
        {
            HandOverWithinHours = row.GetAttributeValue<int?>(SlaAgreementSchema.HandOverWithinHours),
            HandOverMode = row.GetAttributeValue<OptionSetValue>(SlaAgreementSchema.HandOverMode) is OptionSetValue mode ? (HandOverMode)mode.Value : HandOverMode.Automatic,
            AcceptWithinHours = row.GetAttributeValue<int?>(SlaAgreementSchema.AcceptWithinHours),
            FirstContactWithinHours = row.GetAttributeValue<int?>(SlaAgreementSchema.FirstContactWithinHours),
            QualifyWithinDays = row.GetAttributeValue<int?>(SlaAgreementSchema.QualifyWithinDays),
            ReactivateAfterDays = row.GetAttributeValue<int?>(SlaAgreementSchema.ReactivateAfterDays),
            MinLeadsPerMonth = row.GetAttributeValue<int?>(SlaAgreementSchema.MinLeadsPerMonth),
            AtRiskPercent = row.GetAttributeValue<int?>(SlaAgreementSchema.AtRiskPercent),
        };

        // The agreement joined with its holidays and its agreed reasons: a row per holiday and agreed reason, so one
        // round trip brings everything; a second page only for an agreement with more than 5,000 such pairs.
        private static QueryExpression Query()
        {
            var query = new QueryExpression(SlaAgreementSchema.EntityName) { ColumnSet = new ColumnSet(Columns.ToArray()), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
            var holidays = query.AddLink(HolidaySchema.EntityName, SlaAgreementSchema.Id, HolidaySchema.SlaAgreementId, JoinOperator.LeftOuter);
            holidays.EntityAlias = HolidayAlias;
            holidays.Columns = new ColumnSet(HolidaySchema.Id, HolidaySchema.Date);
            var reasons = query.AddLink(AgreedReasonSchema.EntityName, SlaAgreementSchema.Id, AgreedReasonSchema.SlaAgreementId, JoinOperator.LeftOuter);
            reasons.EntityAlias = AgreedReasonAlias;
            reasons.Columns = new ColumnSet(AgreedReasonSchema.RejectionReasonId);
            return query;
        }

        // The first agreement the query finds, folded from its joined rows.
        private static SlaAgreement? First(IOrganizationService service, QueryExpression query)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            Entity? agreement = null;
            var holidays = new Dictionary<Guid, DateTime>();
            var reasons = new HashSet<Guid>();
            EntityCollection page;
            do
            {
                page = service.RetrieveMultiple(query);
                foreach (var row in page.Entities)
                {
                    agreement ??= row;
                    if (row.Id != agreement.Id)
                    {
                        continue;
                    }

                    if (Linked<Guid?>(row, HolidayAlias, HolidaySchema.Id) is Guid holidayId && Linked<DateTime?>(row, HolidayAlias, HolidaySchema.Date) is DateTime date)
                    {
                        holidays[holidayId] = date.Date;
                    }

                    if (Linked<EntityReference>(row, AgreedReasonAlias, AgreedReasonSchema.RejectionReasonId) is EntityReference reason)
                    {
                        reasons.Add(reason.Id);
                    }
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
            while (page.MoreRecords);

            if (agreement == null)
            {
                return null;
            }

            return From(agreement, holidays.Values, reasons);
        }

        private static T? Linked<T>(Entity row, string alias, string column) =>
            row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value is T value ? value : default;
    }
}
