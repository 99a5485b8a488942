extern alias workflows;
using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.SandboxHarness.Output;
using CrmLeadSla.SandboxHarness.Pipeline;
using Microsoft.Xrm.Sdk;
using FromWorkflows = workflows::CrmLeadSla.Plugins;

namespace CrmLeadSla.SandboxHarness.Cases
{
    /// <summary>
    /// What of the workflow assembly runs outside a workflow host. Its activities derive from System.Activities'
    /// CodeActivity, which Mono does not have, so the harness only tries to create each registered activity and
    /// reports the outcome. What the activities delegate to is compiled into the same assembly and needs no
    /// System.Activities: the agreement's reading and business calendar (CalculateSlaDueDate) and the judgement
    /// of a rejection (ValidateRejection, ReturnLeadToNurturing). Those run here, from the workflow assembly's
    /// own copy, over the harness's organization service.
    /// </summary>
    internal static class WorkflowAssemblyCases
    {
        private static readonly Guid AgreementId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e410");
        private static readonly Guid NoBudgetId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e411");
        private static readonly Guid WrongRegionId = new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e412");

        // Maundy Thursday 2026, 16:00 in Germany: Good Friday and Easter Monday are the agreement's holidays.
        private static readonly DateTime HandedOverOn = new DateTime(2026, 4, 2, 14, 0, 0, DateTimeKind.Utc);

        public static IReadOnlyList<CaseReport> Run(Registrations registrations)
        {
            var organization = new SandboxOrganization();
            foreach (var row in AgreementRows())
            {
                organization.Add(row);
            }

            return new[]
            {
                Guarded("workflow-due-date", () => DueDate(organization)),
                Guarded("workflow-rejection", () => Rejections(organization)),
                Activities(registrations),
            };
        }

        // A refusal (e.g. an agreement whose time zone the runtime does not know) or a request the harness does not
        // answer is the case's result, not the end of the run.
        private static CaseReport Guarded(string caseName, Func<CaseReport> run)
        {
            try
            {
                return run();
            }
            catch (Exception exception) when (!(exception is OutOfMemoryException))
            {
                return new CaseReport(caseName) { { "error", exception.GetType().Name + ": " + exception.Message } };
            }
        }

        // CalculateSlaDueDate's work: the agreement read with its holidays and reasons, 8 business hours added.
        private static CaseReport DueDate(SandboxOrganization organization)
        {
            organization.ForgetRequests();
            var agreement = FromWorkflows.Sla.SlaAgreementRecord.Read(organization, AgreementId);
            return new CaseReport("workflow-due-date")
            {
                { "agreement", agreement.Name },
                { "start", HandedOverOn },
                { "businessHours", 8 },
                { "dueOn", agreement.Calendar.DueAfter(HandedOverOn, TimeSpan.FromHours(8)) },
                { "requests", organization.Requests.ToList() },
            };
        }

        // ValidateRejection's judgement of sales rejecting an MQL: an agreed reason and one the agreement does not list,
        // the refusal in English and in German (the wording is compiled into the assembly, whatever the server's culture).
        private static CaseReport Rejections(SandboxOrganization organization)
        {
            organization.ForgetRequests();
            var agreement = FromWorkflows.Sla.SlaAgreementRecord.Read(organization, AgreementId);
            var judgements = new[] { NoBudgetId, WrongRegionId }.Select(reasonId =>
            {
                var reason = FromWorkflows.Sla.RejectionReasonRecord.Read(organization, reasonId);
                var request = FromWorkflows.Domain.Funnel.AgreedRejection.RequestFor(FromWorkflows.Domain.Funnel.FunnelStage.Mql, reason, "Budget erst 2027", HandedOverOn);
                var decision = FromWorkflows.Domain.Funnel.AgreedRejection.Decide(request, agreement);
                return new[]
                {
                    new KeyValuePair<string, object?>("reason", reason.Name),
                    new KeyValuePair<string, object?>("to", decision.Move?.Change.To.ToString()),
                    new KeyValuePair<string, object?>("reactivateOn", decision.Move?.ReactivateOn),
                    new KeyValuePair<string, object?>("refusal", decision.Refusal?.In(FromWorkflows.Domain.Languages.Language.English, FromWorkflows.Schema.FieldColumns.ColumnOf)),
                    new KeyValuePair<string, object?>("refusalInGerman", decision.Refusal?.In(FromWorkflows.Domain.Languages.Language.German, FromWorkflows.Schema.FieldColumns.ColumnOf)),
                };
            }).ToList();
            return new CaseReport("workflow-rejection")
            {
                { "judgements", judgements },
                { "requests", organization.Requests.ToList() },
            };
        }

        // The platform creates each registered activity by name; on Mono this needs System.Activities.
        private static CaseReport Activities(Registrations registrations)
        {
            var assembly = typeof(FromWorkflows.Sla.SlaAgreementRecord).Assembly;
            var outcomes = registrations.WorkflowActivityTypes().Select(name =>
            {
                string? failure = null;
                try
                {
                    Activator.CreateInstance(assembly.GetType(name, throwOnError: true)!);
                }
                catch (Exception exception) when (!(exception is OutOfMemoryException))
                {
                    failure = Innermost(exception);
                }

                return new[]
                {
                    new KeyValuePair<string, object?>("type", name),
                    new KeyValuePair<string, object?>("created", failure == null),
                    new KeyValuePair<string, object?>("failure", failure),
                };
            }).ToList();
            return new CaseReport("workflow-activities") { { "activities", outcomes } };
        }

        private static string Innermost(Exception exception)
        {
            while (exception.InnerException != null)
            {
                exception = exception.InnerException;
            }

            return exception.GetType().Name + ": " + exception.Message;
        }

        private static IEnumerable<Entity> AgreementRows()
        {
            yield return new Entity(SlaAgreementSchema.EntityName, AgreementId)
            {
                [SlaAgreementSchema.Name] = "Vertrieb DACH",
                [SlaAgreementSchema.TimeZone] = "W. Europe Standard Time",
                [SlaAgreementSchema.WorkdayStart] = 8 * 60,
                [SlaAgreementSchema.WorkdayEnd] = 17 * 60,
                [SlaAgreementSchema.WorkingDays] = new OptionSetValueCollection(new[]
                {
                    WorkingDay.Monday, WorkingDay.Tuesday, WorkingDay.Wednesday, WorkingDay.Thursday, WorkingDay.Friday,
                }.Select(day => new OptionSetValue((int)day)).ToList()),
                [SlaAgreementSchema.HandOverWithinHours] = 4,
                [SlaAgreementSchema.AcceptWithinHours] = 8,
                [SlaAgreementSchema.ReactivateAfterDays] = 90,
            };
            yield return Holiday(1, "Karfreitag", new DateTime(2026, 4, 3));
            yield return Holiday(2, "Ostermontag", new DateTime(2026, 4, 6));
            yield return new Entity(AgreedReasonSchema.EntityName, new Guid("0c6d7e1f-2a3b-4c5d-8e9f-a0b1c2d3e420"))
            {
                [AgreedReasonSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, AgreementId),
                [AgreedReasonSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, NoBudgetId),
            };
            yield return Reason(NoBudgetId, "Kein Budget in diesem Jahr", RejectionOutcome.Nurture);
            yield return Reason(WrongRegionId, "Falsche Region", RejectionOutcome.Disqualify);
        }

        private static Entity Holiday(int number, string name, DateTime date) =>
            new Entity(HolidaySchema.EntityName, new Guid(0x0c6d7e1f, 0x2a3b, 0x4c5d, 0x8e, 0x9f, 0xa0, 0xb1, 0xc2, 0xd3, 0xe3, (byte)number))
            {
                [HolidaySchema.Name] = name,
                [HolidaySchema.Date] = date,
                [HolidaySchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, AgreementId),
            };

        private static Entity Reason(Guid id, string name, RejectionOutcome outcome) =>
            new Entity(RejectionReasonSchema.EntityName, id)
            {
                [RejectionReasonSchema.Name] = name,
                [RejectionReasonSchema.Outcome] = new OptionSetValue((int)outcome),
                [RejectionReasonSchema.IsActive] = true,
            };
    }
}
