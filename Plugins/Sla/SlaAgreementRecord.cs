using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Sla
{
    /// <summary>Reads an lsla_slaagreement row, its holidays and its agreed rejection reasons into the domain's <see cref="SlaAgreement"/>.</summary>
    public static class SlaAgreementRecord
    {
        /// <summary>The agreement columns the clocks need.</summary>
        public static IReadOnlyList<string> Columns { get; } = new[]
        {
            SlaAgreementSchema.Name, SlaAgreementSchema.TimeZone, SlaAgreementSchema.WorkdayStart, SlaAgreementSchema.WorkdayEnd,
            SlaAgreementSchema.WorkingDays, SlaAgreementSchema.AtRiskPercent, SlaAgreementSchema.HandOverWithinHours,
            SlaAgreementSchema.AcceptWithinHours, SlaAgreementSchema.FirstContactWithinHours, SlaAgreementSchema.QualifyWithinDays,
            SlaAgreementSchema.ReactivateAfterDays, SlaAgreementSchema.MinLeadsPerMonth,
        };

        /// <summary>
        /// The agreement with its holidays and agreed reasons (three requests).
        /// </summary>
        /// <exception cref="InvalidPluginExecutionException">The agreement's calendar cannot be used; the message names each column and its fix.</exception>
        public static SlaAgreement Read(IOrganizationService service, Guid agreementId)
        {
            if (service == null)
            {
                throw new ArgumentNullException(nameof(service));
            }

            var row = service.Retrieve(SlaAgreementSchema.EntityName, agreementId, new ColumnSet(Columns.ToArray()));
            var holidays = ChildRows(service, HolidaySchema.EntityName, HolidaySchema.SlaAgreementId, agreementId, HolidaySchema.Date)
                .Select(h => h.GetAttributeValue<DateTime?>(HolidaySchema.Date))
                .Where(date => date.HasValue)
                .Select(date => date!.Value.Date);
            var reasons = ChildRows(service, AgreedReasonSchema.EntityName, AgreedReasonSchema.SlaAgreementId, agreementId, AgreedReasonSchema.RejectionReasonId)
                .Select(r => r.GetAttributeValue<EntityReference>(AgreedReasonSchema.RejectionReasonId))
                .Where(reason => reason != null)
                .Select(reason => reason.Id);
            return From(row, holidays, reasons);
        }

        /// <summary>The agreement a row describes, with holidays (local dates) and the ids of its agreed reasons.</summary>
        /// <exception cref="InvalidPluginExecutionException">The agreement's calendar cannot be used; the message names each column and its fix.</exception>
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
                throw new InvalidPluginExecutionException(string.Format(CultureInfo.InvariantCulture,
                    "The SLA agreement '{0}' cannot be used until its business hours are corrected: {1}",
                    name, string.Join(" ", problems.Select(p => p.Message))));
            }

            var calendar = new BusinessCalendar(WorkingHours.Of(days, start, end), zone, holidays);
            return new SlaAgreement(row.Id, name, calendar, TermsOf(row), agreedReasonIds);
        }

        private static AgreementTerms TermsOf(Entity row) => new AgreementTerms
        {
            HandOverWithinHours = row.GetAttributeValue<int?>(SlaAgreementSchema.HandOverWithinHours),
            AcceptWithinHours = row.GetAttributeValue<int?>(SlaAgreementSchema.AcceptWithinHours),
            FirstContactWithinHours = row.GetAttributeValue<int?>(SlaAgreementSchema.FirstContactWithinHours),
            QualifyWithinDays = row.GetAttributeValue<int?>(SlaAgreementSchema.QualifyWithinDays),
            ReactivateAfterDays = row.GetAttributeValue<int?>(SlaAgreementSchema.ReactivateAfterDays),
            MinLeadsPerMonth = row.GetAttributeValue<int?>(SlaAgreementSchema.MinLeadsPerMonth),
            AtRiskPercent = row.GetAttributeValue<int?>(SlaAgreementSchema.AtRiskPercent),
        };

        private static IEnumerable<Entity> ChildRows(IOrganizationService service, string table, string agreementColumn, Guid agreementId, string column)
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(column) };
            query.Criteria.AddCondition(agreementColumn, ConditionOperator.Equal, agreementId);
            return service.RetrieveMultiple(query).Entities;
        }
    }
}
