using CrmLeadSla.Cli.Reporting;
using Microsoft.Playwright;

namespace CrmLeadSla.Dashboard.Tests;

/// <summary>
/// The dashboard of the sample export, written to a folder and opened once in headless Chromium (Debian's
/// /usr/bin/chromium, no download); every request the page makes is recorded.
/// </summary>
public sealed class DashboardPage : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public string Folder { get; } = Directory.CreateTempSubdirectory("dashboard-").FullName;

    public IPage Page { get; private set; } = null!;

    public string DashboardPath { get; private set; } = string.Empty;

    /// <summary>The URLs of every request after the page's own file.</summary>
    public List<string> Requests { get; } = [];

    public async Task InitializeAsync()
    {
        var tables = SampleExport.Tables();
        DashboardPath = ReportOutput.Write(Folder, FunnelReport.Of(tables, "sample"), tables, null);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        Page = await browser.NewPageAsync();
        var pageUrl = new Uri(DashboardPath).AbsoluteUri;
        Page.Request += (_, request) =>
        {
            if (request.Url != pageUrl)
            {
                Requests.Add(request.Url);
            }
        };
        await Page.GotoAsync(pageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
    }

    public async Task DisposeAsync()
    {
        if (browser != null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
