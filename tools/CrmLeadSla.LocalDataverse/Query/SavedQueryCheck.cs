using System.ServiceModel;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// Binds the FetchXML of every view of a solution with the engine that answers RetrieveMultiple, so an organization is built
/// only from views it can run: a view that names an unknown table, column or operator refuses the solution, as Dataverse
/// refuses to import it.
/// </summary>
internal static class SavedQueryCheck
{
    /// <exception cref="SolutionSourceException">A view's FetchXML is refused: names the view's file, the problem and the fix.</exception>
    public static void Check(IEnumerable<ViewDefinition> views, MetadataModel metadata, DateTime utcNow)
    {
        var engine = new QueryEngine(metadata, NoRows.Instance);
        var context = new QueryContext(Guid.Empty, Guid.Empty, utcNow, (_, _) => true);
        foreach (var view in views)
        {
            try
            {
                engine.RetrieveMultiple(new FetchExpression(view.FetchXml), context);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw new SolutionSourceException(
                    view.SourceFile,
                    null,
                    "<fetch>",
                    $"the FetchXML is refused: {fault.Detail.Message}",
                    "Name only tables, columns and operators the solution's metadata and the fetch schema know.");
            }
        }
    }

    private sealed class NoRows : IRowReader
    {
        public static readonly NoRows Instance = new();

        public IEnumerable<Entity> Rows(string tableLogicalName) => [];

        public Entity? Find(string tableLogicalName, Guid id) => null;
    }
}
