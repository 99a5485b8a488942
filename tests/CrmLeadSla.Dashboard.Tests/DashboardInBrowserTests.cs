using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmLeadSla.Cli;
using CrmLeadSla.Cli.Agreement.Reporting;
using Microsoft.Playwright;

namespace CrmLeadSla.Dashboard.Tests;

public sealed class DashboardInBrowserTests(DashboardPages dashboards) : IClassFixture<DashboardPages>
{
    private static readonly string[] Charts = ["funnel", "hand-over-clocks", "commitment", "sales-clocks", "reps", "clocks-over-time", "time-in-stage", "rejections", "grade-behaviour"];

    public static TheoryData<string> Pages => new() { "default-en", "default-de", "compare-en", "compare-de" };

    public static TheoryData<string> Comparisons => new() { "compare-en", "compare-de" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_shows_every_chart_the_report_draws_each_visible_with_shapes(string name)
    {
        var page = dashboards.All[name].Page;

        var shown = await page.Locator("svg[data-chart]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.chart)");

        Assert.Equal(Charts, shown);
        foreach (var chart in Charts)
        {
            var svg = page.Locator($"svg[data-chart='{chart}']");
            var box = await svg.BoundingBoxAsync();
            Assert.True(box is { Width: > 400, Height: > 60 }, $"{chart} is {box?.Width}×{box?.Height}");
            Assert.True(await svg.Locator("rect").CountAsync() > 0, $"{chart} draws no bar or cell");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_chart_has_its_title_above_it_a_legend_and_both_axes_titled(string name)
    {
        var cards = await Evaluated<ChartCard[]>(dashboards.All[name].Page.Locator("figure[data-card]"), """
            cards => cards.map(card => {
              const title = card.querySelector('h3.chart-title'), svg = card.querySelector('svg');
              const axis = which => svg.querySelector(`.axis-title[data-axis='${which}']`)?.textContent ?? '';
              return { name: card.dataset.card, title: title.textContent, titleBottom: title.getBoundingClientRect().bottom,
                       chartTop: svg.getBoundingClientRect().top, legend: Array.from(card.querySelectorAll('.legend li')).map(li => li.textContent),
                       xAxis: axis('x'), yAxis: axis('y') };
            })
            """);

        Assert.Equal(Charts, cards.Select(c => c.Name));
        foreach (var card in cards)
        {
            Assert.False(string.IsNullOrWhiteSpace(card.Title), $"{card.Name} has no title");
            Assert.True(card.TitleBottom <= card.ChartTop, $"{card.Name}'s title is not above it");
            Assert.NotEmpty(card.Legend);
            Assert.False(string.IsNullOrWhiteSpace(card.XAxis), $"{card.Name} has no title on its horizontal axis");
            Assert.False(string.IsNullOrWhiteSpace(card.YAxis), $"{card.Name} has no title on its vertical axis");
        }
    }

    [Theory]
    [InlineData("default-en", "met", "breached", @"^\d{1,2}/\d{1,2}$")]
    [InlineData("default-de", "eingehalten", "verletzt", @"^\d{2}\.\d{2}\.$")]
    public async Task The_clocks_per_week_name_met_and_breached_and_label_the_weeks_with_dates_of_the_readers_culture(string name, string met, string breached, string date)
    {
        var card = dashboards.All[name].Page.Locator("figure[data-card='clocks-over-time']");

        var legend = await card.Locator(".legend li").AllTextContentsAsync();
        var weeks = await card.Locator("text.tick[text-anchor='middle']").AllTextContentsAsync();

        Assert.Equal([met, breached], legend);
        Assert.True(weeks.Count > 2, $"only {weeks.Count} weeks labelled");
        Assert.All(weeks, week => Assert.Matches(date, week));
    }

    [Theory]
    [InlineData("default-en", @"^(\d+ d( \d+ h)?|\d+ h|\d+ min)$", " d")]
    [InlineData("default-de", @"^(\d+ T\.( \d+ Std\.)?|\d+ Std\.|\d+ Min\.)$", " T.")]
    public async Task Times_in_stage_read_in_days_and_hours(string name, string duration, string days)
    {
        var cells = await dashboards.All[name].Page.Locator("table[data-table='time-in-stage'] tbody td:nth-child(3), table[data-table='time-in-stage'] tbody td:nth-child(4)").AllTextContentsAsync();

        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.Matches(duration, cell));
        Assert.Contains(cells, cell => cell.Contains(days, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_grade_and_behaviour_grid_explains_its_shading_in_a_visible_legend(string name)
    {
        var entry = dashboards.All[name].Page.Locator("figure[data-card='grade-behaviour'] .legend li");

        var box = await entry.Locator(".swatch.gradient").BoundingBoxAsync();
        var text = await entry.TextContentAsync();

        Assert.True(box is { Width: > 50 }, "the shading's scale is not drawn");
        Assert.Matches(@"0[.,]0 ?% … 100[.,]0 ?%", text);
    }

    [Theory]
    [InlineData("default-en", "en", "Lead SLA dashboard: with the SLA", "March 2026", @"^\d+\.\d$")]
    [InlineData("default-de", "de", "Lead-SLA-Dashboard: mit SLA", "März 2026", @"^\d+,\d$")]
    public async Task The_page_speaks_the_readers_language_with_its_dates_and_numbers(string name, string language, string title, string month, string share)
    {
        var page = dashboards.All[name].Page;

        var lang = await page.Locator("html").GetAttributeAsync("lang");
        var heading = await page.Locator("h1").TextContentAsync();
        var months = await page.Locator("table[data-table='commitment'] tbody td:first-child").AllTextContentsAsync();
        var conversion = await page.Locator("table[data-table='funnel'] tbody tr:first-child td:nth-child(4)").TextContentAsync();

        Assert.Equal(language, lang);
        Assert.Equal(title, heading);
        Assert.Equal(month, months[0]);
        Assert.Matches(share, conversion);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Both_teams_have_a_scorecard_marketings_with_its_hand_over_clocks_and_sales_per_rep(string name)
    {
        var page = dashboards.All[name].Page;

        var handOver = page.Locator("section[data-section='marketing'] svg[data-chart='hand-over-clocks'] rect");
        var promised = await page.Locator("section[data-section='marketing'] figure[data-card='commitment'] .legend li").AllTextContentsAsync();
        var salesCharts = await page.Locator("section[data-section='sales'] svg[data-chart]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.chart)");
        var reps = await page.Locator("section[data-section='sales'] table[data-table='reps'] tbody td:first-child").AllTextContentsAsync();

        Assert.Equal(2, await handOver.CountAsync());
        Assert.Contains(promised, entry => entry is "promised" or "zugesagt");
        Assert.Equal(["sales-clocks", "reps"], salesCharts);
        Assert.Equal(["Kim Keller", "Sam Sales"], reps);
    }

    [Theory]
    [InlineData("compare-en", "with the SLA", "without the SLA")]
    [InlineData("compare-de", "mit SLA", "ohne SLA")]
    public async Task A_comparison_states_the_headline_difference_first_under_a_title_naming_both_runs(string name, string first, string second)
    {
        var dashboard = dashboards.All[name];
        var page = dashboard.Page;

        var heading = await page.Locator("h1").TextContentAsync();
        var next = await page.Locator("h1 + *").GetAttributeAsync("data-headline");
        var headline = await page.Locator("[data-headline]").TextContentAsync();
        var shares = await page.Locator("table[data-table='comparison'] tbody tr:nth-child(4) td").AllTextContentsAsync();

        Assert.Contains($"{first}", heading, StringComparison.Ordinal);
        Assert.Contains($"{second}", heading, StringComparison.Ordinal);
        Assert.NotNull(next);
        Assert.Contains($"{shares[1]}", headline, StringComparison.Ordinal);
        Assert.Contains($"{shares[2]}", headline, StringComparison.Ordinal);
        Assert.NotEqual(shares[1], shares[2]);
    }

    [Theory]
    [MemberData(nameof(Comparisons))]
    public async Task A_comparison_shows_the_key_figures_once(string name)
    {
        var page = dashboards.All[name].Page;

        Assert.Equal(1, await page.Locator("table[data-table='comparison']").CountAsync());
        Assert.Equal(0, await page.Locator("table[data-table='headline']").CountAsync());
    }

    [Theory]
    [InlineData("compare-en", "with the SLA", "without the SLA")]
    [InlineData("compare-de", "mit SLA", "ohne SLA")]
    public async Task Every_comparing_chart_draws_both_runs(string name, string first, string second)
    {
        var page = dashboards.All[name].Page;

        foreach (var chart in new[] { "funnel", "commitment", "time-in-stage", "rejections" })
        {
            var legend = string.Join(" | ", await page.Locator($"figure[data-card='{chart}'] .legend li").AllTextContentsAsync());
            var fills = await page.Locator($"svg[data-chart='{chart}'] rect").EvaluateAllAsync<string[]>("rects => rects.map(r => r.getAttribute('fill'))");
            Assert.Contains(first, legend, StringComparison.Ordinal);
            Assert.Contains(second, legend, StringComparison.Ordinal);
            Assert.Contains("#2b6cb0", fills);
            Assert.Contains("#a0aec0", fills);
        }

        var grids = await page.Locator("svg[data-chart='grade-behaviour'] text.run").AllTextContentsAsync();
        Assert.Equal([first, second], grids);
        foreach (var chart in new[] { "hand-over-clocks", "sales-clocks", "reps", "clocks-over-time" })
        {
            // The run without the agreement has no clocks: the card says so instead of drawing zeros.
            var notes = string.Join(" ", await page.Locator($"figure[data-card='{chart}'] .note").AllTextContentsAsync());
            Assert.Contains(second, notes, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_leads_behind_a_figure_are_listed_once_each_with_company_owner_and_index_as_many_as_the_heading_counts(string name)
    {
        var lists = await Evaluated<LeadList[]>(dashboards.All[name].Page.Locator("section[data-section='leads'] .leads"), """
            lists => lists.map(list => ({ heading: list.querySelector('h3').textContent,
                                          rows: Array.from(list.querySelectorAll('tbody tr')).map(tr => Array.from(tr.cells).map(td => td.textContent)) }))
            """);

        Assert.NotEmpty(lists);
        foreach (var list in lists)
        {
            Assert.Equal(list.Rows.Length, list.Rows.Select(row => string.Join('|', row)).Distinct().Count());
            Assert.All(list.Rows, row => Assert.True(row[1].Length > 0 && row[2].Length > 0 && row[3].Length > 0, $"{list.Heading}: {string.Join('|', row)}"));
            Assert.Equal(Counted(list.Heading), list.Rows.Length);
        }
    }

    [Theory]
    [InlineData("default-en", "Rejections by agreed reason · Not ready to buy yet · leads: 10")]
    [InlineData("default-en", "SLA clocks per kind and team · accept · Sam Sales · breached: 10")]
    [InlineData("default-de", "SLA-Fristen je Art und Team · Erstkontakt · Kim Keller · verletzt: 10")]
    public async Task A_list_is_headed_by_what_it_counts(string name, string heading)
    {
        var headings = await dashboards.All[name].Page.Locator("section[data-section='leads'] h3").AllTextContentsAsync();

        Assert.Contains(heading, headings);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_figure_on_the_page_is_the_figure_of_its_csv_file_in_the_readers_culture(string name)
    {
        var dashboard = dashboards.All[name];
        var tables = dashboard.Report.Shown(dashboard.Baseline);
        var files = Directory.GetFiles(dashboard.Folder, "report-*.csv");

        Assert.Equal(tables.Count, files.Length);
        foreach (var table in tables)
        {
            var fromFile = File.ReadAllLines(Path.Combine(dashboard.Folder, table.FileName)).Skip(1).Select(line => line.Split(',')).ToList();
            var fromPage = await dashboard.Page.Locator($"table[data-table='{table.Name}'] tbody tr")
                .EvaluateAllAsync<string[][]>("rows => rows.map(r => Array.from(r.cells).map(c => c.textContent))");
            using var speaking = UserLanguage.Use(dashboard.Language);
            Assert.Equal(fromFile.Select(cells => cells.Select((cell, i) => ReportFormat.Shown(cell, table.Kinds[i]))), fromPage);
        }
    }

    [Fact]
    public async Task A_linked_figure_leads_to_as_many_leads_as_it_counts()
    {
        var page = dashboards.All["default-en"].Page;
        var link = page.Locator("table[data-table='funnel'] tbody tr:first-child a");
        var count = int.Parse(await link.InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-US"));
        var target = (await link.GetAttributeAsync("href"))!;

        var listed = await page.Locator($"{target} tbody tr").CountAsync();

        Assert.Equal(Math.Min(count, Cli.Agreement.Reporting.Dashboard.LeadsListed), listed);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_makes_no_network_request(string name)
    {
        Assert.Empty(dashboards.All[name].Requests);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_screenshot_of_the_whole_dashboard_and_one_of_its_charts_are_saved_in_the_screenshots_folder(string name)
    {
        var page = dashboards.All[name].Page;
        var whole = Path.Combine(DashboardPages.ScreenshotFolder, $"dashboard-{name}.png");
        var charts = Path.Combine(DashboardPages.ScreenshotFolder, $"dashboard-{name}-charts.png");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = whole, FullPage = true });
        // The charts and scorecards: everything above the tables, the part a manager reads first.
        var tables = await page.Locator("section[data-section='tables']").BoundingBoxAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = charts, FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = 1440, Height = tables!.Y } });

        Assert.True(new FileInfo(whole).Length > 50_000);
        Assert.True(new FileInfo(charts).Length > 50_000);
    }

    // Playwright hands back plain JSON: read into records by System.Text.Json.
    private static async Task<T> Evaluated<T>(ILocator nodes, string expression) =>
        JsonSerializer.Deserialize<T>(await nodes.EvaluateAllAsync<string>($"nodes => JSON.stringify(({expression})(nodes))"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    // A heading ends in what it counts: "… · 4 leads" when that differs from the figure, else "… · breached: 5".
    private static int Counted(string heading)
    {
        var leads = Regex.Match(heading, @"· ([\d.,]+) [Ll]eads$");
        var number = leads.Success ? leads.Groups[1].Value : heading[(heading.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
        return Math.Min(int.Parse(number.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture), Cli.Agreement.Reporting.Dashboard.LeadsListed);
    }

    public sealed record ChartCard(string Name, string Title, double TitleBottom, double ChartTop, string[] Legend, string XAxis, string YAxis);

    public sealed record LeadList(string Heading, string[][] Rows);
}
