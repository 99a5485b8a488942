using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Tests.WebApi;

/// <summary>
/// Only what Dataverse asks to be retried is retried — 429 after its Retry-After, 503, and a timed-out or 504 request
/// that may safely be sent twice — a bounded number of times, each wait shown; everything else fails at once.
/// </summary>
[UseCulture("en-US")]
public class RetryTests
{
    private static readonly RetryTimings Quick = new(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(10), 3);

    [Fact]
    public async Task A_throttled_request_waits_the_Retry_After_it_was_given_and_says_so()
    {
        var environment = new ScriptedEnvironment(new ScriptedAnswer(HttpStatusCode.TooManyRequests, RetryAfter: TimeSpan.FromSeconds(1)), ScriptedAnswer.Ok);
        var notices = new StringWriter();
        using var client = Client(environment, notices);
        var clock = Stopwatch.StartNew();

        await client.GetAsync("leads", CancellationToken.None);

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.Equal(2, environment.Requests);
        Assert.Equal(1, client.Traffic.ThrottledRequests);
        Assert.Equal("The environment asks for fewer requests (429): waiting 1 s, then retry 1 of 3.", notices.ToString().Trim());
    }

    [Fact]
    public async Task An_unavailable_environment_is_asked_again_after_a_back_off()
    {
        var environment = new ScriptedEnvironment(new ScriptedAnswer(HttpStatusCode.ServiceUnavailable), new ScriptedAnswer(HttpStatusCode.ServiceUnavailable), ScriptedAnswer.Ok);
        var notices = new StringWriter();
        using var client = Client(environment, notices);

        await client.PostAsync("PublishAllXml", [], CancellationToken.None);

        Assert.Equal(3, environment.Requests);
        Assert.Equal(2, client.Traffic.TransientFailures);
        Assert.Equal(2, notices.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(line => line.StartsWith("The environment is unavailable (503): waiting", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        var environment = new ScriptedEnvironment(new ScriptedAnswer(HttpStatusCode.ServiceUnavailable));
        using var client = Client(environment);

        var refusal = await Assert.ThrowsAsync<WebApiException>(() => client.GetAsync("leads", CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusal.Status);
        Assert.Equal(Quick.MaxRetries + 1, environment.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Any_other_error_fails_at_once(HttpStatusCode status)
    {
        var environment = new ScriptedEnvironment(new ScriptedAnswer(status), ScriptedAnswer.Ok);
        using var client = Client(environment);

        var refusal = await Assert.ThrowsAsync<WebApiException>(() => client.GetAsync("leads", CancellationToken.None));

        Assert.Equal(status, refusal.Status);
        Assert.Equal(1, environment.Requests);
    }

    [Fact]
    public async Task A_read_without_an_answer_in_time_is_sent_again()
    {
        var environment = new ScriptedEnvironment(new ScriptedAnswer(HttpStatusCode.OK, Delay: TimeSpan.FromSeconds(30)), ScriptedAnswer.Ok);
        var notices = new StringWriter();
        using var client = Client(environment, notices);

        await client.GetAsync("leads", CancellationToken.None);

        Assert.Equal(2, environment.Requests);
        Assert.StartsWith("No answer within 0 s: waiting", notices.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_without_an_answer_in_time_is_not_sent_again_since_it_may_have_been_done()
    {
        var environment = new ScriptedEnvironment(new ScriptedAnswer(HttpStatusCode.OK, Delay: TimeSpan.FromSeconds(30)), ScriptedAnswer.Ok);
        using var client = Client(environment);

        var failure = await Assert.ThrowsAsync<EnvironmentUnreachableException>(() => client.CreateAsync("leads", new JsonObject { ["subject"] = "x" }, CancellationToken.None));

        Assert.Equal(1, environment.Requests);
        Assert.Equal("https://contoso.crm.dynamics.com gave no answer within 0 s: try again later.", failure.Message);
    }

    [Fact]
    public async Task A_gateway_timeout_of_a_create_is_not_sent_again()
    {
        var environment = new ScriptedEnvironment(new ScriptedAnswer(HttpStatusCode.GatewayTimeout), ScriptedAnswer.Ok);
        using var client = Client(environment);

        await Assert.ThrowsAsync<WebApiException>(() => client.CreateAsync("leads", new JsonObject { ["subject"] = "x" }, CancellationToken.None));

        Assert.Equal(1, environment.Requests);
    }

    [Fact]
    public async Task A_refused_connection_is_not_retried_and_says_what_to_check()
    {
        var transport = new RefusingTransport(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (contoso.crm.dynamics.com:443)", new System.Net.Sockets.SocketException(111)));
        using var client = new WebApiClient(new Uri("https://contoso.crm.dynamics.com"), new NoToken(), transport, timings: Quick);

        var failure = await Assert.ThrowsAsync<EnvironmentUnreachableException>(() => client.GetAsync("leads", CancellationToken.None));

        Assert.Equal(1, transport.Requests);
        Assert.StartsWith("Nothing answers at https://contoso.crm.dynamics.com (", failure.Message, StringComparison.Ordinal);
    }

    private static WebApiClient Client(HttpMessageHandler environment, TextWriter? notices = null) =>
        new(new Uri("https://contoso.crm.dynamics.com"), new NoToken(), environment, notices, Quick);

    private sealed class RefusingTransport(HttpRequestException failure) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            throw failure;
        }
    }
}
