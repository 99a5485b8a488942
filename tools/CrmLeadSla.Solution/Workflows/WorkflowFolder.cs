using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Workflows;

/// <summary>
/// Reads the shipped classic workflows from Solution/Workflows/*.xml for <see cref="SolutionFolder.Load(string)"/> and checks
/// them against the rest of the solution: the table, the columns they read or watch, and the workflow activities they run must exist.
/// </summary>
internal static class WorkflowFolder
{
    /// <summary>The subfolder of the solution folder that holds the workflows.</summary>
    public const string FolderName = "Workflows";

    private static readonly string[] ConstantTypes = ["String", "Int32", "Boolean", "Decimal"];

    private static readonly string[] StepElements = ["wait", "activity", "condition", "runagain"];

    /// <summary>Reads every workflow of the solution folder, in file name order.</summary>
    /// <exception cref="SolutionSourceException">A workflow is malformed or names something the solution lacks.</exception>
    public static IReadOnlyList<ShippedWorkflow> Load(string solutionFolder, SolutionDefinition solution)
    {
        var folder = Path.Combine(solutionFolder, FolderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var workflows = new List<ShippedWorkflow>();
        foreach (var path in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var source = SourceFile.Load(solutionFolder, path);
            var workflow = Read(new WorkflowFile(source.Name, source.Root), solution);
            if (workflows.Any(w => w.Id == workflow.Id))
            {
                throw new SolutionSourceException(source.Name, null, null, $"the workflow id {workflow.Id} is used by another workflow.", "Give every workflow its own id.");
            }

            workflows.Add(workflow);
        }

        return workflows;
    }

    private static ShippedWorkflow Read(WorkflowFile file, SolutionDefinition solution)
    {
        var root = file.Root;
        if (root.Name != "workflow")
        {
            throw file.Error(root, $"the root element is <{root.Name}>.", "A workflow file holds one <workflow> element.");
        }

        file.AllowOnly(root, ["id", "entity", "mode", "scope", "runas", "stage", "ondemand", "subprocess", "oncreate", "onupdate"], ["label", .. StepElements]);
        var entity = file.Required(root, "entity");
        var table = solution.Metadata.FindTable(entity) ?? throw file.Error(root, $"the table '{entity}' does not exist.", "Name a table of the solution or a shipped standard table.");
        var onUpdate = ((string?)root.Attribute("onupdate") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var column in onUpdate)
        {
            RequireColumn(file, root, table, column);
        }

        var subprocess = file.Flag(root, "subprocess");
        var steps = ReadSteps(new StepScope(file, table, solution, subprocess, []), root.Elements().Where(e => e.Name != "label"));
        if (steps.Count == 0)
        {
            throw file.Error(root, "the workflow has no steps.", "Add <wait>, <activity> or <runagain> steps.");
        }

        return new ShippedWorkflow
        {
            Id = Guid.TryParse(file.Required(root, "id"), out var id) ? id : throw file.Error(root, "the id is not a GUID.", "Give the workflow a fixed GUID."),
            Name = file.Labels(root, solution.Languages, description: false),
            Description = file.Labels(root, solution.Languages, description: true),
            Entity = entity,
            Mode = file.Enum(root, "mode", WorkflowMode.Background),
            Scope = file.Enum(root, "scope", WorkflowScope.Organization),
            RunAs = file.Enum(root, "runas", WorkflowRunAs.Owner),
            Stage = file.Enum(root, "stage", WorkflowStage.After),
            OnDemand = file.Flag(root, "ondemand"),
            Subprocess = subprocess,
            TriggerOnCreate = file.Flag(root, "oncreate"),
            TriggerOnUpdate = onUpdate,
            Steps = steps,
        };
    }

    private static List<WorkflowStep> ReadSteps(StepScope scope, IEnumerable<XElement> elements) => [.. elements.Select(e => ReadStep(scope, e))];

    private static WorkflowStep ReadStep(StepScope scope, XElement element)
    {
        var (file, table, solution, subprocess, activities) = scope;
        switch (element.Name.LocalName)
        {
            case "condition":
                file.AllowOnly(element, ["name", "activity", "output", "column", "operator", "value"], StepElements);
                var then = ReadSteps(scope, element.Elements());
                if (then.Count == 0)
                {
                    throw file.Error(element, "the condition has no steps.", "Put the steps that run when it holds inside <condition>.");
                }

                var comparison = file.Enum(element, "operator", OutputComparison.Equal);
                if ((string?)element.Attribute("column") is { } tested)
                {
                    return element.Attribute("activity") is null && element.Attribute("output") is null
                        ? new ColumnCondition(file.Required(element, "name"), ConditionColumn(file, element, table, tested), comparison, file.Required(element, "value"), then)
                        : throw file.Error(element, "the condition tests a column and an activity's output at once.", "Keep either column=\"…\" or activity=\"…\" with output=\"…\".");
                }

                var activity = file.Required(element, "activity");
                return activities.Contains(activity)
                    ? new OutputCondition(file.Required(element, "name"), activity, file.Required(element, "output"), comparison, file.Required(element, "value"), then)
                    : throw file.Error(element, $"no earlier activity step is named '{activity}'.", "Name an <activity name=\"…\"> that comes before the condition.");
            case "wait":
                file.AllowOnly(element, ["until", "after"], []);
                var until = RequireColumn(file, element, table, file.Required(element, "until"));
                return until.Kind == ColumnKind.DateTime
                    ? new WaitUntil(until.LogicalName, element.Attribute("after") is null ? TimeSpan.Zero : file.Duration(element, "after"))
                    : throw file.Error(element, $"'{until.LogicalName}' is a {until.Kind} column; a wait needs a date.", "Wait until a DateTime column.");
            case "runagain":
                file.AllowOnly(element, ["after"], []);
                if (!subprocess)
                {
                    throw file.Error(element, "the workflow starts itself again, but is not available as a child workflow.", "Add subprocess=\"true\" to <workflow>.");
                }

                return new RunAgainAfter(file.Duration(element, "after"));
            default:
                file.AllowOnly(element, ["class", "name"], ["input", "refuseunless"]);
                var className = file.Required(element, "class");
                if (!solution.PluginAssemblies.SelectMany(a => a.Types).Any(t => t.TypeName == className && t.WorkflowActivityGroupName is not null))
                {
                    throw file.Error(element, $"the workflow activity '{className}' is not registered by any plug-in assembly of the solution.", "Register it in PluginAssemblies/<assembly>.xml with workflowactivitygroup, or correct the class name.");
                }

                var inputs = element.Elements("input").Select(i => ReadInput(file, i, table)).ToList();
                var refusal = element.Element("refuseunless");
                if (refusal is not null)
                {
                    file.AllowOnly(refusal, ["verdict", "message"], []);
                }

                var name = file.Required(element, "name");
                if (activities.Contains(name))
                {
                    throw file.Error(element, $"another activity step is named '{name}'.", "Give every activity step of the workflow its own name.");
                }

                activities.Add(name);
                return new RunActivity(className, name, inputs)
                {
                    RefuseUnless = refusal is null ? null : new ActivityVerdict(file.Required(refusal, "verdict"), file.Required(refusal, "message")),
                };
        }
    }

    private static ActivityInput ReadInput(WorkflowFile file, XElement element, TableDefinition table)
    {
        file.AllowOnly(element, ["argument", "column", "value", "type"], []);
        var argument = file.Required(element, "argument");
        var column = (string?)element.Attribute("column");
        var constant = (string?)element.Attribute("value");
        if ((column is null) == (constant is null))
        {
            throw file.Error(element, $"the input '{argument}' needs exactly one of column and value.", "Pass a column of the row (column=\"…\") or a constant (value=\"…\").");
        }

        if (column is not null)
        {
            RequireColumn(file, element, table, column);
            return new ActivityInput(argument, column, null);
        }

        var type = (string?)element.Attribute("type") ?? "String";
        return ConstantTypes.Contains(type)
            ? new ActivityInput(argument, null, constant, type)
            : throw file.Error(element, $"the type '{type}' is not one a constant can have.", $"Use one of: {string.Join(", ", ConstantTypes)}.");
    }

    // A condition on the row compares a column whose value a workflow can hold; a choice by its option value.
    private static string ConditionColumn(WorkflowFile file, XElement element, TableDefinition table, string name)
    {
        var column = RequireColumn(file, element, table, name);
        if (column.Kind is ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status
            && !(int.TryParse((string?)element.Attribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var option) && column.OptionSet!.Allows(option)))
        {
            throw file.Error(element, $"the value '{(string?)element.Attribute("value")}' is not an option of '{name}'.", $"Compare with one of its option values: {string.Join(", ", column.OptionSet!.Options.Select(o => o.Value))}.");
        }

        return column.Kind is ColumnKind.Memo or ColumnKind.MultiSelectPicklist or ColumnKind.Uniqueidentifier or ColumnKind.EntityName
            ? throw file.Error(element, $"'{name}' is a {column.Kind} column, which a condition cannot compare.", "Test a text, number, date, yes/no or choice column.")
            : column.LogicalName;
    }

    private static ColumnDefinition RequireColumn(WorkflowFile file, XElement element, TableDefinition table, string column) =>
        table.Column(column) ?? throw file.Error(element, $"the table '{table.LogicalName}' has no column '{column}'.", "Name a column of the table (Tables/<table>.xml).");

    // What a step is read against: its file, the workflow's table, the solution, and the activity steps named so far.
    private sealed record StepScope(WorkflowFile File, TableDefinition Table, SolutionDefinition Solution, bool Subprocess, List<string> Activities);

    private sealed record WorkflowFile(string Name, XElement Root)
    {
        public SolutionSourceException Error(XElement element, string problem, string fix)
        {
            var line = (IXmlLineInfo)element;
            return new SolutionSourceException(Name, line.HasLineInfo() ? line.LineNumber : null, $"<{element.Name}>", problem, fix);
        }

        public void AllowOnly(XElement element, string[] attributes, string[] children)
        {
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && !attributes.Contains(a.Name.LocalName)))
            {
                throw Error(element, $"'{attribute.Name}' is not an attribute of <{element.Name}>.", attributes.Length == 0 ? "Remove it." : $"Use one of: {string.Join(", ", attributes)}.");
            }

            foreach (var child in element.Elements().Where(c => !children.Contains(c.Name.LocalName)))
            {
                throw Error(child, $"<{child.Name}> is not allowed in <{element.Name}>.", children.Length == 0 ? "Remove it." : $"Use one of: {string.Join(", ", children.Select(c => "<" + c + ">"))}.");
            }
        }

        public string Required(XElement element, string attribute) =>
            (string?)element.Attribute(attribute) is { Length: > 0 } value ? value : throw Error(element, $"'{attribute}' is missing.", $"Add {attribute}=\"…\".");

        public bool Flag(XElement element, string attribute) =>
            (string?)element.Attribute(attribute) switch
            {
                null or "false" => false,
                "true" => true,
                var other => throw Error(element, $"'{attribute}' is '{other}'.", "Write true or false."),
            };

        public T Enum<T>(XElement element, string attribute, T fallback)
            where T : struct, System.Enum =>
            (string?)element.Attribute(attribute) is not { } text ? fallback
            : System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0]) ? value
            : throw Error(element, $"'{attribute}' is '{text}'.", $"Use one of: {string.Join(", ", System.Enum.GetNames<T>())}.");

        public TimeSpan Duration(XElement element, string attribute)
        {
            var text = Required(element, attribute);
            try
            {
                var duration = XmlConvert.ToTimeSpan(text);
                return duration > TimeSpan.Zero ? duration : throw Error(element, $"'{attribute}' is not a positive duration.", "Write an ISO 8601 duration such as P1D.");
            }
            catch (FormatException)
            {
                throw Error(element, $"'{attribute}' is '{text}', which is not an ISO 8601 duration.", "Write a duration such as P1D (one day) or PT12H.");
            }
        }

        public LocalizedText Labels(XElement element, IReadOnlyList<int> languages, bool description)
        {
            var texts = new Dictionary<int, string>();
            foreach (var label in element.Elements("label"))
            {
                AllowOnly(label, ["lcid", "description"], []);
                var lcid = int.TryParse(Required(label, "lcid"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : throw Error(label, "'lcid' is not a language code.", "Write a code such as 1033.");
                var text = description ? (string?)label.Attribute("description") : label.Value.Trim();
                if (!string.IsNullOrWhiteSpace(text))
                {
                    texts[lcid] = text;
                }
            }

            var missing = languages.Where(l => !texts.ContainsKey(l)).ToList();
            return missing.Count == 0
                ? new LocalizedText(texts)
                : throw Error(element, $"the {(description ? "description" : "name")} is missing in language {string.Join(", ", missing)}.", $"Add <label lcid=\"{missing[0]}\" description=\"…\">…</label>.");
        }
    }
}
