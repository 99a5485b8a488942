using CrmLeadSla.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

/// <summary>Rows, a caller and a clock, and the engine that answers their queries.</summary>
internal sealed class QueryScenario
{
    /// <summary>Thursday 26 November 2026, 10:00 UTC.</summary>
    public static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    public QueryScenario()
    {
        Engine = new QueryEngine(SalesMetadata.Build(), Store);
    }

    public InMemoryRows Store { get; } = new();

    public QueryEngine Engine { get; }

    public Guid CallerId { get; } = Guid.NewGuid();

    public Guid BusinessUnitId { get; } = Guid.NewGuid();

    public Func<string, Entity, bool> CanRead { get; set; } = (_, _) => true;

    public Entity Lead(string fullName, params (string Column, object? Value)[] columns) => Add("lead", fullName, columns);

    public Entity Contact(string fullName, params (string Column, object? Value)[] columns) => Add("contact", fullName, columns);

    public Entity Account(string name, params (string Column, object? Value)[] columns)
    {
        var account = new Entity("account") { ["name"] = name };
        foreach (var (column, value) in columns)
        {
            account[column] = value;
        }

        return Store.Add(account);
    }

    public Entity Interaction(Entity lead, int type, DateTime occurredOn) => Store.Add(new Entity(SalesMetadata.Interaction)
    {
        ["subject"] = "touch",
        ["regardingobjectid"] = lead.ToEntityReference(),
        [SalesMetadata.InteractionType] = new OptionSetValue(type),
        [SalesMetadata.OccurredOn] = occurredOn,
    });

    public EntityCollection Run(QueryBase query) =>
        Engine.RetrieveMultiple(query, new QueryContext(CallerId, BusinessUnitId, Now, CanRead));

    public EntityCollection Fetch(string fetchXml) => Run(new FetchExpression(fetchXml));

    /// <summary>The full names of the leads a query on lead returns, in order.</summary>
    public List<string> LeadNames(QueryExpression query)
    {
        query.ColumnSet.AddColumn("fullname");
        return Run(query).Entities.Select(e => e.GetAttributeValue<string>("fullname")).ToList();
    }

    /// <summary>The full names of the leads matching one condition.</summary>
    public List<string> LeadsWhere(string column, ConditionOperator op, params object[] values)
    {
        var query = new QueryExpression("lead");
        query.Criteria.AddCondition(column, op, values);
        return LeadNames(query);
    }

    private Entity Add(string table, string fullName, (string Column, object? Value)[] columns)
    {
        var row = new Entity(table) { ["fullname"] = fullName };
        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return Store.Add(row);
    }
}
