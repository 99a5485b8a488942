using CrmLeadSla.Cli.Environments;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Cli.Agreement.Simulation;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.WebApi.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"lsla-export-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_export_over_the_web_api_reads_back_in_report_as_the_organization_holds_it()
    {
        await using var served = await StartWithLeads();
        using var client = served.Client();

        EnvironmentExport.Write(new WebApiOrganizationService(client), folder);

        var read = ReportCsv.Read(folder);
        var held = OrganizationExport.Tables(served.System);
        Assert.NotEmpty(held.Transitions);
        Assert.Equal(held.Leads, read.Leads);
        Assert.Equal(held.Transitions, read.Transitions);
        Assert.Equal(held.Clocks, read.Clocks);
        Assert.Equal(held.Agreements, read.Agreements);
        Assert.NotEmpty(FunnelReport.Of(read, "export").Tables);
    }

    [Fact]
    public async Task The_sample_organization_of_serve_exports_leads_with_their_history()
    {
        var organization = SampleOrganization.Create(null).Organization;
        await using var api = await LocalWebApi.StartAsync(organization, new WebApiOptions());
        using var client = new WebApiClient(api.BaseAddress, new NoToken());

        EnvironmentExport.Write(new WebApiOrganizationService(client), folder);

        var read = ReportCsv.Read(folder);
        Assert.Equal(SampleOrganization.Settings.Leads, read.Leads.Count);
        Assert.Contains(read.Transitions, t => t.ToStage == "SAL");
        Assert.NotEmpty(read.Clocks);
    }

    [Fact]
    public async Task The_exported_history_lists_each_lead_with_its_interactions_for_calibrate()
    {
        await using var served = await StartWithLeads();
        using var client = served.Client();

        EnvironmentExport.Write(new WebApiOrganizationService(client), folder);

        var history = HistoryFile.Read(Path.Combine(folder, EnvironmentExport.HistoryFileName));
        Assert.Equal(12, history.Count);
        Assert.Equal(12, history.Count(lead => lead.Columns.ValueOf("jobtitle") is not null));
        Assert.Equal(6 * 2, history.Sum(lead => lead.Interactions.Count));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The sample configuration with the administrator as the agreement's sales owner, six CTOs who attended two
    // webinars (MQL, handed over) and six interns without interactions.
    private static async Task<ServedOrganization> StartWithLeads()
    {
        var served = await ServedOrganization.StartAsync();
        SampleConfigurationLoader.LoadInto(SolutionFolder.Load().SampleConfiguration, served.System);
        foreach (var agreement in served.System.RetrieveMultiple(new QueryExpression(SlaAgreementSchema.EntityName)).Entities)
        {
            served.System.Update(new Entity(SlaAgreementSchema.EntityName, agreement.Id) { [SlaAgreementSchema.SalesOwnerId] = new EntityReference("systemuser", served.Organization.AdminUserId) });
        }

        var ctos = served.CreateLeads(6, "CTO");
        served.CreateLeads(6, "Intern");
        foreach (var lead in ctos)
        {
            foreach (var day in new[] { 1, 2 })
            {
                served.System.Create(new Entity(InteractionSchema.EntityName)
                {
                    [InteractionSchema.Subject] = "Webinar",
                    [InteractionSchema.InteractionType] = new OptionSetValue((int)InteractionType.WebinarAttendance),
                    [InteractionSchema.OccurredOn] = ServedOrganization.Start.AddDays(-day),
                    [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, lead),
                });
            }
        }

        served.Organization.RunPendingAsyncJobs();
        return served;
    }
}
