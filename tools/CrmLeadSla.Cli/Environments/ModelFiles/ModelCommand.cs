using System.CommandLine;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.Options;
using CrmLeadSla.Cli.Output;
using Microsoft.Xrm.Sdk;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments.ModelFiles;

/// <summary>
/// <c>leadsla model export --url URL [--name NAME] --out MODEL.json</c> and
/// <c>leadsla model import --url URL --file MODEL.json [--activate]</c>: a scoring model and its rules as a readable
/// JSON file, out of and into an environment or the local endpoint of <c>leadsla serve</c> (signed in as the other
/// environment commands are). Without <c>--url</c>, <c>--org local</c>: a local Dataverse for this command only.
/// </summary>
internal static class ModelCommand
{
    public static Command Create(OrganizationConnector connect)
    {
        var command = new Command(
            "model",
            UserLanguage.Pick(
                "Export a scoring model with its rules to readable JSON, or import one into an environment.",
                "Ein Bewertungsmodell mit seinen Regeln als lesbares JSON exportieren oder eines in eine Umgebung importieren."));
        command.Subcommands.Add(Export(connect));
        command.Subcommands.Add(Import(connect));
        command.WithExamples(
            new HelpExample("leadsla model export --url http://127.0.0.1:5555 --out current.json", "The active model of leadsla serve as JSON.", "Das aktive Modell von leadsla serve als JSON."),
            new HelpExample("leadsla model import --url http://127.0.0.1:5555 --file proposed.json --activate", "Import a model there and make it the active one.", "Ein Modell dort importieren und zum aktiven machen."));
        return command;
    }

    private static Option<string> OrgOption() => new Option<string>("--org")
    {
        Description = UserLanguage.Pick(
            $"Without --url: '{LocalConnector.Local}', a local Dataverse loaded from Solution/ for this command only (an import there is a dry run).",
            $"Ohne --url: '{LocalConnector.Local}', ein lokales Dataverse aus Solution/ nur für diesen Befehl (ein Import dort ist ein Probelauf)."),
        DefaultValueFactory = _ => LocalConnector.Local,
    }.AcceptOnly(LocalConnector.Local);

    private static Command Export(OrganizationConnector connect)
    {
        var connection = new EnvironmentConnection(UrlOption.Optional);
        var org = OrgOption();
        var name = new Option<string?>("--name")
        {
            Description = UserLanguage.Pick("The model to export (default: the active one).", "Das zu exportierende Modell (Standard: das aktive)."),
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = UserLanguage.Pick("Where the JSON is written.", "Wohin das JSON geschrieben wird."),
            Required = true,
        }.AcceptWritableFileOnly();
        var command = new Command(
            "export",
            UserLanguage.Pick("Write a scoring model and its rules to a JSON file.", "Ein Bewertungsmodell und seine Regeln in eine JSON-Datei schreiben."))
        {
            org, name, output,
        };
        Connect(command, connection, org);
        command.WithExamples(
            new HelpExample("leadsla model export --url http://127.0.0.1:5555 --out current.json", "The active model of leadsla serve.", "Das aktive Modell von leadsla serve."),
            new HelpExample("leadsla model export --url https://contoso.crm.dynamics.com --client-id APP-ID --name \"Lead SLA 2026\" --out 2026.json", "A model by name, from an environment.", "Ein Modell nach Namen, aus einer Umgebung."));
        command.SetAction(result =>
        {
            var model = InOrganization(result, connection, () => connect(result.GetValue(org)!), service => ModelRecords.Export(service, result.GetValue(name)));
            StagedFile.WriteAllText(result.GetValue(output)!.FullName, ModelJson.Write(model));
            result.InvocationConfiguration.Output.WriteLine(UserLanguage.Pick(
                $"Exported model '{model.Name}' with {model.Rules.Count:N0} rules.",
                $"Modell '{model.Name}' mit {model.Rules.Count:N0} Regeln exportiert."));
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Import(OrganizationConnector connect)
    {
        var connection = new EnvironmentConnection(UrlOption.Optional);
        var org = OrgOption();
        var file = new Option<FileInfo>("--file")
        {
            Description = UserLanguage.Pick("The model's JSON.", "Das JSON des Modells."),
            Required = true,
        };
        file.AcceptExistingOnly();
        var activate = new Option<bool>("--activate")
        {
            Description = UserLanguage.Pick("Make it the active model (the active one is deactivated).", "Es zum aktiven Modell machen (das aktive wird deaktiviert)."),
        };
        var command = new Command(
            "import",
            UserLanguage.Pick(
                "Create a scoring model and its rules from a JSON file, validated as the configuration plug-in validates.",
                "Ein Bewertungsmodell und seine Regeln aus einer JSON-Datei anlegen, geprüft wie das Konfigurations-Plug-in prüft."))
        {
            org, file, activate,
        };
        Connect(command, connection, org);
        command.WithExamples(
            new HelpExample("leadsla model import --url http://127.0.0.1:5555 --file proposed.json --activate", "Import into leadsla serve and make it the active model.", "In leadsla serve importieren und zum aktiven Modell machen."),
            new HelpExample("leadsla model import --file proposed.json", "Check a model against the configuration plug-in, changing nothing anywhere.", "Ein Modell gegen das Konfigurations-Plug-in prüfen, ohne irgendwo etwas zu ändern."));
        command.SetAction(result =>
        {
            // The file is read and validated before the organization is touched.
            var model = ModelJson.Read(File.ReadAllText(result.GetValue(file)!.FullName));
            var activated = result.GetValue(activate);
            var id = InOrganization(result, connection, () => connect(result.GetValue(org)!), service => ModelRecords.Import(service, model, activated));
            var where = connection.AddressIn(result) is Uri environment
                ? environment.GetLeftPart(UriPartial.Authority)
                : UserLanguage.Pick("the local Dataverse of this command, which ends with it", "dem lokalen Dataverse dieses Befehls, das mit ihm endet");
            result.InvocationConfiguration.Output.WriteLine(activated
                ? UserLanguage.Pick(
                    $"Imported model '{model.Name}' ({id}) with {model.Rules.Count:N0} rules into {where}; it is the active model there now.",
                    $"Modell '{model.Name}' ({id}) mit {model.Rules.Count:N0} Regeln in {where} importiert; es ist dort jetzt das aktive Modell.")
                : UserLanguage.Pick(
                    $"Imported model '{model.Name}' ({id}) with {model.Rules.Count:N0} rules into {where}, not active.",
                    $"Modell '{model.Name}' ({id}) mit {model.Rules.Count:N0} Regeln in {where} importiert, nicht aktiv."));
            return ExitCodes.Done;
        });
        return command;
    }

    private static void Connect(Command command, EnvironmentConnection connection, Option<string> org)
    {
        connection.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(org) is { Implicit: false } && connection.IsNamedIn(result))
            {
                result.AddError(UserLanguage.Pick(
                    "--org and --url exclude each other: --url names the environment, --org local a local Dataverse for this command only.",
                    "--org und --url schließen einander aus: --url nennt die Umgebung, --org local ein lokales Dataverse nur für diesen Befehl."));
            }
        });
    }

    // The environment --url names, through its Web API; without it the organization --org names.
    private static T InOrganization<T>(ParseResult result, EnvironmentConnection connection, Func<IOrganizationService> local, Func<IOrganizationService, T> work)
    {
        if (connection.AddressIn(result) is null)
        {
            return work(local());
        }

        using var client = connection.ClientFor(result);
        return work(new WebApiOrganizationService(client));
    }
}
