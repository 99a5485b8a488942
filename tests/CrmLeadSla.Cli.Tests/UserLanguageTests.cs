using System.Globalization;
using CrmLeadSla.Cli.Agreement.Reporting;

namespace CrmLeadSla.Cli.Tests;

public class UserLanguageTests
{
    [Theory]
    [InlineData(null, "", "March 2026")]
    [InlineData(null, "de-DE", "März 2026")]
    [InlineData("en", "", "March 2026")]
    [InlineData("de", "", "März 2026")]
    [UseCulture("")]
    public void On_a_machine_without_a_culture_the_reports_month_reads_in_the_culture_of_the_language_spoken(string? requested, string userInterface, string month)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(userInterface);

        using var speaking = UserLanguage.Use(requested);

        Assert.Equal(month, ReportFormat.Shown("2026-03", FigureKind.Month));
    }

    [Theory]
    [InlineData("de-AT", null)]
    [InlineData("de-AT", "de")]
    [InlineData("en-GB", null)]
    [InlineData("en-GB", "en")]
    [UseCulture("")]
    public void A_readers_own_culture_of_the_language_spoken_is_kept(string culture, string? requested)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        using var speaking = UserLanguage.Use(requested);

        Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
    }
}
