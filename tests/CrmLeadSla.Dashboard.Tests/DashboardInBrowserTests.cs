using System.Globalization;
using CrmLeadSla.Cli.Reporting;
using Microsoft.Playwright;

namespace CrmLeadSla.Dashboard.Tests;

public sealed class DashboardInBrowserTests(DashboardPage dashboard) : IClassFixture<DashboardPage>
{
    private static readonly string[] Charts = ["funnel", "clocks-over-time", "rejections", "grade-behaviour"];

    [Theory]
    [InlineData("funnel")]
    [InlineData("clocks-over-time")]
    [InlineData("rejections")]
    [InlineData("grade-behaviour")]
    public async Task Each_chart_renders_as_a_visible_svg_with_shapes(string chart)
    {
        var svg = dashboard.Page.Locator($"svg[data-chart='{chart}']");

        var box = await svg.BoundingBoxAsync();
        var shapes = await svg.Locator("rect").CountAsync();

        Assert.NotNull(box);
        Assert.True(box.Width > 100 && box.Height > 50, $"{chart} is {box.Width}×{box.Height}");
        Assert.True(shapes > 0, $"{chart} draws no bar or cell");
    }

    [Fact]
    public async Task The_page_shows_every_chart_the_report_draws()
    {
        var shown = await dashboard.Page.Locator("svg[data-chart]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.chart)");

        Assert.Equal(Charts, shown);
    }

    [Fact]
    public async Task Every_figure_on_the_page_equals_the_figure_in_its_csv_file()
    {
        var files = Directory.GetFiles(dashboard.Folder, "report-*.csv");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file)["report-".Length..];
            var fromFile = File.ReadAllLines(file).Skip(1).Select(line => line.Split(',')).ToList();
            var fromPage = await dashboard.Page.Locator($"table[data-table='{name}'] tbody tr")
                .EvaluateAllAsync<string[][]>("rows => rows.map(r => Array.from(r.cells).map(c => c.textContent))");
            Assert.Equal(fromFile, fromPage);
        }
    }

    [Fact]
    public async Task A_linked_figure_leads_to_as_many_leads_as_it_counts()
    {
        var link = dashboard.Page.Locator("table[data-table='funnel'] tbody tr:first-child a");
        var count = int.Parse(await link.InnerTextAsync(), CultureInfo.InvariantCulture);
        var target = (await link.GetAttributeAsync("href"))!;

        var listed = await dashboard.Page.Locator($"{target} li").CountAsync();

        Assert.Equal(Math.Min(count, Cli.Reporting.Dashboard.LeadsListed), listed);
    }

    [Fact]
    public void The_page_makes_no_network_request()
    {
        Assert.Empty(dashboard.Requests);
    }

    [Fact]
    public async Task A_screenshot_of_the_dashboard_is_saved_as_a_test_artifact()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", "dashboard.png");

        await dashboard.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
