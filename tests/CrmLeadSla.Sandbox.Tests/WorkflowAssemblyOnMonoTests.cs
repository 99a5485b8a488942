using System.Text.Json;

namespace CrmLeadSla.Sandbox.Tests;

/// <summary>
/// The net462 workflow assembly on Mono: its activities cannot be created there (no System.Activities), the code
/// they delegate to — compiled into the same assembly — runs.
/// </summary>
public class WorkflowAssemblyOnMonoTests
{
    [SkippableFact]
    public void Eight_business_hours_from_Maundy_Thursday_afternoon_fall_due_on_the_Tuesday_after_Easter()
    {
        var dueDate = SandboxRuns.OnMono().Case("workflow-due-date");

        // Thursday 16:00–17:00 in Berlin is one hour; Good Friday, the weekend and Easter Monday are not working
        // days; seven more hours from 08:00 on Tuesday end at 15:00 CEST.
        Assert.Equal("2026-04-07T13:00:00.0000000Z", dueDate.GetProperty("dueOn").GetString());
    }

    [SkippableFact]
    public void An_agreed_reason_returns_an_MQL_to_nurturing_and_a_reason_the_agreement_does_not_list_is_refused_in_English_and_in_German()
    {
        var judgements = SandboxRuns.OnMono().Case("workflow-rejection").GetProperty("judgements").EnumerateArray().ToList();

        Assert.Equal("Nurture", judgements[0].GetProperty("to").GetString());
        Assert.Equal("2026-07-01T14:00:00.0000000Z", judgements[0].GetProperty("reactivateOn").GetString());
        Assert.Equal(JsonValueKind.Null, judgements[1].GetProperty("to").ValueKind);
        Assert.Equal(
            "Sales cannot move a lead from MQL to Disqualified: the reason 'Falsche Region' is not one the agreement 'Vertrieb DACH' lists. Choose a reason the agreement lists, or ask an administrator to add it to the agreement.",
            judgements[1].GetProperty("refusal").GetString());
        Assert.Equal(
            "Der Vertrieb kann einen Lead nicht von MQL nach Disqualifiziert verschieben: Der Ablehnungsgrund „Falsche Region“ gehört nicht zu den Gründen der Vereinbarung „Vertrieb DACH“. Wählen Sie einen Grund, den die Vereinbarung nennt, oder bitten Sie einen Administrator, ihn in die Vereinbarung aufzunehmen.",
            judgements[1].GetProperty("refusalInGerman").GetString());
    }

    [SkippableFact]
    public void On_Mono_no_registered_activity_can_be_created_for_want_of_System_Activities()
    {
        var activities = SandboxRuns.OnMono().Case("workflow-activities").GetProperty("activities").EnumerateArray().ToList();

        Assert.Equal(7, activities.Count);
        Assert.All(activities, activity =>
        {
            Assert.False(activity.GetProperty("created").GetBoolean());
            Assert.Contains("System.Activities, Version=4.0.0.0", activity.GetProperty("failure").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void On_current_dotnet_every_registered_activity_is_created()
    {
        var activities = SandboxRuns.OnDotNet().Case("workflow-activities").GetProperty("activities").EnumerateArray().ToList();

        Assert.Equal(7, activities.Count);
        Assert.All(activities, activity => Assert.True(activity.GetProperty("created").GetBoolean(), activity.GetProperty("failure").GetString()));
    }
}
