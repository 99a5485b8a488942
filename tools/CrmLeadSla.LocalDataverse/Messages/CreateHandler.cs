using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.LocalDataverse.Storage;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>Create: validates the Target, fills the platform's columns and defaults, stores the row; output "id".</summary>
public sealed class CreateHandler : TargetMessageHandler<Entity>
{
    /// <inheritdoc />
    public override string MessageName => "Create";

    /// <inheritdoc />
    private protected override EntityReference RecordOf(Entity target) => new(target.LogicalName, target.Id);

    /// <inheritdoc />
    private protected override OrganizationResponse Execute(OrganizationRequest request, Entity target, TableDefinition table, OperationContext context)
    {
        context.ValidateForCreate(target);

        // The caller may supply the id (the pipeline has taken it from the primary key column if need be).
        var id = target.Id != Guid.Empty ? target.Id : context.NewId();
        var row = RowCopy.Of(target);
        row.Id = id;
        row[table.PrimaryIdAttribute] = id;
        // Defaults after the stamps: a column the caller may not set on create (a statecode not valid for create) still gets its default.
        SystemColumns.StampCreate(table, row, context);
        ApplyDefaults(table, row);
        context.ValidateRequired(row);
        context.Demand(AccessRight.Create, table.LogicalName, row);
        context.DemandColumnWrite(table, isCreate: true);
        LookupPrivileges.Demand(context, table.LogicalName, row, target);
        context.Rows.Insert(row);

        // The platform sets the new id on Target: post-operation steps read it there and in OutputParameters["id"].
        target.Id = id;
        target[table.PrimaryIdAttribute] = id;
        return new CreateResponse { Results = { ["id"] = id } };
    }

    private static void ApplyDefaults(TableDefinition table, Entity row)
    {
        // statecode and statuscode default as a pair, below.
        foreach (var column in table.Columns.Values.Where(c =>
            c.DefaultValue is not null && c.Kind is not (ColumnKind.State or ColumnKind.Status) && !row.Contains(c.LogicalName)))
        {
            row[column.LogicalName] = column.DefaultValue is int value && column.Kind == ColumnKind.Picklist
                ? new OptionSetValue(value)
                : RowCopy.ValueOf(column.DefaultValue);
        }

        if (StatusDefaults.DefaultState(table) is { } defaultState && !row.Contains("statecode"))
        {
            row["statecode"] = new OptionSetValue(defaultState);
        }

        var state = row.GetAttributeValue<OptionSetValue>("statecode")?.Value;
        if (state is not null && !row.Contains("statuscode") && StatusDefaults.DefaultStatus(table, state.Value) is { } status)
        {
            row["statuscode"] = new OptionSetValue(status);
        }
    }
}
