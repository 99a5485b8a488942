using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// Microsoft's OData libraries as the judge of the endpoint: its <c>$metadata</c> read by the CSDL reader, its
/// responses read by the message reader against that model, so a payload the model does not describe fails.
/// </summary>
internal sealed class ODataReading
{
    private ODataReading(IEdmModel model, Uri serviceRoot)
    {
        Model = model;
        ServiceRoot = serviceRoot;
    }

    public IEdmModel Model { get; }

    public Uri ServiceRoot { get; }

    /// <summary>Reads <c>$metadata</c>; a CSDL the reader or the model's validation finds fault with fails the test.</summary>
    public static async Task<ODataReading> OfAsync(HttpClient http)
    {
        var csdl = await http.GetStringAsync("$metadata");
        using var reader = XmlReader.Create(new StringReader(csdl));
        if (!CsdlReader.TryParse(reader, out var model, out var errors))
        {
            throw new InvalidOperationException("CSDL errors: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
        }

        model.Validate(out IEnumerable<EdmError> validation);
        var problems = validation.ToList();
        return problems.Count > 0
            ? throw new InvalidOperationException("Model validation: " + string.Join("; ", problems.Select(e => $"{e.ErrorCode} {e.ErrorMessage}")))
            : new ODataReading(model, http.BaseAddress!);
    }

    /// <summary>A collection response: its rows (with expanded ones), count and next link.</summary>
    public async Task<ReadSet> CollectionAsync(HttpResponseMessage response, string entitySet)
    {
        var set = Model.EntityContainer.FindEntitySet(entitySet);
        using var reader = await ReaderAsync(response);
        var output = reader.CreateODataResourceSetReader(set, set.EntityType);
        ReadSet? top = null;
        var stack = new Stack<object>();
        while (output.Read())
        {
            switch (output.State)
            {
                case ODataReaderState.ResourceSetStart:
                    stack.Push(new ReadSet(new List<ReadRow>()));
                    break;
                case ODataReaderState.ResourceSetEnd:
                    var item = (ODataResourceSet)output.Item!;
                    var finished = (ReadSet)stack.Pop() with { Count = item.Count, NextLink = item.NextPageLink };
                    if (stack.Count == 0)
                    {
                        top = finished;
                    }
                    else
                    {
                        ((ReadNested)stack.Peek()).Value = finished;
                    }

                    break;
                case ODataReaderState.ResourceStart:
                    stack.Push(new ReadRow(new Dictionary<string, object?>(), new Dictionary<string, object?>()));
                    break;
                case ODataReaderState.ResourceEnd:
                    var row = (ReadRow)stack.Pop();
                    if (output.Item is ODataResource resource)
                    {
                        foreach (var property in resource.Properties.OfType<ODataProperty>())
                        {
                            row.Values[property.Name] = property.Value;
                        }

                        row.Values["@odata.etag"] = resource.ETag;
                    }

                    Attach(stack, output.Item is null ? null : row);
                    break;
                case ODataReaderState.NestedResourceInfoStart:
                    stack.Push(new ReadNested(((ODataNestedResourceInfo)output.Item!).Name));
                    break;
                case ODataReaderState.NestedResourceInfoEnd:
                    var nested = (ReadNested)stack.Pop();
                    ((ReadRow)stack.Peek()).Related[nested.Name] = nested.Value;
                    break;
            }
        }

        return top!;
    }

    /// <summary>A single-row response.</summary>
    public async Task<ReadRow> SingleAsync(HttpResponseMessage response, string entitySet)
    {
        var set = Model.EntityContainer.FindEntitySet(entitySet);
        using var reader = await ReaderAsync(response);
        var output = reader.CreateODataResourceReader(set, set.EntityType);
        ReadRow? row = null;
        while (output.Read())
        {
            if (output.State == ODataReaderState.ResourceEnd && output.Item is ODataResource resource && row is null)
            {
                row = new ReadRow(resource.Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => (object?)p.Value), new Dictionary<string, object?>());
                row.Values["@odata.etag"] = resource.ETag;
            }
        }

        return row!;
    }

    private static void Attach(Stack<object> stack, ReadRow? row)
    {
        switch (stack.Peek())
        {
            case ReadSet set:
                set.Rows.Add(row!);
                break;
            case ReadNested nested:
                nested.Value = row;
                break;
        }
    }

    private async Task<ODataMessageReader> ReaderAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var message = new Message(response, await response.Content.ReadAsByteArrayAsync());
        return new ODataMessageReader((IODataResponseMessage)message, new ODataMessageReaderSettings { BaseUri = ServiceRoot }, Model);
    }

    private sealed class ReadNested(string name)
    {
        public string Name { get; } = name;

        public object? Value { get; set; }
    }

    private sealed class Message(HttpResponseMessage response, byte[] body) : IODataResponseMessage
    {
        public IEnumerable<KeyValuePair<string, string>> Headers =>
            response.Headers.Concat(response.Content.Headers).Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value)));

        public int StatusCode
        {
            get => (int)response.StatusCode;
            set => throw new NotSupportedException();
        }

        public string GetHeader(string headerName) => Headers.FirstOrDefault(h => string.Equals(h.Key, headerName, StringComparison.OrdinalIgnoreCase)).Value;

        public void SetHeader(string headerName, string headerValue) => throw new NotSupportedException();

        public Stream GetStream() => new MemoryStream(body);
    }
}

/// <summary>A collection as read: its rows, @odata.count and @odata.nextLink.</summary>
internal sealed record ReadSet(List<ReadRow> Rows, long? Count = null, Uri? NextLink = null);

/// <summary>A row as read: its property values and, per expanded navigation property, a row, null or a set.</summary>
internal sealed record ReadRow(Dictionary<string, object?> Values, Dictionary<string, object?> Related);
