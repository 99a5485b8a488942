using System;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// Writes one lsla_stagetransition row per move, in the transaction of the move: when (the operation's time), by
    /// whom, the lead index after the save and, for a rejection or return, reason and comment. A user's own move is
    /// changed by that user; a move the system made is changed by SYSTEM (the user the save ran as, or, in a user's
    /// own save, SYSTEM as WhoAmI names it through the SYSTEM service) and triggered by the user who started the operation.
    /// </summary>
    public sealed class StageHistory
    {
        private const string SystemUserTable = "systemuser";

        private readonly PluginStepContext step;
        private readonly RowOwner? owner;
        private readonly Guid leadId;
        private Guid? mover;

        /// <summary>
        /// The history of the lead the step saves (or of <paramref name="leadId"/>, for a step on another table), its rows
        /// owned by <paramref name="owner"/> (the lead's owner) when given.
        /// </summary>
        public StageHistory(PluginStepContext step, RowOwner? owner = null, Guid? leadId = null)
        {
            this.step = step ?? throw new ArgumentNullException(nameof(step));
            this.owner = owner;
            this.leadId = leadId ?? step.Execution.PrimaryEntityId;
        }

        /// <summary>
        /// The row of a new lead entering the funnel at <paramref name="stage"/>, from nowhere: its creator's — SYSTEM when
        /// a plug-in or workflow created it as SYSTEM, else the user who created it.
        /// </summary>
        public void WriteEntry(FunnelStage stage, DecidedMove decided) =>
            Write(Row(null, stage, decided.LeadIndex, StepActor.SavesForAnother(step)));

        /// <summary>The row of the move the save made: the system's (<see cref="DecidedMove.BySystem"/>) or the user's.</summary>
        public void WriteMove(StageChange change, DecidedMove decided)
        {
            var row = Row(change.From, change.To, decided.LeadIndex, decided.BySystem);
            if (decided.ReasonId is System.Guid reasonId)
            {
                row[StageTransitionSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, reasonId);
                row[StageTransitionSchema.Comment] = decided.Comment;
            }

            if (decided.AgreementId is Guid agreementId)
            {
                // The agreement the move was made under: marketing's figures count hand-overs from here, not from the lead.
                row[StageTransitionSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, agreementId);
            }

            Write(row);
        }

        /// <summary>
        /// The row of an administrator's correction of the lead's measured columns: the stage it stands at, from and to,
        /// changed by the user who corrected, the columns with their old and new values as the comment.
        /// </summary>
        public void WriteCorrection(FunnelStage stage, string correction) => WriteNote("Correction", stage, correction);

        /// <summary>
        /// The row of a reassignment of the lead while clocks were open: the stage it stands at, from and to, changed by the
        /// user who assigned it, the owners and the open clocks as the comment.
        /// </summary>
        public void WriteReassignment(FunnelStage stage, string reassignment) => WriteNote("Reassigned", stage, reassignment);

        /// <summary>
        /// The row of a pause or resume of sales' clocks because the lead waits on the customer (or no longer does): the stage
        /// it stands at, from and to, changed by the user who saved, the clocks with their due times as the comment.
        /// </summary>
        public void WriteWait(FunnelStage stage, CustomerWaitNote wait)
        {
            if (wait == null)
            {
                throw new ArgumentNullException(nameof(wait));
            }

            WriteNote(wait.Paused ? "Paused" : "Resumed", stage, (wait.Paused ? "Waiting on the customer. " : "No longer waiting on the customer. ") + wait.Clocks);
        }

        // A row that records something other than a move: from and to the stage the lead stands at, the user's own.
        private void WriteNote(string title, FunnelStage stage, string comment)
        {
            var row = Row(stage, stage, null, bySystem: false);
            row[StageTransitionSchema.Name] = $"{title}: {FunnelWording.NameOf(stage)}";
            row[StageTransitionSchema.Comment] = comment;
            Write(row);
        }

        private Entity Row(FunnelStage? from, FunnelStage to, string? leadIndex, bool bySystem)
        {
            var row = new Entity(StageTransitionSchema.EntityName)
            {
                [StageTransitionSchema.Name] = from is FunnelStage left ? $"{FunnelWording.NameOf(left)} → {FunnelWording.NameOf(to)}" : $"New lead: {FunnelWording.NameOf(to)}",
                [StageTransitionSchema.LeadId] = new EntityReference(LeadSchema.EntityName, leadId),
                [StageTransitionSchema.ToStage] = new OptionSetValue((int)to),
                [StageTransitionSchema.ChangedOn] = step.OperationTime,
                [StageTransitionSchema.LeadIndex] = leadIndex,
            };
            if (owner != null)
            {
                row["ownerid"] = new EntityReference(owner.Table, owner.Id);
            }

            var initiating = step.Execution.InitiatingUserId;
            var changedBy = bySystem ? Mover() : initiating;
            row[StageTransitionSchema.ChangedBy] = new EntityReference(SystemUserTable, changedBy);
            if (changedBy != initiating)
            {
                row[StageTransitionSchema.TriggeredBy] = new EntityReference(SystemUserTable, initiating);
            }

            if (from is FunnelStage before)
            {
                row[StageTransitionSchema.FromStage] = new OptionSetValue((int)before);
            }

            return row;
        }

        // The system's mover: the user the save runs as when that is not the one who started it (a plug-in or workflow
        // writing as SYSTEM); in a user's own save, SYSTEM itself — one WhoAmI through the SYSTEM service, asked once.
        private Guid Mover()
        {
            if (mover is Guid known)
            {
                return known;
            }

            var execution = step.Execution;
            mover = execution.UserId != execution.InitiatingUserId
                ? execution.UserId
                : (Guid)step.SystemService.Execute(new OrganizationRequest("WhoAmI")).Results["UserId"];
            return mover.Value;
        }

        private void Write(Entity row)
        {
            step.SystemService.Create(row);
            step.Trace("Stage history: {0}", row.GetAttributeValue<string>(StageTransitionSchema.Name));
        }
    }
}
