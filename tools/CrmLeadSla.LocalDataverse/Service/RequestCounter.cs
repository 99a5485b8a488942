namespace CrmLeadSla.LocalDataverse.Service;

/// <summary>Counts every call to every organization service of the organization: top-level, nested and from plug-ins.</summary>
public sealed class RequestCounter : RequestTally
{
    private readonly List<RequestMeasurement> open = [];

    /// <summary>Counts the requests made from now until the returned measurement is disposed.</summary>
    public RequestMeasurement Measure()
    {
        var measurement = new RequestMeasurement(m =>
        {
            lock (Sync)
            {
                open.Remove(m);
            }
        });
        lock (Sync)
        {
            open.Add(measurement);
        }

        return measurement;
    }

    /// <summary>Forgets every request counted so far.</summary>
    public void Reset() => Forget();

    internal void Record(CountedRequest request)
    {
        lock (Sync)
        {
            Add(request);
            foreach (var measurement in open)
            {
                measurement.Record(request);
            }
        }
    }
}
