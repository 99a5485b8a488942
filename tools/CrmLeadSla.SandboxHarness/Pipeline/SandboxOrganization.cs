using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.SandboxHarness.Pipeline
{
    /// <summary>
    /// The organization service a step gets from IOrganizationServiceFactory: rows in memory, and only the
    /// requests the harness's cases make — Retrieve; RetrieveMultiple of a QueryExpression with "and"-ed equality
    /// conditions, inner or left outer links (a row per linked row), a top count and pages; Update (optionally
    /// over a row version). Anything else is refused with NotSupportedException, so a step that starts asking for
    /// more fails here instead of being answered wrongly. The calling user's service and SYSTEM's are the same:
    /// the harness checks no privileges.
    /// </summary>
    internal sealed class SandboxOrganization : IOrganizationService, IOrganizationServiceFactory
    {
        private readonly Dictionary<string, List<Entity>> tables = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        private readonly List<string> requests = new List<string>();
        private readonly List<Entity> writes = new List<Entity>();

        /// <summary>Every request the steps made since the last <see cref="ForgetRequests"/>, as "Message table".</summary>
        public IReadOnlyList<string> Requests => requests;

        /// <summary>The rows the steps wrote since the last <see cref="ForgetRequests"/>, with the columns written.</summary>
        public IReadOnlyList<Entity> Writes => writes;

        /// <summary>Stores a row as the platform would have saved it (row version 1).</summary>
        public void Add(Entity row)
        {
            var stored = Copy(row, new ColumnSet(true));
            stored.RowVersion = "1";
            RowsOf(row.LogicalName).Add(stored);
        }

        /// <summary>The stored row.</summary>
        public Entity Row(string table, Guid id) =>
            RowsOf(table).FirstOrDefault(row => row.Id == id)
            ?? throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "The sandbox organization holds no {0} with id {1}.", table, id));

        public void ForgetRequests()
        {
            requests.Clear();
            writes.Clear();
        }

        public IOrganizationService CreateOrganizationService(Guid? userId) => this;

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
        {
            requests.Add("Retrieve " + entityName);
            return Copy(Row(entityName, id), columnSet);
        }

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            var expression = query as QueryExpression
                ?? throw Unsupported("RetrieveMultiple with a " + query?.GetType().Name);
            requests.Add("RetrieveMultiple " + expression.EntityName);
            if (expression.Orders.Count > 0)
            {
                throw Unsupported("a query with an order");
            }

            var rows = RowsOf(expression.EntityName)
                .Where(row => Meets(row, expression.Criteria))
                .SelectMany(row => expression.LinkEntities.Aggregate(
                    (IEnumerable<Entity>)new[] { Copy(row, expression.ColumnSet) },
                    (results, link) => results.SelectMany(result => Joined(row, link, result))))
                .ToList();

            // A page holds PageInfo.Count rows (all of them without paging), a top count caps the result.
            var size = expression.TopCount ?? (expression.PageInfo?.Count > 0 ? expression.PageInfo.Count : rows.Count);
            var skipped = expression.PageInfo?.PageNumber > 1 ? (expression.PageInfo.PageNumber - 1) * size : 0;
            var found = new EntityCollection { EntityName = expression.EntityName };
            found.Entities.AddRange(rows.Skip(skipped).Take(size));
            found.MoreRecords = expression.TopCount == null && rows.Count > skipped + size;
            return found;
        }

        public void Update(Entity entity)
        {
            requests.Add("Update " + entity.LogicalName);
            Write(entity, checkRowVersion: false);
        }

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            if (request is UpdateRequest update)
            {
                requests.Add("Update " + update.Target.LogicalName);
                Write(update.Target, update.ConcurrencyBehavior == ConcurrencyBehavior.IfRowVersionMatches);
                return new UpdateResponse();
            }

            throw Unsupported(request?.RequestName ?? "a request without a name");
        }

        public Guid Create(Entity entity) => throw Unsupported("Create of " + entity?.LogicalName);

        public void Delete(string entityName, Guid id) => throw Unsupported("Delete of " + entityName);

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            throw Unsupported("Associate");

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            throw Unsupported("Disassociate");

        private static NotSupportedException Unsupported(string what) =>
            new NotSupportedException("The sandbox harness's organization service does not answer " + what + ".");

        private List<Entity> RowsOf(string table)
        {
            if (!tables.TryGetValue(table, out var rows))
            {
                rows = new List<Entity>();
                tables[table] = rows;
            }

            return rows;
        }

        // Update with ConcurrencyBehavior.IfRowVersionMatches is refused when the row changed since it was read.
        private void Write(Entity entity, bool checkRowVersion)
        {
            var stored = Row(entity.LogicalName, entity.Id);
            if (checkRowVersion && entity.RowVersion != stored.RowVersion)
            {
                throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                    "The {0} {1} changed since it was read (row version {2}, now {3}).", entity.LogicalName, entity.Id, entity.RowVersion, stored.RowVersion));
            }

            foreach (var column in entity.Attributes)
            {
                stored[column.Key] = column.Value;
            }

            stored.RowVersion = (int.Parse(stored.RowVersion, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
            writes.Add(Copy(entity, new ColumnSet(true)));
        }

        private static bool Meets(Entity row, FilterExpression? criteria)
        {
            if (criteria == null)
            {
                return true;
            }

            if (criteria.Filters.Count > 0 || (criteria.Conditions.Count > 1 && criteria.FilterOperator != LogicalOperator.And))
            {
                throw Unsupported("a filter other than conditions joined with 'and'");
            }

            return criteria.Conditions.All(condition => Meets(row, condition));
        }

        private static bool Meets(Entity row, ConditionExpression condition)
        {
            if (condition.Operator != ConditionOperator.Equal || condition.Values.Count != 1 || condition.CompareColumns || !string.IsNullOrEmpty(condition.EntityName))
            {
                throw Unsupported("the condition " + condition.AttributeName + " " + condition.Operator);
            }

            return Equals(Comparable(ValueOf(row, condition.AttributeName)), Comparable(condition.Values[0]));
        }

        // A row per linked row, with its columns under the link's alias; a LEFT OUTER link keeps a row without a
        // linked one, an INNER link drops it.
        private IEnumerable<Entity> Joined(Entity row, LinkEntity link, Entity result)
        {
            if (link.LinkEntities.Count > 0 || link.LinkCriteria?.Conditions.Count > 0 || link.LinkCriteria?.Filters.Count > 0
                || (link.JoinOperator != JoinOperator.Inner && link.JoinOperator != JoinOperator.LeftOuter))
            {
                throw Unsupported("a link with its own criteria, nested links or a join other than inner or left outer");
            }

            var key = Comparable(ValueOf(row, link.LinkFromAttributeName));
            var linked = key == null
                ? new List<Entity>()
                : RowsOf(link.LinkToEntityName).Where(other => Equals(Comparable(ValueOf(other, link.LinkToAttributeName)), key)).ToList();
            if (linked.Count == 0 && link.JoinOperator == JoinOperator.LeftOuter)
            {
                yield return result;
            }

            var alias = link.EntityAlias ?? link.LinkToEntityName;
            foreach (var other in linked)
            {
                var joined = Copy(result, new ColumnSet(true));
                foreach (var column in Copy(other, link.Columns).Attributes)
                {
                    joined[alias + "." + column.Key] = new AliasedValue(link.LinkToEntityName, column.Key, column.Value);
                }

                yield return joined;
            }
        }

        // The primary key column (e.g. leadid) is the row's id.
        private static object? ValueOf(Entity row, string column) =>
            column == row.LogicalName + "id" ? row.Id : row.Contains(column) ? row[column] : null;

        private static object? Comparable(object? value) => value switch
        {
            EntityReference reference => reference.Id,
            OptionSetValue option => option.Value,
            Money money => money.Value,
            _ => value,
        };

        private static Entity Copy(Entity row, ColumnSet? columns)
        {
            var copy = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
            var primaryKey = row.LogicalName + "id";
            if (columns?.Columns.Contains(primaryKey) == true)
            {
                copy[primaryKey] = row.Id;
            }

            foreach (var column in row.Attributes)
            {
                if (columns != null && (columns.AllColumns || columns.Columns.Contains(column.Key)))
                {
                    copy[column.Key] = column.Value;
                }
            }

            return copy;
        }
    }
}
