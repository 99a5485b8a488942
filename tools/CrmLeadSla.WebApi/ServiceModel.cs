using System.Xml;
using CrmLeadSla.Solution.Metadata;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The organization's tables as the EDM model the Web API serves at <c>$metadata</c>, shaped as Dataverse shapes its
/// own: namespace <c>Microsoft.Dynamics.CRM</c> (alias <c>mscrm</c>), container <c>System</c>, every table an entity
/// type deriving from the abstract <c>crmbaseentity</c> (users and teams through the abstract <c>principal</c>) and keyed
/// by its primary key, choices as <c>Edm.Int32</c>, a lookup as the read-only <c>_name_value</c> property plus one
/// single-valued navigation property per target table (the owner's one, <c>ownerid</c>, to <c>principal</c>),
/// each one-to-many relationship also as the referenced table's collection-valued navigation property named after
/// the relationship, and the Dataverse query functions <c>$filter</c> may call.
/// </summary>
public sealed class ServiceModel
{
    /// <summary>The namespace of every type, action and function.</summary>
    public const string Namespace = "Microsoft.Dynamics.CRM";

    /// <summary>The namespace's alias in the CSDL.</summary>
    public const string Alias = "mscrm";

    private readonly EdmModel model = new();
    private readonly Dictionary<string, EdmEntityType> types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdmEntitySet> sets = new(StringComparer.Ordinal);
    private readonly Dictionary<IEdmNavigationProperty, Navigation> navigations = [];
    private readonly EdmEntityType principal;

    private ServiceModel(MetadataModel metadata)
    {
        Metadata = metadata;
        var baseEntity = new EdmEntityType(Namespace, "crmbaseentity", null, isAbstract: true, isOpen: false);
        model.AddElement(baseEntity);
        principal = new EdmEntityType(Namespace, "principal", baseEntity, isAbstract: true, isOpen: false);
        model.AddElement(principal);
        var owners = metadata.Tables.SelectMany(t => t.Columns.Values).Where(c => c.Kind == ColumnKind.Owner).SelectMany(c => c.Targets).ToHashSet(StringComparer.Ordinal);
        var container = new EdmEntityContainer(Namespace, "System");
        model.AddElement(container);
        var tables = metadata.Tables.Where(t => t.EntitySetName is not null).OrderBy(t => t.LogicalName, StringComparer.Ordinal).ToList();
        foreach (var table in tables)
        {
            var type = new EdmEntityType(Namespace, table.LogicalName, owners.Contains(table.LogicalName) ? principal : baseEntity);
            foreach (var column in table.Columns.Values.OrderBy(c => c.LogicalName, StringComparer.Ordinal))
            {
                var property = type.AddStructuralProperty(PropertyName(column), TypeOf(column));
                if (column.LogicalName == table.PrimaryIdAttribute)
                {
                    type.AddKeys(property);
                }
            }

            model.AddElement(type);
            types[table.LogicalName] = type;
            sets[table.LogicalName] = container.AddEntitySet(table.EntitySetName, type);
        }

        foreach (var table in tables)
        {
            AddLookups(table);
        }

        QueryFunctions.AddTo(model);
        model.SetNamespaceAlias(Namespace, Alias);
    }

    /// <summary>The model.</summary>
    public IEdmModel Model => model;

    /// <summary>The organization's metadata the model was built from.</summary>
    public MetadataModel Metadata { get; }

    /// <summary>The model of the organization's tables.</summary>
    public static ServiceModel Of(MetadataModel metadata) => new(metadata ?? throw new ArgumentNullException(nameof(metadata)));

    /// <summary>The property a column is served as: its logical name, a lookup's <c>_name_value</c>.</summary>
    public static string PropertyName(ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return IsLookup(column) ? $"_{column.LogicalName}_value" : column.LogicalName;
    }

    /// <summary>True for the columns served as lookup properties and navigation properties.</summary>
    public static bool IsLookup(ColumnDefinition column) => column is { Kind: ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner };

    /// <summary>The column a property of the table's entity type serves, or null.</summary>
    public static ColumnDefinition? ColumnOf(TableDefinition table, string property)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(property);
        return property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal)
            ? table.Column(property[1..^"_value".Length]) is { } lookup && IsLookup(lookup) ? lookup : null
            : table.Column(property) is { } column && !IsLookup(column) ? column : null;
    }

    /// <summary>The table of an entity type.</summary>
    public TableDefinition TableOf(IEdmStructuredType type) =>
        type is IEdmEntityType entity && Metadata.FindTable(entity.Name) is { } table ? table
        : throw new InvalidOperationException($"The type {type} is not a table of the organization.");

    /// <summary>The entity set of a table.</summary>
    public IEdmEntitySet SetOf(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return sets[table.LogicalName];
    }

    /// <summary>The entity set with this name (exactly), or null.</summary>
    public IEdmEntitySet? SetNamed(string entitySetName) => model.EntityContainer.FindEntitySet(entitySetName);

    /// <summary>What a navigation property joins.</summary>
    public Navigation NavigationOf(IEdmNavigationProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return navigations.TryGetValue(property, out var navigation) ? navigation
            : property.ToEntityType() == principal
                ? throw WebApiFault.QueryRefused($"'{property.Name}' is a user or a team: the local endpoint neither expands nor filters through it; use owninguser or owningteam, or _{property.Name}_value.")
                : throw new InvalidOperationException($"{property.Name} is not a navigation property of the model.");
    }

    /// <summary>The CSDL document of the model.</summary>
    public string Csdl()
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = false, Encoding = System.Text.Encoding.UTF8 }))
        {
            if (!CsdlWriter.TryWriteCsdl(model, writer, CsdlTarget.OData, out var errors))
            {
                throw new InvalidOperationException("The service model cannot be written as CSDL: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }

        return text.ToString();
    }

    /// <summary>The model's validation errors (none expected): the check that it is well formed.</summary>
    public IReadOnlyList<EdmError> Errors() => model.Validate(out var errors) ? [] : errors.ToList();

    // One single-valued navigation property per target of a lookup (the owner's to principal); with the relationship behind it, its partner on the
    // referenced table is the collection of referencing rows, named after the relationship as Dataverse names it.
    private void AddLookups(TableDefinition table)
    {
        var type = types[table.LogicalName];
        foreach (var (name, column, target) in LookupNavigation.Of(table))
        {
            if (target == LookupNavigation.OwnerTable)
            {
                // A user or a team: bound by either's URL, so no referential constraint names one key.
                type.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo { Name = name, Target = principal, TargetMultiplicity = EdmMultiplicity.ZeroOrOne });
                continue;
            }

            if (!types.TryGetValue(target, out var targetType) || Metadata.FindTable(target) is not { } targetTable)
            {
                continue;
            }

            var info = new EdmNavigationPropertyInfo
            {
                Name = name,
                Target = targetType,
                TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
                DependentProperties = [(IEdmStructuralProperty)type.FindProperty(PropertyName(column))],
                PrincipalProperties = [(IEdmStructuralProperty)targetType.FindProperty(targetTable.PrimaryIdAttribute)],
            };
            var relationship = Metadata.OneToMany.FirstOrDefault(r =>
                r.ReferencingEntity == table.LogicalName && r.ReferencingAttribute == column.LogicalName && r.ReferencedEntity == target
                && targetType.FindProperty(r.SchemaName) is null);
            IEdmNavigationProperty single;
            if (relationship is null)
            {
                single = type.AddUnidirectionalNavigation(info);
            }
            else
            {
                single = type.AddBidirectionalNavigation(info, new EdmNavigationPropertyInfo { Name = relationship.SchemaName, Target = type, TargetMultiplicity = EdmMultiplicity.Many });
                var collection = single.Partner;
                navigations[collection] = new Navigation(table, column, IsCollection: true);
                sets[target].AddNavigationTarget(collection, sets[table.LogicalName]);
            }

            navigations[single] = new Navigation(targetTable, column, IsCollection: false);
            sets[table.LogicalName].AddNavigationTarget(single, sets[target]);
        }
    }

    private static IEdmTypeReference TypeOf(ColumnDefinition column)
    {
        var nullable = column.Kind != ColumnKind.PrimaryKey;
        var kind = column.Kind switch
        {
            ColumnKind.PrimaryKey or ColumnKind.Uniqueidentifier or ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner => EdmPrimitiveTypeKind.Guid,
            ColumnKind.Integer or ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => EdmPrimitiveTypeKind.Int32,
            ColumnKind.BigInt => EdmPrimitiveTypeKind.Int64,
            ColumnKind.Decimal or ColumnKind.Money => EdmPrimitiveTypeKind.Decimal,
            ColumnKind.Double => EdmPrimitiveTypeKind.Double,
            ColumnKind.Boolean => EdmPrimitiveTypeKind.Boolean,
            ColumnKind.DateTime when column.DateTimeBehavior == "DateOnly" => EdmPrimitiveTypeKind.Date,
            ColumnKind.DateTime => EdmPrimitiveTypeKind.DateTimeOffset,
            _ => EdmPrimitiveTypeKind.String,
        };
        return EdmCoreModel.Instance.GetPrimitive(kind, nullable);
    }
}

/// <summary>
/// What a navigation property joins: a single-valued one the row of <paramref name="Table"/> its lookup
/// <paramref name="Column"/> names; a collection-valued one the rows of <paramref name="Table"/> whose lookup
/// <paramref name="Column"/> names the row.
/// </summary>
/// <param name="Table">The related table.</param>
/// <param name="Column">The lookup column (of the row for a single-valued property, of the related rows for a collection).</param>
/// <param name="IsCollection">True for a collection-valued navigation property.</param>
public sealed record Navigation(TableDefinition Table, ColumnDefinition Column, bool IsCollection);
