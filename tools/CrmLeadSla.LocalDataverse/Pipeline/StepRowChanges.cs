using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Storage;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// Keeps the step catalog in line with the <c>sdkmessageprocessingstep</c> rows: an Update of a row takes effect for
/// the events after its transaction commits (nothing changes if it rolls back). Steps come from the solution, so
/// creating or deleting a row is refused.
/// </summary>
internal sealed class StepRowChanges(StepCatalog steps, Database database)
{
    /// <summary>Refuses a Create or Delete of a step row as the transaction begins: a failure like any other, it rolls the transaction back.</summary>
    public static void RefuseCreateOrDelete(Operation operation)
    {
        if (IsStepRow(operation) && operation.Message is "Create" or "Delete")
        {
            throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"The local organization does not support {operation.Message} of {StepRow.Table}: plug-in steps are registered through the solution; update a step's row to change it.");
        }
    }

    /// <summary>
    /// After an Update of a step row, refuses a stage and mode no step may have (which rolls the transaction back), else
    /// applies the committed row to the catalog when the transaction commits.
    /// </summary>
    public void ApplyOnCommit(Operation operation, Transaction transaction)
    {
        if (!IsStepRow(operation) || operation.Message != "Update")
        {
            return;
        }

        var id = operation.PrimaryRecord.Id;
        if (transaction.Find(StepRow.Table, id) is { } updated && StepRow.RefusedStageOrMode(updated) is { } refusal)
        {
            throw Fault.Of(ErrorCodes.InvalidArgument, refusal);
        }

        transaction.AfterCommit(() =>
        {
            if (database.Find(StepRow.Table, id) is { } row)
            {
                steps.Apply(row);
            }
        });
    }

    private static bool IsStepRow(Operation operation) =>
        string.Equals(operation.PrimaryRecord.LogicalName, StepRow.Table, StringComparison.OrdinalIgnoreCase);
}
