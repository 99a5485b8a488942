using System.CommandLine;

namespace CrmLeadSla.Cli.ModelFiles;

/// <summary>
/// <c>leadsla model export --org ORG [--name NAME] --out MODEL.json</c> and
/// <c>leadsla model import --org ORG --file MODEL.json [--activate]</c>: a scoring model and its rules as a readable
/// JSON file, in and out of an organization.
/// </summary>
internal static class ModelCommand
{
    public static Command Create(OrganizationConnector connect)
    {
        var command = new Command("model", "Export a scoring model with its rules to readable JSON, or import one into an organization.");
        command.Subcommands.Add(Export(connect));
        command.Subcommands.Add(Import(connect));
        command.WithExamples(new HelpExample("leadsla model export --out model.json", "The active model as JSON.", "Das aktive Modell als JSON."));
        return command;
    }

    private static Option<string> OrgOption() => new("--org")
    {
        Description = $"The organization: '{LocalConnector.Local}' for a local Dataverse loaded from Solution/ for this run.",
        DefaultValueFactory = _ => LocalConnector.Local,
    };

    private static Command Export(OrganizationConnector connect)
    {
        var org = OrgOption();
        var name = new Option<string?>("--name") { Description = "The model to export (default: the active one)." };
        var output = new Option<FileInfo>("--out") { Description = "Where the JSON is written.", Required = true };
        var command = new Command("export", "Write a scoring model and its rules to a JSON file.") { org, name, output };
        command.WithExamples(new HelpExample("leadsla model export --out model.json", "The active model as JSON.", "Das aktive Modell als JSON."));
        command.SetAction(result =>
        {
            var model = ModelRecords.Export(connect(result.GetValue(org)!), result.GetValue(name));
            File.WriteAllText(result.GetValue(output)!.FullName, ModelJson.Write(model));
            Console.WriteLine($"Exported model '{model.Name}' with {model.Rules.Count} rules.");
        });
        return command;
    }

    private static Command Import(OrganizationConnector connect)
    {
        var org = OrgOption();
        var file = new Option<FileInfo>("--file") { Description = "The model's JSON.", Required = true };
        var activate = new Option<bool>("--activate") { Description = "Make it the active model (the active one is deactivated)." };
        var command = new Command("import", "Create a scoring model and its rules from a JSON file, validated as the configuration plug-in validates.") { org, file, activate };
        command.WithExamples(new HelpExample("leadsla model import --file model.json --activate", "Import a model and make it the active one.", "Ein Modell importieren und zum aktiven machen."));
        command.SetAction(result =>
        {
            var model = ModelJson.Read(File.ReadAllText(result.GetValue(file)!.FullName));
            var id = ModelRecords.Import(connect(result.GetValue(org)!), model, result.GetValue(activate));
            Console.WriteLine($"Imported model '{model.Name}' ({id}) with {model.Rules.Count} rules{(result.GetValue(activate) ? "; it is now the active model" : string.Empty)}.");
        });
        return command;
    }
}
