using System.Text.Json;
using System.Text.Json.Nodes;
using CrmLeadSla.Solution.Metadata;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The body of a POST or PATCH of a row, read by Microsoft's OData reader against the service model (so an undeclared
/// property, a value of the wrong type or a lookup property set directly are refused with the reader's own message),
/// then turned into the entity the organization saves: choices as OptionSetValue, money as Money, dates in UTC, and each
/// <c>navigationproperty@odata.bind</c> as the lookup it sets.
/// </summary>
internal sealed class RowBody(ServiceModel model, RowJson rows, Uri serviceRoot)
{
    /// <summary>The entity the body describes, for the row with <paramref name="id"/> (a PATCH) or a new one.</summary>
    public Entity Read(TableDefinition table, JsonObject body, Guid id = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(body);
        var row = new Entity(table.LogicalName, id);
        var set = model.SetOf(table);
        var message = new RequestMessage(JsonSerializer.SerializeToUtf8Bytes(body));
        try
        {
            using var reader = new ODataMessageReader((IODataRequestMessage)message, new ODataMessageReaderSettings { BaseUri = serviceRoot }, model.Model);
            var resources = reader.CreateODataResourceReader(set, set.EntityType);
            IEdmNavigationProperty? binding = null;
            var depth = 0;
            while (resources.Read())
            {
                switch (resources.State)
                {
                    case ODataReaderState.ResourceStart when ++depth > 1:
                        throw WebApiFault.BadRequest($"Creating related rows inside a row (deep insert) is not supported by the local endpoint: bind existing rows with {binding?.Name}@odata.bind.");
                    case ODataReaderState.ResourceEnd when --depth == 0:
                        foreach (var property in ((ODataResource)resources.Item!).Properties.OfType<ODataProperty>())
                        {
                            Set(row, table, property);
                        }

                        break;
                    case ODataReaderState.NestedResourceInfoStart:
                        binding = (IEdmNavigationProperty)set.EntityType.FindProperty(((ODataNestedResourceInfo)resources.Item!).Name);
                        break;
                    case ODataReaderState.EntityReferenceLink:
                        // Only the lookups' single-valued properties bind a row; a collection's rows are associated by $ref.
                        var (column, targets) = LookupNavigation.Find(table, binding!.Name)
                            ?? throw WebApiFault.BadRequest($"'{binding.Name}' is a collection: associate its rows with POST {table.EntitySetName}(id)/{binding.Name}/$ref.");
                        row[column.LogicalName] = rows.Bound(targets, binding.Name + ODataAnnotations.Bind, ((ODataEntityReferenceLink)resources.Item!).Url.OriginalString);
                        break;
                }
            }
        }
        catch (ODataException e)
        {
            throw WebApiFault.BadRequest(e.Message);
        }

        if (id == default && row.GetAttributeValue<Guid?>(table.PrimaryIdAttribute) is Guid given)
        {
            row.Id = given;
        }

        return row;
    }

    private static void Set(Entity row, TableDefinition table, ODataProperty property)
    {
        var column = ServiceModel.ColumnOf(table, property.Name)!;
        if (ServiceModel.IsLookup(column))
        {
            throw WebApiFault.BadRequest($"The lookup property '{property.Name}' is computed and read-only: set the lookup with its navigation property, e.g. \"{LookupNavigation.Of(table).First(n => n.Column == column).Property}@odata.bind\": \"/{{entityset}}(id)\".");
        }

        row[column.LogicalName] = property.Value switch
        {
            null => null,
            int option when column.Kind is ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => new OptionSetValue(option),
            decimal amount when column.Kind == ColumnKind.Money => new Money(amount),
            DateTimeOffset time => time.UtcDateTime,
#pragma warning disable CS0618 // ODL 8 reads Edm.Date as its own Date type (System.DateOnly from ODL 9 on).
            Date date => new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Utc),
#pragma warning restore CS0618
            string text when column.Kind == ColumnKind.MultiSelectPicklist => RowJson.Value(column, JsonValue.Create(text)),
            var value => value,
        };
    }

    // The request body in memory, as the reader takes it.
    private sealed class RequestMessage(byte[] body) : IODataRequestMessage
    {
        private readonly Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };

        public IEnumerable<KeyValuePair<string, string>> Headers => headers;

        public Uri Url { get; set; } = new("http://localhost/");

        public string Method { get; set; } = "POST";

        public string GetHeader(string headerName) => headers.GetValueOrDefault(headerName)!;

        public void SetHeader(string headerName, string headerValue) => headers[headerName] = headerValue;

        public Stream GetStream() => new MemoryStream(body);
    }
}
