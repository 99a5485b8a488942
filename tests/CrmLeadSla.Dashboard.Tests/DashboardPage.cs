using CrmLeadSla.Cli;
using CrmLeadSla.Cli.Agreement.Reporting;
using Microsoft.Playwright;

namespace CrmLeadSla.Dashboard.Tests;

/// <summary>One dashboard as written and opened: its language, folder, report and page, and every request it made.</summary>
public sealed class OpenedDashboard
{
    internal OpenedDashboard(string name, string language, string folder, FunnelReport report, FunnelReport? baseline)
    {
        Name = name;
        Language = language;
        Folder = folder;
        Report = report;
        Baseline = baseline;
    }

    /// <summary>default-en, default-de, compare-en or compare-de: the screenshot's name too.</summary>
    public string Name { get; }

    public string Language { get; }

    public string Folder { get; }

    public FunnelReport Report { get; }

    public FunnelReport? Baseline { get; }

    public IPage Page { get; internal set; } = null!;

    /// <summary>The URLs of every request after the page's own file.</summary>
    public List<string> Requests { get; } = [];
}

/// <summary>
/// The dashboards of the sample exports — one run and two compared, each in English and German — written to folders
/// and opened once in headless Chromium (Debian's /usr/bin/chromium, no download) at a manager's screen width.
/// </summary>
public sealed class DashboardPages : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the screenshots are saved: <c>screenshots/</c> in the test project's output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IReadOnlyDictionary<string, OpenedDashboard> All { get; private set; } = new Dictionary<string, OpenedDashboard>();

    public async Task InitializeAsync()
    {
        var root = Directory.CreateTempSubdirectory("dashboard-").FullName;
        var opened = new Dictionary<string, OpenedDashboard>(StringComparer.Ordinal);
        foreach (var compare in new[] { false, true })
        {
            foreach (var language in UserLanguage.Languages)
            {
                var name = $"{(compare ? "compare" : "default")}-{language}";
                opened[name] = Write(Path.Combine(root, name), name, language, compare);
            }
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        foreach (var dashboard in opened.Values)
        {
            dashboard.Page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
            var pageUrl = new Uri(Path.Combine(dashboard.Folder, ReportOutput.DashboardFile)).AbsoluteUri;
            dashboard.Page.Request += (_, request) =>
            {
                if (request.Url != pageUrl)
                {
                    dashboard.Requests.Add(request.Url);
                }
            };
            await dashboard.Page.GotoAsync(pageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        All = opened;
    }

    public async Task DisposeAsync()
    {
        if (browser != null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    private static OpenedDashboard Write(string folder, string name, string language, bool compare)
    {
        using var speaking = UserLanguage.Use(language);
        var tables = SampleExport.WithSla();
        var report = FunnelReport.Of(tables, language == "de" ? "mit SLA" : "with the SLA");
        var baseline = compare ? FunnelReport.Of(SampleExport.WithoutSla(), language == "de" ? "ohne SLA" : "without the SLA") : null;
        ReportOutput.Write(folder, report, tables, baseline);
        return new OpenedDashboard(name, language, folder, report, baseline);
    }
}
