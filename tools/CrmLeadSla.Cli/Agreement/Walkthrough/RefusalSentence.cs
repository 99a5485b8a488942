using System.Text.RegularExpressions;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Agreement.Walkthrough;

/// <summary>
/// A refusal of the organization as a business user reads it: a missing privilege becomes who may not do what to which
/// table (by its display name), a plug-in's refusal stays as the plug-in words it — that is already the funnel's
/// sentence. The privilege's name stays at the end for the administrator who changes the roles.
/// </summary>
internal static partial class RefusalSentence
{
    private const int German = 1031;
    private const int English = 1033;

    /// <summary>The sentence for <paramref name="fault"/>; <paramref name="nameOf"/> names the user it was refused to.</summary>
    public static string Of(OrganizationServiceFault fault, Func<Guid, string?> nameOf, MetadataModel metadata)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(metadata);
        var missing = MissingPrivilege().Match(fault.Message);
        if (!missing.Success)
        {
            return fault.Message;
        }

        var user = Guid.TryParse(missing.Groups["user"].Value, out var id) && nameOf(id) is { Length: > 0 } known ? known : UserLanguage.Pick("The user", "Der Benutzer");
        var privilege = missing.Groups["privilege"].Value;
        var logicalName = missing.Groups["table"].Value;
        var table = metadata.FindTable(logicalName)?.DisplayName.In(UserLanguage.IsGerman ? German : English) is { Length: > 0 } name ? name : logicalName;
        var (english, german) = missing.Groups["action"].Value switch
        {
            "Create" => ("create", "anlegen"),
            "Read" => ("read", "lesen"),
            "Write" => ("change", "ändern"),
            "Delete" => ("delete", "löschen"),
            "Assign" => ("assign", "zuweisen"),
            "Share" => ("share", "freigeben"),
            "AppendTo" => ("link other rows to", "mit anderen Zeilen verknüpfen"),
            _ => ("link to other rows", "mit anderen Zeilen verknüpfen"),
        };
        return UserLanguage.Pick(
            $"{user} may not {english} rows of '{table}': none of their security roles allows it ({privilege}).",
            $"{user} darf keine Zeilen von '{table}' {german}: keine der Sicherheitsrollen erlaubt es ({privilege}).");
    }

    // Dataverse's wording: "Principal user (Id=…, type=8, …), is missing prvCreatelsla_scoringmodel privilege (Id=…)".
    [GeneratedRegex(@"Principal user \(Id=(?<user>[0-9a-fA-F-]{36}).*?is missing (?<privilege>prv(?<action>Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(?<table>\w+)) privilege", RegexOptions.CultureInvariant)]
    private static partial Regex MissingPrivilege();
}
