using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>A <c>Microsoft.Xrm.Sdk.Workflow.WorkflowPropertyType</c> member, the first item of a CreateCrmType's parameters.</summary>
/// <param name="Name">String, Integer, Boolean, Decimal, Float, DateTime, Guid, EntityReference, OptionSetValue, Money.</param>
internal sealed record PropertyTypeName(string Name);

/// <summary>
/// Compiles the Visual Basic of workflow expressions — the closed subset the classic designer writes, nothing more:
/// literals (strings, numbers, True, False, Nothing); the workflow's variables; <c>InputEntities("…")</c> and
/// <c>CreatedEntities("…")</c>; <c>.Id</c>, <c>.Value</c>, <c>.ToUniversalTime()</c>, <c>.AddDays/AddHours/AddMinutes(n)</c>;
/// <c>DateTime.UtcNow</c>, <c>DateTime.MaxValue</c>, <c>DateTime.MinValue</c>; <c>DirectCast(x, Type)</c>;
/// <c>New Guid("…")</c>, <c>New Entity("…")</c>, <c>New EntityReference(…)</c>, <c>New Object() { … }</c>,
/// <c>New InvalidPluginExecutionException(…)</c>; <c>IIf</c>, <c>IsNothing</c>; <c>Not</c>, <c>And</c>, <c>Or</c>,
/// <c>AndAlso</c>, <c>OrElse</c> and the comparisons; <c>OperationStatus.…</c> and <c>WorkflowPropertyType.…</c>.
/// Keywords and names are matched without regard to case, as Visual Basic does.
/// </summary>
internal sealed class VisualBasicParser
{
    private static readonly Dictionary<string, Type> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Guid"] = typeof(Guid),
        ["String"] = typeof(string),
        ["Boolean"] = typeof(bool),
        ["Int32"] = typeof(int),
        ["Integer"] = typeof(int),
        ["Decimal"] = typeof(decimal),
        ["Double"] = typeof(double),
        ["DateTime"] = typeof(DateTime),
        ["Object"] = typeof(object),
        ["Entity"] = typeof(Entity),
        ["EntityReference"] = typeof(EntityReference),
        ["OptionSetValue"] = typeof(OptionSetValue),
        ["Money"] = typeof(Money),
        ["InvalidPluginExecutionException"] = typeof(InvalidPluginExecutionException),
    };

    private static readonly Type[] Constructible = [typeof(Guid), typeof(Entity), typeof(EntityReference), typeof(InvalidPluginExecutionException)];

    private static readonly string[] TypeNamespaces = ["System.", "Microsoft.Xrm.Sdk."];

    private static readonly string[] PropertyTypes = ["String", "Integer", "Boolean", "Decimal", "Float", "DateTime", "Guid", "EntityReference", "OptionSetValue", "Money"];

    private readonly IReadOnlySet<string> variables;
    private readonly List<VisualBasicToken> tokens;
    private int at;

    private VisualBasicParser(string text, IReadOnlySet<string> variables)
    {
        tokens = VisualBasicTokens.Of(text);
        this.variables = variables;
    }

    /// <summary>Compiles an expression; <paramref name="variables"/> are the workflow's variable names.</summary>
    /// <exception cref="UnsupportedExpressionException">The expression leaves the subset or names no variable of the workflow.</exception>
    public static VisualBasicExpression Parse(string text, IReadOnlySet<string> variables)
    {
        var parser = new VisualBasicParser(text, variables);
        var expression = parser.Or();
        return parser.Peek.Kind == VisualBasicTokenKind.End ? expression : throw new UnsupportedExpressionException($"'{parser.Peek.Text}' after a complete expression");
    }

    private VisualBasicToken Peek => tokens[at];

    private VisualBasicExpression Or()
    {
        var left = And();
        while (IsKeyword("Or") || IsKeyword("OrElse"))
        {
            var operation = Next().Text.ToUpperInvariant();
            left = new BinaryExpression(operation, left, And());
        }

        return left;
    }

    private VisualBasicExpression And()
    {
        var left = Negation();
        while (IsKeyword("And") || IsKeyword("AndAlso"))
        {
            var operation = Next().Text.ToUpperInvariant();
            left = new BinaryExpression(operation, left, Negation());
        }

        return left;
    }

    private VisualBasicExpression Negation()
    {
        if (IsKeyword("Not"))
        {
            Next();
            return new NotExpression(Negation());
        }

        var left = Postfix();
        if (Peek is { Kind: VisualBasicTokenKind.Symbol, Text: "=" or "<>" or ">" or ">=" or "<" or "<=" })
        {
            var operation = Next().Text;
            return new BinaryExpression(operation, left, Postfix());
        }

        return left;
    }

    private VisualBasicExpression Postfix()
    {
        var expression = Primary();
        while (IsSymbol("."))
        {
            Next();
            var member = Expect(VisualBasicTokenKind.Name).Text;
            if (!MemberExpression.Known.TryGetValue(member, out var takesArgument))
            {
                throw new UnsupportedExpressionException($"the member '.{member}'");
            }

            IReadOnlyList<VisualBasicExpression>? arguments = null;
            if (IsSymbol("("))
            {
                arguments = Arguments("(", ")");
            }

            if ((arguments?.Count ?? 0) != (takesArgument == true ? 1 : 0) || (takesArgument is null && arguments is not null))
            {
                throw new UnsupportedExpressionException($"'.{member}' with {arguments?.Count ?? 0} argument(s)");
            }

            expression = new MemberExpression(expression, member, arguments);
        }

        return expression;
    }

    private VisualBasicExpression Primary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case VisualBasicTokenKind.String:
                return new ConstantExpression(token.Text);
            case VisualBasicTokenKind.Number:
                return new ConstantExpression(VisualBasicTokens.Number(token.Text));
            case VisualBasicTokenKind.Symbol when token.Text == "(":
                var inner = Or();
                Expect(")");
                return inner;
            case VisualBasicTokenKind.Name:
                return Named(token.Text);
            default:
                throw new UnsupportedExpressionException(token.Kind == VisualBasicTokenKind.End ? "an expression that ends too early" : $"'{token.Text}'");
        }
    }

    private VisualBasicExpression Named(string first)
    {
        switch (first.ToUpperInvariant())
        {
            case "TRUE":
                return new ConstantExpression(true);
            case "FALSE":
                return new ConstantExpression(false);
            case "NOTHING":
                return new ConstantExpression(null);
            case "NEW":
                return New();
            case "DIRECTCAST":
                Expect("(");
                var value = Or();
                Expect(",");
                var type = TypeName();
                Expect(")");
                return new CastExpression(value, type);
        }

        if (variables.Contains(first))
        {
            return new VariableExpression(first);
        }

        var path = DottedName(first);
        if (path is "InputEntities" or "CreatedEntities")
        {
            var key = Arguments("(", ")");
            return key.Count == 1 ? new EntitySlotExpression(path, key[0]) : throw new UnsupportedExpressionException($"{path} with {key.Count} keys");
        }

        return Static(path);
    }

    // Reads Name(.Name)* as far as it names something static of the subset; a remaining .Member is left to Postfix.
    private string DottedName(string first)
    {
        var path = first;
        while (IsSymbol(".") && tokens[at + 1].Kind == VisualBasicTokenKind.Name && !MemberExpression.Known.ContainsKey(tokens[at + 1].Text))
        {
            Next();
            path += "." + Next().Text;
        }

        return Strip(path, "Microsoft.VisualBasic.", "System.") switch
        {
            var name when name.Equals("InputEntities", StringComparison.OrdinalIgnoreCase) => "InputEntities",
            var name when name.Equals("CreatedEntities", StringComparison.OrdinalIgnoreCase) => "CreatedEntities",
            var name => name,
        };
    }

    private VisualBasicExpression Static(string path)
    {
        var name = path;
        if (name.Equals("DateTime.UtcNow", StringComparison.OrdinalIgnoreCase))
        {
            return new NowExpression();
        }

        if (name.Equals("DateTime.MaxValue", StringComparison.OrdinalIgnoreCase))
        {
            return new ConstantExpression(DateTime.MaxValue);
        }

        if (name.Equals("DateTime.MinValue", StringComparison.OrdinalIgnoreCase))
        {
            return new ConstantExpression(DateTime.MinValue);
        }

        if (name.Equals("IIf", StringComparison.OrdinalIgnoreCase) || name.Equals("IsNothing", StringComparison.OrdinalIgnoreCase))
        {
            var function = name.Equals("IIf", StringComparison.OrdinalIgnoreCase) ? "IIf" : "IsNothing";
            var arguments = Arguments("(", ")");
            return arguments.Count == (function == "IIf" ? 3 : 1)
                ? new FunctionExpression(function, arguments)
                : throw new UnsupportedExpressionException($"{function} with {arguments.Count} argument(s)");
        }

        var member = Strip(name, "Microsoft.Xrm.Sdk.Workflow.", "Microsoft.Xrm.Sdk.");
        if (member.StartsWith("OperationStatus.", StringComparison.OrdinalIgnoreCase)
            && Enum.TryParse<OperationStatus>(member["OperationStatus.".Length..], ignoreCase: true, out var status))
        {
            return new ConstantExpression(status);
        }

        if (member.StartsWith("WorkflowPropertyType.", StringComparison.OrdinalIgnoreCase)
            && PropertyTypes.FirstOrDefault(p => p.Equals(member["WorkflowPropertyType.".Length..], StringComparison.OrdinalIgnoreCase)) is { } propertyType)
        {
            return new ConstantExpression(new PropertyTypeName(propertyType));
        }

        throw new UnsupportedExpressionException($"'{path}', which is neither a variable of the workflow nor part of the subset");
    }

    private NewExpression New()
    {
        var type = TypeName();
        var arguments = IsSymbol("(") ? Arguments("(", ")") : [];
        if (IsSymbol("{"))
        {
            return type == typeof(object) && arguments.Count == 0
                ? new NewExpression(type, [], Arguments("{", "}"))
                : throw new UnsupportedExpressionException($"an array of {type.Name}");
        }

        return Constructible.Contains(type)
            ? new NewExpression(type, arguments, null)
            : throw new UnsupportedExpressionException($"New {type.Name}");
    }

    private Type TypeName()
    {
        var name = Expect(VisualBasicTokenKind.Name).Text;
        while (IsSymbol("."))
        {
            Next();
            name += "." + Expect(VisualBasicTokenKind.Name).Text;
        }

        return TypeNames.GetValueOrDefault(Strip(name, TypeNamespaces))
            ?? throw new UnsupportedExpressionException($"the type '{name}'");
    }

    private List<VisualBasicExpression> Arguments(string open, string close)
    {
        Expect(open);
        var arguments = new List<VisualBasicExpression>();
        if (IsSymbol(close))
        {
            Next();
            return arguments;
        }

        while (true)
        {
            arguments.Add(Or());
            if (IsSymbol(close))
            {
                Next();
                return arguments;
            }

            Expect(",");
        }
    }

    private static string Strip(string name, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    private bool IsSymbol(string symbol) => Peek.Kind == VisualBasicTokenKind.Symbol && Peek.Text == symbol;

    private bool IsKeyword(string keyword) => Peek.Kind == VisualBasicTokenKind.Name && Peek.Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private VisualBasicToken Next() => tokens[at++];

    private VisualBasicToken Expect(VisualBasicTokenKind kind) =>
        Peek.Kind == kind ? Next() : throw new UnsupportedExpressionException($"'{Peek.Text}' where a {kind.ToString().ToLowerInvariant()} belongs");

    private void Expect(string symbol)
    {
        if (!IsSymbol(symbol))
        {
            throw new UnsupportedExpressionException(Peek.Kind == VisualBasicTokenKind.End ? $"a missing '{symbol}'" : $"'{Peek.Text}' where '{symbol}' belongs");
        }

        Next();
    }
}
