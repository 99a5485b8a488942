namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>
    /// The key of every text the plug-ins and workflow activities show a user. Each language's wording
    /// (<see cref="EnglishWording"/>, <see cref="GermanWording"/>) holds a template for every key, with the same
    /// placeholders; the wording tests fail when one lacks a key or a placeholder. Grouped by where the text is
    /// used; a new text goes into its group here and into every wording.
    /// </summary>
    public enum TextKey
    {
        // Building blocks.
        ListOr,
        FieldNamed,

        // Funnel: stages and who moves leads.
        StageInquiry,
        StageMql,
        StageSal,
        StageSql,
        StageWon,
        StageNurture,
        StageDisqualified,
        StageExcluded,
        ActorSystem,
        ActorMarketing,
        ActorSales,
        ActorSystemInSentence,
        ActorMarketingInSentence,
        ActorSalesInSentence,

        // Funnel: a refused move, "Who cannot move a lead from A to B: why. What instead."
        MoveRefused,
        OnlyActorsMayMove,

        // Funnel: when each agreed move happens, and how a user gets it done.
        WhenScoringHandsOver,
        HowScoringHandsOver,
        WhenMarketingHandsOver,
        HowMarketingHandsOver,
        WhenSalesAccepts,
        HowSalesAccepts,
        WhenSalesRejectsToNurture,
        WhenSalesRejectsToDisqualified,
        HowSalesRejects,
        WhenSalesQualifies,
        HowSalesQualifies,
        WhenSalesReturns,
        HowSalesReturns,
        WhenOpportunityWon,
        HowOpportunityWon,
        WhenOpportunityLost,
        HowOpportunityLost,
        WhenReactivationDue,
        HowReactivationDue,
        WhenBehaviourRequalifies,
        HowBehaviourRequalifies,
        WhenExclusionRuleMatches,
        HowExclusionRuleMatches,

        // Funnel: moves the table does not have.
        AlreadyAtStage,
        NothingToDo,
        WonIsFinal,
        WonIsFinalInstead,
        DisqualifiedIsFinal,
        DisqualifiedIsFinalInstead,
        ExcludedForGood,
        ExcludedForGoodInstead,
        NoWayBackToInquiry,
        NoWayBackToInquiryInstead,
        AcceptBeforeQualifying,
        AcceptBeforeQualifyingInstead,
        AcceptedOnlyReturned,
        AcceptedOnlyReturnedInstead,
        WonOnlyThroughOpportunity,
        WonOnlyThroughOpportunityInstead,
        HandOverBeforeAccepting,
        HandOverBeforeAcceptingInstead,
        NoSuchStep,
        MovesFromStage,

        // Funnel: what an allowed move needs.
        NotQualified,
        NotQualifiedInstead,
        NoExclusionReason,
        NoExclusionReasonInstead,
        MqlCriteriaNotMet,
        MqlCriteriaNotMetInstead,
        RequalificationNotMet,
        RequalificationNotMetInstead,
        ExcludedNeverHandedOver,
        ExcludedNeverHandedOverInstead,
        NoRejectionReason,
        NoRejectionReasonInstead,
        ReasonNoLongerAgreed,
        ReasonNoLongerAgreedInstead,
        ReasonRequiresComment,
        ReasonRequiresCommentInstead,
        ReasonDisqualifies,
        ReasonDisqualifiesRejectInstead,
        ReasonDisqualifiesReturnInstead,
        ReasonReturnsToNurturing,
        ReasonReturnsToNurturingInstead,
        NoReactivationDate,
        NoReactivationDateInstead,
        DueBackOn,
        DueBackOnInstead,
        ReasonNotListed,
        ReasonNotListedInstead,

        // Funnel: why a lead is excluded (lsla_exclusionreason, in the organization's language).
        ExcludedByTrait,
        ExcludedByEmailDomain,
        TraitExistingCustomer,
        TraitCompetitor,
        TraitPartner,
        TraitOwnStaff,

        // Funnel: refusals of the plug-in itself.
        HandOverWithoutAgreement,
        StepWithoutImage,

        // Every plug-in: faults it did not expect.
        StepCouldNotComplete,
        StepFailedUnexpectedly,

        // Scoring: the fixed words of lsla_scoreexplanation, in the scoring model's language.
        ExplanationFit,
        ExplanationNoRuleMatched,
        ExplanationBehaviour,
        ExplanationNoInteractionCounts,

        // Labels of the columns messages name, as the solution labels them.
        LabelLeadRejectionReason,
        LabelLeadRejectionComment,
        LabelLeadSlaAgreement,
        LabelAgreementIsDefault,
    }
}
