using System.Text.Json;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Sandbox.Tests;

/// <summary>
/// The net462 plug-in assembly, executed on Mono through IPlugin.Execute with a context of the harness's own making:
/// the lead step on a lead's Create, the interaction step on two interactions' Create.
/// </summary>
public class PluginAssemblyOnMonoTests
{
    [SkippableFact]
    public void Every_case_runs_on_Mono_without_an_error()
    {
        var run = SandboxRuns.OnMono();

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal("Mono", run.Case("runtime").GetProperty("runtime").GetString());
    }

    [SkippableFact]
    public void A_new_lead_is_graded_A_with_100_fit_points_from_its_role_size_and_BANT_columns()
    {
        var written = SandboxRuns.OnMono().Case("lead-create").GetProperty("target");

        Assert.Equal(100, written.GetProperty(LeadSchema.FitScore).GetInt32());
        Assert.Equal((int)Grade.A, written.GetProperty(LeadSchema.Grade).GetInt32());
        Assert.Equal(0, written.GetProperty(LeadSchema.BehaviorScore).GetInt32());
        Assert.Equal("A0", written.GetProperty(LeadSchema.LeadIndex).GetString());
        Assert.StartsWith(
            "Fit 100 → A: Geschäftsführung +30; Company of 200 to 5,000 employees +25; Budget approved +15; Buying this quarter +10; Decision maker +10; Revenue of 10 million or more +10\n",
            written.GetProperty(LeadSchema.ScoreExplanation).GetString(),
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_webinar_attendance_adds_30_behaviour_points_to_the_lead_with_one_read_and_one_update()
    {
        var webinar = SandboxRuns.OnMono().Case("webinar-attendance");

        var lead = Assert.Single(webinar.GetProperty("writes").EnumerateArray()).GetProperty("columns");
        Assert.Equal(30, lead.GetProperty(LeadSchema.BehaviorScore).GetInt32());
        Assert.Equal("A30", lead.GetProperty(LeadSchema.LeadIndex).GetString());
        Assert.Equal(["RetrieveMultiple lead", "Update lead"], Strings(webinar.GetProperty("requests")));
    }

    [SkippableFact]
    public void A_pricing_page_visit_after_the_webinar_makes_the_lead_an_A50_MQL()
    {
        var lead = Assert.Single(SandboxRuns.OnMono().Case("pricing-page-visit").GetProperty("writes").EnumerateArray()).GetProperty("columns");

        Assert.Equal(50, lead.GetProperty(LeadSchema.BehaviorScore).GetInt32());
        Assert.Equal("A50", lead.GetProperty(LeadSchema.LeadIndex).GetString());
        Assert.Equal((int)FunnelStage.Mql, lead.GetProperty(LeadSchema.FunnelStage).GetInt32());
    }

    [SkippableFact]
    public void The_net462_build_on_Mono_writes_exactly_what_the_current_dotnet_build_writes()
    {
        var mono = SandboxRuns.OnMono();
        var dotnet = SandboxRuns.OnDotNet();

        // Every case but the runtime's name and the activities, which only a runtime with System.Activities can create.
        Assert.Equal(dotnet.LinesExcept("runtime", "workflow-activities"), mono.LinesExcept("runtime", "workflow-activities"));
    }

    [Fact]
    public void Every_case_runs_on_current_dotnet_without_an_error()
    {
        var run = SandboxRuns.OnDotNet();

        Assert.True(run.ExitCode == 0, run.Printed);
    }

    [SkippableFact]
    public void The_run_on_Mono_loads_the_Microsoft_Xrm_Sdk_of_the_build_mode()
    {
        var sdk = SandboxRuns.OnMono().Case("runtime").GetProperty("sdk").GetString();

        // Microsoft signs its SDK with the key of token 31bf3856ad364e35; the stand-in carries the repository's key.
        var token = SandboxRuns.XrmSdk == "StandIn"
            ? Convert.ToHexStringLower(typeof(SandboxRuns).Assembly.GetName().GetPublicKeyToken()!)
            : "31bf3856ad364e35";
        Assert.Equal($"Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken={token}", sdk);
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!).ToArray();
}
