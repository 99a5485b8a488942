using CrmLeadSla.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// The columns the platform writes itself: createdon/createdby, modifiedon/modifiedby, the owner and its
/// business unit. Only columns the table defines are written.
/// </summary>
public static class SystemColumns
{
    /// <summary>Stamps a new row: created/modified by the operation's user at the operation's time, owned by the caller unless the row names an owner.</summary>
    public static void StampCreate(TableDefinition table, Entity row, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(context);
        var user = new EntityReference("systemuser", context.UserId);
        SetIfDefined(table, row, "createdon", context.UtcNow);
        SetIfDefined(table, row, "createdby", user);
        StampModified(table, row, context);
        if (table.Ownership == TableOwnership.UserOwned && table.Column("ownerid") is not null)
        {
            var owner = row.GetAttributeValue<EntityReference>("ownerid") ?? user;
            row["ownerid"] = owner;
            SetIfDefined(table, row, "owningbusinessunit", BusinessUnitOf(owner, context));
        }
    }

    /// <summary>Stamps modifiedon/modifiedby on a row being written.</summary>
    public static void StampModified(TableDefinition table, Entity row, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SetIfDefined(table, row, "modifiedon", context.UtcNow);
        SetIfDefined(table, row, "modifiedby", new EntityReference("systemuser", context.UserId));
    }

    /// <summary>The business unit of a user or team (its businessunitid), or null when the owner has none.</summary>
    public static EntityReference? BusinessUnitOf(EntityReference owner, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(context);
        return context.Rows.Find(owner.LogicalName, owner.Id)?.GetAttributeValue<EntityReference>("businessunitid");
    }

    private static void SetIfDefined(TableDefinition table, Entity row, string column, object? value)
    {
        if (table.Column(column) is not null)
        {
            row[column] = value;
        }
    }
}
