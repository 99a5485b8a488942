using System;

namespace CrmLeadSla.Plugins.Domain.Languages
{
    /// <summary>
    /// An error meant for the user, thrown before the user's language is known: the entry of a plug-in or workflow
    /// activity words <see cref="Text"/> in the calling user's language and throws it as the platform's
    /// InvalidPluginExecutionException. Thrown anywhere else it still carries the English text as its message.
    /// </summary>
    public sealed class UserMessageException : Exception
    {
        /// <summary>An error with the text the user reads.</summary>
        public UserMessageException(Text text)
            : base((text ?? throw new ArgumentNullException(nameof(text))).In(Language.English))
        {
            Text = text;
        }

        /// <summary>What the user reads, in any language.</summary>
        public Text Text { get; }
    }
}
