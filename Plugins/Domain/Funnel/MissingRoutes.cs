namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Explains a move that the table does not have at all, in the terms of the funnel.</summary>
    public static class MissingRoutes
    {
        /// <summary>Why there is no such move from one stage to another, and what leads there instead.</summary>
        public static Refusal Explain(FunnelStage from, FunnelStage to)
        {
            if (from == to)
            {
                return new Refusal($"the lead is already at {FunnelWording.NameOf(to)}", "Nothing needs to be done");
            }

            switch (from)
            {
                case FunnelStage.Won:
                    return new Refusal("a won lead is final", "Create a new lead or opportunity for new business with this customer");
                case FunnelStage.Disqualified:
                    return new Refusal("a disqualified lead is final", "Create a new lead if the prospect comes back with a real need");
                case FunnelStage.Excluded:
                    return new Refusal("an excluded lead is out of the process for good",
                        "If it was excluded by mistake, ask an administrator to correct the exclusion rules and create the lead again");
                case FunnelStage.Mql when to == FunnelStage.Inquiry:
                    // No flapping: once handed over, a lead stays with sales until they decide, whatever its score does.
                    return new Refusal("a lead that has been handed over does not go back to Inquiry, even when its score drops",
                        "Ask sales to accept it, or to reject it with an agreed reason");
                case FunnelStage.Mql when to == FunnelStage.Sql:
                    return new Refusal("sales must accept a lead before qualifying it", "Accept the lead first, then qualify it");
                case FunnelStage.Sal when to == FunnelStage.Disqualified:
                    return new Refusal("a lead sales has accepted can only be returned to nurturing",
                        "Return it to Nurture with an agreed reason");
            }

            if (to == FunnelStage.Won)
            {
                return new Refusal("a lead is won only when its opportunity is won",
                    "Qualify the lead first; when its opportunity is won, the lead follows");
            }

            if (to == FunnelStage.Sal || to == FunnelStage.Sql)
            {
                return new Refusal("a lead must be handed over as an MQL before sales can accept it",
                    "Wait for marketing's hand-over, or ask marketing to hand it over");
            }

            return new Refusal("the funnel has no such step",
                $"From {FunnelWording.NameOf(from)} a lead can move to {FunnelWording.Listed(FunnelMoves.TargetsFrom(from))}");
        }
    }
}
