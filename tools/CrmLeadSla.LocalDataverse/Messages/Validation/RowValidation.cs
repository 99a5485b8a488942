using System.Globalization;
using System.ServiceModel;
using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Query;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Validation;

/// <summary>
/// Typed validation of written columns against the metadata: what Dataverse refuses before anything is
/// stored (unknown column, wrong .NET type, text too long, number or option out of range, a statuscode
/// of another statecode, a lookup to a table or row it cannot point at, a SystemRequired column left empty).
/// ApplicationRequired (business required) columns are not checked: Dataverse leaves them to forms.
/// </summary>
public sealed class RowValidation
{
    private readonly MetadataModel metadata;
    private readonly IRowReader rows;

    /// <summary>Creates the validation over the metadata and the rows lookups must find.</summary>
    public RowValidation(MetadataModel metadata, IRowReader rows)
    {
        this.metadata = metadata;
        this.rows = rows;
    }

    /// <summary>Validates the columns of a row about to be created; returns it unchanged.</summary>
    public Entity ValidateForCreate(Entity target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var table = TableOf(target);
        ValidateColumns(table, target);
        ValidateStatus(table, target, StateOf(target) ?? DefaultState(table));
        return target;
    }

    /// <summary>
    /// Fails when a new row, with the platform's defaults and system columns filled in, leaves a SystemRequired
    /// column without a value.
    /// </summary>
    public void ValidateRequired(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var table = TableOf(row);
        if (table.Columns.Values.FirstOrDefault(c => c.RequiredLevel == RequiredLevel.SystemRequired && row.GetAttributeValue<object>(c.LogicalName) is null) is { } missing)
        {
            throw RequiredColumnEmpty(missing);
        }
    }

    /// <summary>Validates the columns of an update; returns it unchanged.</summary>
    public Entity ValidateForUpdate(Entity target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var table = TableOf(target);
        ValidateColumns(table, target);
        var state = StateOf(target) ?? (rows.Find(table.LogicalName, target.Id) is { } existing ? StateOf(existing) : null);
        ValidateStatus(table, target, state);
        return target;
    }

    private TableDefinition TableOf(Entity target) =>
        metadata.FindTable(target.LogicalName) ?? throw Fault.EntityNotFound(target.LogicalName);

    private void ValidateColumns(TableDefinition table, Entity target)
    {
        foreach (var (name, value) in target.Attributes)
        {
            var column = table.Column(name) ?? throw Fault.AttributeNotFound(table.LogicalName, name);
            if (value is not null)
            {
                ValidateValue(table, column, value);
            }
            else if (column.RequiredLevel == RequiredLevel.SystemRequired)
            {
                throw RequiredColumnEmpty(column);
            }
        }
    }

    private void ValidateValue(TableDefinition table, ColumnDefinition column, object value)
    {
        switch (column.Kind)
        {
            case ColumnKind.PrimaryKey or ColumnKind.Uniqueidentifier:
                Expect<Guid>(value);
                break;
            case ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName:
                ValidateLength(table, column, Expect<string>(value));
                break;
            case ColumnKind.Integer:
                ValidateRange(table, column, Expect<int>(value));
                break;
            case ColumnKind.BigInt:
                ValidateRange(table, column, Expect<long>(value));
                break;
            case ColumnKind.Decimal:
                ValidateRange(table, column, Expect<decimal>(value));
                break;
            case ColumnKind.Double:
                ValidateRange(table, column, (decimal)Expect<double>(value));
                break;
            case ColumnKind.Money:
                ValidateRange(table, column, Expect<Money>(value).Value);
                break;
            case ColumnKind.Boolean:
                Expect<bool>(value);
                break;
            case ColumnKind.DateTime:
                Expect<DateTime>(value);
                break;
            case ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status:
                ValidateOption(table, column, Expect<OptionSetValue>(value).Value);
                break;
            case ColumnKind.MultiSelectPicklist:
                foreach (var option in Expect<OptionSetValueCollection>(value))
                {
                    ValidateOption(table, column, option.Value);
                }

                break;
            case ColumnKind.Lookup or ColumnKind.Customer or ColumnKind.Owner:
                ValidateLookup(table, column, Expect<EntityReference>(value));
                break;
            default:
                throw new InvalidOperationException($"Column kind {column.Kind} has no validation.");
        }
    }

    private static FaultException<OrganizationServiceFault> RequiredColumnEmpty(ColumnDefinition column) =>
        Fault.Of(ErrorCodes.InvalidArgument, $"Attribute: {column.LogicalName} cannot be set to NULL");

    private static T Expect<T>(object value) =>
        value is T typed
            ? typed
            : throw Fault.Of(ErrorCodes.InvalidArgument, $"Incorrect attribute value type {value.GetType().FullName}");

    private static void ValidateLength(TableDefinition table, ColumnDefinition column, string text)
    {
        if (column.MaxLength is { } max && text.Length > max)
        {
            throw Fault.Of(
                ErrorCodes.StringLengthTooLong,
                $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
        }
    }

    private static void ValidateRange(TableDefinition table, ColumnDefinition column, decimal number)
    {
        if ((column.MinValue is { } min && number < min) || (column.MaxValue is { } max && number > max))
        {
            throw OutOfRange(table, column, number.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void ValidateOption(TableDefinition table, ColumnDefinition column, int value)
    {
        if (column.OptionSet is { } options && !options.Allows(value))
        {
            throw OutOfRange(table, column, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static FaultException<OrganizationServiceFault> OutOfRange(TableDefinition table, ColumnDefinition column, string value) =>
        Fault.Of(
            ErrorCodes.ValueOutOfRange,
            $"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range.");

    private void ValidateLookup(TableDefinition table, ColumnDefinition column, EntityReference reference)
    {
        var targets = TargetsOf(column);
        if (!targets.Contains(reference.LogicalName, StringComparer.OrdinalIgnoreCase))
        {
            throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"The lookup '{column.LogicalName}' of '{table.LogicalName}' cannot point at a '{reference.LogicalName}' record; it targets {string.Join(", ", targets)}.");
        }

        if (rows.Find(reference.LogicalName, reference.Id) is null)
        {
            throw Fault.ObjectDoesNotExist(reference.LogicalName, reference.Id);
        }
    }

    private static IReadOnlyList<string> TargetsOf(ColumnDefinition column) => column switch
    {
        { Targets.Count: > 0 } => column.Targets,
        { Kind: ColumnKind.Owner } => ["systemuser", "team"],
        { Kind: ColumnKind.Customer } => ["account", "contact"],
        _ => [],
    };

    private static void ValidateStatus(TableDefinition table, Entity target, int? state)
    {
        if (state is null || target.GetAttributeValue<OptionSetValue>("statuscode") is not { } status)
        {
            return;
        }

        var statusState = StatusDefaults.StateOfStatus(table, status.Value);
        if (statusState is null || statusState == state)
        {
            return;
        }

        throw Fault.Of(
            ErrorCodes.InvalidStateCodeStatusCode,
            $"{status.Value} is not a valid status code for state code {state} on {table.LogicalName} with Id {target.Id:D}.");
    }

    private static int? StateOf(Entity row) => row.GetAttributeValue<OptionSetValue>("statecode")?.Value;

    private static int? DefaultState(TableDefinition table) => StatusDefaults.DefaultState(table);
}
