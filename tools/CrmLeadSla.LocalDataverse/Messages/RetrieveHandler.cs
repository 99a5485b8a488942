using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Query;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>Retrieve: one row by id with the columns of the ColumnSet; output "Entity".</summary>
public sealed class RetrieveHandler : TargetMessageHandler<EntityReference>
{
    /// <inheritdoc />
    public override string MessageName => "Retrieve";

    /// <inheritdoc />
    private protected override EntityReference RecordOf(EntityReference target) => target;

    /// <inheritdoc />
    private protected override OrganizationResponse Execute(OrganizationRequest request, EntityReference target, TableDefinition table, OperationContext context)
    {
        var columns = request.Parameters.TryGetValue("ColumnSet", out var value) && value is ColumnSet set ? set : new ColumnSet();
        foreach (var column in columns.Columns.Where(c => table.Column(c) is null))
        {
            throw Fault.AttributeNotFound(table.LogicalName, column);
        }

        var row = context.Existing(table.LogicalName, target.Id);
        context.Demand(AccessRight.Read, table.LogicalName, row);

        // As a query's result: the primary key whatever the ColumnSet, no null columns, no secured column the caller
        // may not read, lookups named after the rows they point at, formatted values for options, two-options, money and dates.
        var shaper = new ResultShaper(new ReferenceNames(context.Metadata, context.Rows));
        var readable = context.ReadableColumns();
        var result = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
        result[table.PrimaryIdAttribute] = row.Id;
        foreach (var (name, columnValue) in row.Attributes.Where(a => a.Value is not null && (columns.AllColumns || columns.Columns.Contains(a.Key, StringComparer.OrdinalIgnoreCase))))
        {
            var column = table.Column(name);
            if (column is not null && !readable(table.LogicalName, column))
            {
                continue;
            }

            result[name] = shaper.Copy(columnValue);
            if (column is not null)
            {
                ResultShaper.AddFormatted(result, name, column, columnValue);
            }
        }

        return new RetrieveResponse { Results = { ["Entity"] = result } };
    }
}
