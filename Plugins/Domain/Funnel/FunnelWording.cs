using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>The words business users know for stages and actors, used in refusal messages (each language's wording holds them).</summary>
    public static class FunnelWording
    {
        /// <summary>The stage as users call it, e.g. "MQL", "Nurturing": its label in the solution.</summary>
        public static Text NameOf(FunnelStage stage) => Text.Of(stage switch
        {
            FunnelStage.Inquiry => TextKey.StageInquiry,
            FunnelStage.Mql => TextKey.StageMql,
            FunnelStage.Sal => TextKey.StageSal,
            FunnelStage.Sql => TextKey.StageSql,
            FunnelStage.Won => TextKey.StageWon,
            FunnelStage.Nurture => TextKey.StageNurture,
            FunnelStage.Disqualified => TextKey.StageDisqualified,
            _ => TextKey.StageExcluded,
        });

        /// <summary>The actor as the subject of a sentence, e.g. "Sales", "Der Vertrieb".</summary>
        public static Text NameOf(FunnelActor actor) => Text.Of(actor switch
        {
            FunnelActor.System => TextKey.ActorSystem,
            FunnelActor.Marketing => TextKey.ActorMarketing,
            _ => TextKey.ActorSales,
        });

        /// <summary>The actor inside a sentence, e.g. "sales", "der Vertrieb".</summary>
        public static Text InSentence(FunnelActor actor) => Text.Of(actor switch
        {
            FunnelActor.System => TextKey.ActorSystemInSentence,
            FunnelActor.Marketing => TextKey.ActorMarketingInSentence,
            _ => TextKey.ActorSalesInSentence,
        });

        /// <summary>Actors inside a sentence, e.g. "the system or marketing".</summary>
        public static Text Listed(IEnumerable<FunnelActor> actors) => Text.Either(actors.Distinct().Select(InSentence));

        /// <summary>Stages inside a sentence, e.g. "Inquiry, MQL or Excluded".</summary>
        public static Text Listed(IEnumerable<FunnelStage> stages) => Text.Either(stages.Select(NameOf));
    }
}
