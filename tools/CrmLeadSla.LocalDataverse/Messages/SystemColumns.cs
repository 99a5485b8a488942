using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// The columns the platform writes itself: createdon/createdby, modifiedon/modifiedby, the owner with its
/// owning user or team and business unit, and the composed full name of a person (<see cref="FullName"/>). Only columns the table defines are written; what a caller wrote
/// into columns only the platform writes is dropped first.
/// </summary>
public static class SystemColumns
{
    /// <summary>Stamps a new row: created/modified by the operation's user at the operation's time, owned by the caller unless the row names an owner.</summary>
    public static void StampCreate(TableDefinition table, Entity row, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(context);
        DropPlatformColumns(table, row, c => c.IsValidForCreate);
        FullName.ComposeOnCreate(table, row);
        var user = new EntityReference("systemuser", context.UserId);
        SetIfDefined(table, row, "createdon", context.UtcNow);
        SetIfDefined(table, row, "createdby", user);
        StampModified(table, row, context);
        if (table.Ownership == TableOwnership.UserOwned && table.Column("ownerid") is not null)
        {
            StampOwner(table, row, row.GetAttributeValue<EntityReference>("ownerid") ?? user, context);
        }
    }

    /// <summary>Stamps the changes of an update: modifiedon/modifiedby, and the owner's columns when ownerid changes.</summary>
    public static void StampUpdate(TableDefinition table, Entity changes, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(context);
        DropPlatformColumns(table, changes, c => c.IsValidForUpdate || c.Kind == ColumnKind.PrimaryKey);
        FullName.ComposeOnUpdate(table, changes, context.Rows.Find(table.LogicalName, changes.Id));
        StampModified(table, changes, context);
        if (changes.GetAttributeValue<EntityReference>("ownerid") is { } owner)
        {
            StampOwner(table, changes, owner, context);
        }
    }

    private static void StampOwner(TableDefinition table, Entity row, EntityReference owner, OperationContext context)
    {
        row["ownerid"] = owner;
        var isUser = string.Equals(owner.LogicalName, "systemuser", StringComparison.OrdinalIgnoreCase);
        SetIfDefined(table, row, "owninguser", isUser ? owner : null);
        SetIfDefined(table, row, "owningteam", isUser ? null : owner);
        SetIfDefined(table, row, "owningbusinessunit", context.Rows.Find(owner.LogicalName, owner.Id)?.GetAttributeValue<EntityReference>("businessunitid"));
    }

    /// <summary>Stamps modifiedon/modifiedby on a row being written.</summary>
    public static void StampModified(TableDefinition table, Entity row, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SetIfDefined(table, row, "modifiedon", context.UtcNow);
        SetIfDefined(table, row, "modifiedby", new EntityReference("systemuser", context.UserId));
    }

    // Dataverse ignores values sent for columns that are not valid for the operation (createdon, versionnumber…).
    private static void DropPlatformColumns(TableDefinition table, Entity row, Func<ColumnDefinition, bool> isWritable)
    {
        foreach (var name in row.Attributes.Keys.Where(n => table.Column(n) is { } column && !isWritable(column)).ToList())
        {
            row.Attributes.Remove(name);
        }
    }

    private static void SetIfDefined(TableDefinition table, Entity row, string column, object? value)
    {
        if (table.Column(column) is not null)
        {
            row[column] = value;
        }
    }
}
