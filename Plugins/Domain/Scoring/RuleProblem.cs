using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// Why a rule or a model cannot be saved: the field at fault and a message that says what is wrong and how to fix
    /// it, in words a business user understands, worded in the reader's language.
    /// </summary>
    public sealed record RuleProblem(Field Field, Text Message)
    {
        /// <summary>A problem of the field, said by the text with the key and arguments.</summary>
        public static RuleProblem Of(Field field, TextKey key, params object?[] arguments) =>
            new RuleProblem(field ?? throw new ArgumentNullException(nameof(field)), Text.Of(key, arguments));

        /// <summary>
        /// The problems' messages in English, one after the other: for traces and exceptions no user reads. Fields are
        /// named by label, and by column too where the edge gives <paramref name="columnOf"/>.
        /// </summary>
        public static string InEnglish(IEnumerable<RuleProblem> problems, Func<Field, string>? columnOf = null) =>
            string.Join(" ", problems.Select(problem => problem.Message.In(Language.English, columnOf)));
    }
}
