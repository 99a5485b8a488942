using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>The words business users know for stages and actors, used in refusal messages.</summary>
    public static class FunnelWording
    {
        /// <summary>The stage as users call it, e.g. "MQL".</summary>
        public static string NameOf(FunnelStage stage) => stage switch
        {
            FunnelStage.Mql => "MQL",
            FunnelStage.Sal => "SAL",
            FunnelStage.Sql => "SQL",
            _ => stage.ToString(),
        };

        /// <summary>The actor as the subject of a sentence, e.g. "Sales".</summary>
        public static string NameOf(FunnelActor actor) => actor == FunnelActor.System ? "The system" : actor.ToString();

        /// <summary>Actors inside a sentence, e.g. "the system or marketing".</summary>
        public static string Listed(IEnumerable<FunnelActor> actors) =>
            string.Join(" or ", actors.Distinct().Select(actor => NameOf(actor).ToLowerInvariant()));

        /// <summary>Stages inside a sentence, e.g. "MQL or Excluded".</summary>
        public static string Listed(IEnumerable<FunnelStage> stages) => string.Join(" or ", stages.Select(NameOf));

        /// <summary>A date as users read it in a message, e.g. "2 March 2026".</summary>
        public static string DateOf(DateTime date) =>
            date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    }
}
