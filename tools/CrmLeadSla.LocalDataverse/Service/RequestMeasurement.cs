namespace CrmLeadSla.LocalDataverse.Service;

/// <summary>The requests made while the measurement is open (<c>using var scope = organization.Requests.Measure();</c>).</summary>
public sealed class RequestMeasurement : RequestTally, IDisposable
{
    private readonly Action<RequestMeasurement> close;

    internal RequestMeasurement(Action<RequestMeasurement> close) => this.close = close;

    internal void Record(CountedRequest request) => Add(request);

    /// <summary>Stops counting; the totals stay readable.</summary>
    public void Dispose() => close(this);
}
