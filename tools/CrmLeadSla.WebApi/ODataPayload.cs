using System.Net;
using CrmLeadSla.Solution.Metadata;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi;

/// <summary>
/// Rows written by Microsoft's OData writer against the service model: a collection (with <c>@odata.count</c>,
/// <c>@odata.nextLink</c> and the FetchXML paging annotations) or one row, each with <c>@odata.etag</c> from its
/// version number, the columns of its shape typed as the model declares them, lookups as <c>_name_value</c> with their
/// table and name as annotations, labels as formatted values, and the expanded related rows.
/// </summary>
internal sealed class ODataPayload(ServiceModel model, ODataUri uri, bool annotations)
{
    private const string ContentType = "application/json; odata.metadata=minimal";

    /// <summary>The service document: every entity set of the model, as Dataverse lists them at the service root.</summary>
    public static WebApiAnswer ServiceDocument(ServiceModel model, Uri serviceRoot)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ODataPayload(model, new ODataUri { ServiceRoot = serviceRoot }, annotations: false)
            .Written(HttpStatusCode.OK, writer => writer.WriteServiceDocument(model.Model.GenerateServiceDocument()));
    }

    /// <summary>A collection of rows.</summary>
    public WebApiAnswer Collection(IEdmEntitySet set, RowShape shape, IReadOnlyList<ShapedRow> rows, long? count = null, Uri? nextLink = null, IEnumerable<ODataInstanceAnnotation>? setAnnotations = null)
    {
        return Written(HttpStatusCode.OK, writer =>
        {
            var resourceSet = new ODataResourceSet { Count = count, NextPageLink = nextLink };
            foreach (var annotation in setAnnotations ?? [])
            {
                resourceSet.InstanceAnnotations.Add(annotation);
            }

            var output = writer.CreateODataResourceSetWriter(set, set.EntityType);
            output.WriteStart(resourceSet);
            foreach (var row in rows)
            {
                Write(output, shape, row);
            }

            output.WriteEnd();
        });
    }

    /// <summary>One row.</summary>
    public WebApiAnswer Single(IEdmEntitySet set, RowShape shape, ShapedRow row, HttpStatusCode status = HttpStatusCode.OK, IReadOnlyDictionary<string, string>? headers = null) =>
        Written(status, writer =>
        {
            var output = writer.CreateODataResourceWriter(set, set.EntityType);
            Write(output, shape, row);
        }, headers);

    private WebApiAnswer Written(HttpStatusCode status, Action<ODataMessageWriter> write, IReadOnlyDictionary<string, string>? headers = null)
    {
        var message = new ResponseMessage();
        message.SetHeader("Content-Type", ContentType);
        var settings = new ODataMessageWriterSettings
        {
            ODataUri = uri,
            Version = ODataVersion.V4,
            EnableMessageStreamDisposal = false,
            ShouldIncludeAnnotation = _ => annotations,
        };
        using (var writer = new ODataMessageWriter(message, settings, model.Model))
        {
            write(writer);
        }

        return new WebApiAnswer(status, null, headers) { Payload = message.Body.ToArray(), PayloadType = ContentType };
    }

    private void Write(ODataWriter output, RowShape shape, ShapedRow shaped)
    {
        var row = shaped.Row;
        var resource = new ODataResource
        {
            TypeName = ServiceModel.Namespace + "." + shape.Table.LogicalName,
            Properties = shape.Columns.Select(column => Property(column, row)).ToList(),
            ETag = row.RowVersion is null ? null : $"W/\"{row.RowVersion}\"",
        };
        output.WriteStart(resource);
        foreach (var expansion in shape.Expansions)
        {
            var related = shaped.Related.GetValueOrDefault(expansion.Property);
            output.WriteStart(new ODataNestedResourceInfo { Name = expansion.Property.Name, IsCollection = expansion.Navigation.IsCollection });
            if (related is IReadOnlyList<ShapedRow> rows)
            {
                output.WriteStart(new ODataResourceSet());
                foreach (var child in rows)
                {
                    Write(output, expansion.Shape, child);
                }

                output.WriteEnd();
            }
            else if (related is ShapedRow single)
            {
                Write(output, expansion.Shape, single);
            }
            else
            {
                output.WriteStart((ODataResource?)null);
                output.WriteEnd();
            }

            output.WriteEnd();
        }

        output.WriteEnd();
    }

    private ODataProperty Property(ColumnDefinition column, Entity row)
    {
        var value = row.Attributes.TryGetValue(column.LogicalName, out var stored) ? stored is AliasedValue aliased ? aliased.Value : stored : null;
        var property = new ODataProperty { Name = ServiceModel.PropertyName(column), Value = Primitive(column, value) };
        if (!annotations || value is null)
        {
            return property;
        }

        if (value is EntityReference reference)
        {
            property.InstanceAnnotations.Add(new ODataInstanceAnnotation(ODataAnnotations.LookupLogicalName[1..], new ODataPrimitiveValue(reference.LogicalName)));
            if (reference.Name is not null)
            {
                property.InstanceAnnotations.Add(new ODataInstanceAnnotation(ODataAnnotations.FormattedValue[1..], new ODataPrimitiveValue(reference.Name)));
            }
        }
        else if (row.FormattedValues.TryGetValue(column.LogicalName, out var label))
        {
            property.InstanceAnnotations.Add(new ODataInstanceAnnotation(ODataAnnotations.FormattedValue[1..], new ODataPrimitiveValue(label)));
        }

        return property;
    }

    // The CLR value of the property's EDM type.
    private static object? Primitive(ColumnDefinition column, object? value) => value switch
    {
        null => null,
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        OptionSetValueCollection options => string.Join(",", options.Select(o => o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Money money => money.Value,
#pragma warning disable CS0618 // ODL 8 writes Edm.Date from its own Date type (System.DateOnly from ODL 9 on).
        DateTime time when column.DateTimeBehavior == "DateOnly" => new Date(time.Year, time.Month, time.Day),
#pragma warning restore CS0618
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time, DateTimeKind.Utc)),
        _ => value,
    };

    // The response in memory: the endpoint writes it out as one body.
    private sealed class ResponseMessage : IODataResponseMessage
    {
        private readonly Dictionary<string, string> headers = new(StringComparer.OrdinalIgnoreCase);

        public MemoryStream Body { get; } = new();

        public IEnumerable<KeyValuePair<string, string>> Headers => headers;

        public int StatusCode { get; set; }

        public string GetHeader(string headerName) => headers.GetValueOrDefault(headerName)!;

        public void SetHeader(string headerName, string headerValue) => headers[headerName] = headerValue;

        public Stream GetStream() => Body;
    }
}
