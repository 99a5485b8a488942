using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>Every text in English. Names users know (stages, fields) are the solution's English labels.</summary>
    internal static class EnglishWording
    {
        /// <summary>Numbers and dates as written in English messages: the invariant culture ("2 March 2026", "1,234.5").</summary>
        public static IFormatProvider Format => CultureInfo.InvariantCulture;

        /// <summary>The templates by key.</summary>
        public static IReadOnlyDictionary<TextKey, string> Texts { get; } = new ReadOnlyDictionary<TextKey, string>(new Dictionary<TextKey, string>
        {
            [TextKey.ListOr] = "{0} or {1}",
            [TextKey.FieldNamed] = "{0} ({1})",

            [TextKey.StageInquiry] = "Inquiry",
            [TextKey.StageMql] = "MQL",
            [TextKey.StageSal] = "SAL",
            [TextKey.StageSql] = "SQL",
            [TextKey.StageWon] = "Won",
            [TextKey.StageNurture] = "Nurture",
            [TextKey.StageDisqualified] = "Disqualified",
            [TextKey.StageExcluded] = "Excluded",
            [TextKey.ActorSystem] = "The system",
            [TextKey.ActorMarketing] = "Marketing",
            [TextKey.ActorSales] = "Sales",
            [TextKey.ActorSystemInSentence] = "the system",
            [TextKey.ActorMarketingInSentence] = "marketing",
            [TextKey.ActorSalesInSentence] = "sales",

            [TextKey.MoveRefused] = "{0} cannot move a lead from {1} to {2}: {3}. {4}.",
            [TextKey.OnlyActorsMayMove] = "only {0} may make this move, when {1}",

            [TextKey.WhenScoringHandsOver] = "the lead meets the scoring model's grade and behaviour threshold",
            [TextKey.HowScoringHandsOver] = "Let scoring hand it over, or ask marketing to hand it over",
            [TextKey.WhenMarketingHandsOver] = "marketing hands the lead over to sales",
            [TextKey.HowMarketingHandsOver] = "Ask marketing to hand it over",
            [TextKey.WhenSalesAccepts] = "sales accepts the handed-over lead",
            [TextKey.HowSalesAccepts] = "Ask the lead's sales owner to accept it",
            [TextKey.WhenSalesRejectsToNurture] = "sales rejects the lead with an agreed reason that returns it to nurturing",
            [TextKey.WhenSalesRejectsToDisqualified] = "sales rejects the lead with an agreed reason that disqualifies it",
            [TextKey.HowSalesRejects] = "Ask the lead's sales owner to reject it with an agreed reason",
            [TextKey.WhenSalesQualifies] = "sales qualifies the lead and an opportunity is created",
            [TextKey.HowSalesQualifies] = "Ask the lead's sales owner to qualify it",
            [TextKey.WhenSalesReturns] = "sales returns the accepted lead with an agreed reason",
            [TextKey.HowSalesReturns] = "Ask the lead's sales owner to return it with an agreed reason",
            [TextKey.WhenOpportunityWon] = "the lead's opportunity is won",
            [TextKey.HowOpportunityWon] = "Close the lead's opportunity as won; the lead follows",
            [TextKey.WhenOpportunityLost] = "the lead's opportunity is lost",
            [TextKey.HowOpportunityLost] = "Close the lead's opportunity as lost; the lead follows",
            [TextKey.WhenReactivationDue] = "the lead's reactivation date is reached",
            [TextKey.HowReactivationDue] = "Wait for the reactivation date",
            [TextKey.WhenBehaviourRequalifies] = "the lead's behaviour meets the scoring model's threshold again",
            [TextKey.HowBehaviourRequalifies] = "Wait for the lead's behaviour to qualify it again",
            [TextKey.WhenExclusionRuleMatches] = "an exclusion rule (existing customer, competitor, partner, own staff) matches the lead",
            [TextKey.HowExclusionRuleMatches] = "Ask an administrator to add an exclusion rule that matches the lead",

            [TextKey.AlreadyAtStage] = "the lead is already at {0}",
            [TextKey.NothingToDo] = "Nothing needs to be done",
            [TextKey.WonIsFinal] = "a won lead is final",
            [TextKey.WonIsFinalInstead] = "Create a new lead or opportunity for new business with this customer",
            [TextKey.DisqualifiedIsFinal] = "a disqualified lead is final",
            [TextKey.DisqualifiedIsFinalInstead] = "Create a new lead if the prospect comes back with a real need",
            [TextKey.ExcludedForGood] = "an excluded lead is out of the process for good",
            [TextKey.ExcludedForGoodInstead] = "If it was excluded by mistake, ask an administrator to correct the exclusion rules and create the lead again",
            [TextKey.NoWayBackToInquiry] = "a lead that has been handed over does not go back to Inquiry, even when its score drops",
            [TextKey.NoWayBackToInquiryInstead] = "Ask sales to accept it, or to reject it with an agreed reason",
            [TextKey.AcceptBeforeQualifying] = "sales must accept a lead before qualifying it",
            [TextKey.AcceptBeforeQualifyingInstead] = "Accept the lead first, then qualify it",
            [TextKey.AcceptedOnlyReturned] = "a lead sales has accepted can only be returned to nurturing",
            [TextKey.AcceptedOnlyReturnedInstead] = "Return it to Nurture with an agreed reason",
            [TextKey.WonOnlyThroughOpportunity] = "a lead is won only when its opportunity is won",
            [TextKey.WonOnlyThroughOpportunityInstead] = "Qualify the lead first; when its opportunity is won, the lead follows",
            [TextKey.HandOverBeforeAccepting] = "a lead must be handed over as an MQL before sales can accept it",
            [TextKey.HandOverBeforeAcceptingInstead] = "Wait for marketing's hand-over, or ask marketing to hand it over",
            [TextKey.NoSuchStep] = "the funnel has no such step",
            [TextKey.MovesFromStage] = "From {0} a lead can move to {1}",

            [TextKey.NotQualified] = "the lead has not been qualified, so no opportunity exists",
            [TextKey.NotQualifiedInstead] = "Qualify the lead; it moves to SQL with its opportunity",
            [TextKey.NoExclusionReason] = "no exclusion reason was given",
            [TextKey.NoExclusionReasonInstead] = "Exclude leads through an exclusion rule, which records its reason",
            [TextKey.MqlCriteriaNotMet] = "the lead does not meet the scoring model's grade and behaviour threshold yet",
            [TextKey.MqlCriteriaNotMetInstead] = "Let scoring continue, or ask marketing to hand it over",
            [TextKey.RequalificationNotMet] = "the lead's behaviour does not meet the scoring model's threshold again yet",
            [TextKey.RequalificationNotMetInstead] = "Wait for its reactivation date or for more activity",
            [TextKey.ExcludedNeverHandedOver] = "the lead is excluded from the process ({0}) and excluded leads are never handed over",
            [TextKey.ExcludedNeverHandedOverInstead] = "Leave it out of the funnel, or ask an administrator to correct the exclusion rules if it should not be excluded",
            [TextKey.NoRejectionReason] = "no agreed rejection reason was given",
            [TextKey.NoRejectionReasonInstead] = "Choose one of the agreed rejection reasons in {0}",
            [TextKey.ReasonNoLongerAgreed] = "the rejection reason '{0}' is no longer agreed",
            [TextKey.ReasonNoLongerAgreedInstead] = "Choose an active agreed reason",
            [TextKey.ReasonRequiresComment] = "the reason '{0}' requires a comment",
            [TextKey.ReasonRequiresCommentInstead] = "Add a comment that explains the decision in {0}",
            [TextKey.ReasonDisqualifies] = "the reason '{0}' disqualifies the lead",
            [TextKey.ReasonDisqualifiesRejectInstead] = "Move it to Disqualified, or choose a reason that returns it to nurturing",
            [TextKey.ReasonDisqualifiesReturnInstead] = "Choose a reason that returns it to nurturing; an accepted lead cannot be disqualified",
            [TextKey.ReasonReturnsToNurturing] = "the reason '{0}' returns the lead to nurturing",
            [TextKey.ReasonReturnsToNurturingInstead] = "Move it to Nurture, or choose a reason that disqualifies it",
            [TextKey.NoReactivationDate] = "the lead has no reactivation date",
            [TextKey.NoReactivationDateInstead] = "Wait for its behaviour to qualify it again",
            [TextKey.DueBackOn] = "the lead is due back on {0:d MMMM yyyy} only",
            [TextKey.DueBackOnInstead] = "Wait until then, or for its behaviour to qualify it again",
            [TextKey.ReasonNotListed] = "the reason '{0}' is not one the agreement '{1}' lists",
            [TextKey.ReasonNotListedInstead] = "Choose a reason the agreement lists, or ask an administrator to add it to the agreement",

            [TextKey.ExcludedByTrait] = "{0} (marked as {1})",
            [TextKey.ExcludedByEmailDomain] = "{0} (e-mail domain {1})",
            [TextKey.TraitExistingCustomer] = "existing customer",
            [TextKey.TraitCompetitor] = "competitor",
            [TextKey.TraitPartner] = "partner",
            [TextKey.TraitOwnStaff] = "own staff",

            [TextKey.HandOverWithoutAgreement] = "The lead cannot be handed over: it names no {0} and no active agreement has {1} set to Yes. Choose the lead's agreement, or ask an administrator to mark one agreement as the default.",
            [TextKey.StepWithoutImage] = "The funnel step is registered without its '{0}' image. Ask an administrator to import the Lead SLA solution again.",

            [TextKey.StepCouldNotComplete] = "{0} could not complete: {1}",
            [TextKey.StepFailedUnexpectedly] = "{0} failed unexpectedly ({1}). Nothing was saved; please try again or give the correlation id {2} to your administrator.",

            [TextKey.ExplanationFit] = "Fit",
            [TextKey.ExplanationNoRuleMatched] = "no rule matched",
            [TextKey.ExplanationBehaviour] = "Behaviour",
            [TextKey.ExplanationNoInteractionCounts] = "no interaction counts",

            [TextKey.LabelLeadRejectionReason] = "Rejection Reason",
            [TextKey.LabelLeadRejectionComment] = "Rejection Comment",
            [TextKey.LabelLeadSlaAgreement] = "SLA Agreement",
            [TextKey.LabelAgreementIsDefault] = "Is Default",
        });
    }
}
