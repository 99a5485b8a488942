using System.Activities;

namespace CrmLeadSla.SdkSurface.Tests.WorkflowHost;

/// <summary>
/// The stand-in's WorkflowInvoker runs a code activity as Windows Workflow Foundation does for a
/// host such as the local Dataverse: arguments by property name, extensions through the context.
/// </summary>
public sealed class WorkflowInvokerTests
{
    private static readonly DateTime Monday9 = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Inputs_bind_to_in_arguments_and_outputs_return_by_property_name()
    {
        var outputs = WorkflowInvoker.Invoke(new AddHours(), new Dictionary<string, object> { ["Start"] = Monday9, ["Hours"] = 4 });

        Assert.Equal(Monday9.AddHours(4), outputs["Due"]);
    }

    [Fact]
    public void Outputs_hold_only_the_out_arguments()
    {
        var outputs = WorkflowInvoker.Invoke(new AddHours(), new Dictionary<string, object> { ["Start"] = Monday9 });

        Assert.Equal(["Due"], outputs.Keys);
    }

    [Fact]
    public void An_optional_input_not_given_reads_as_its_type_default()
    {
        var outputs = WorkflowInvoker.Invoke(new AddHours(), new Dictionary<string, object> { ["Start"] = Monday9 });

        Assert.Equal(Monday9, outputs["Due"]);
    }

    [Fact]
    public void A_constant_set_on_the_argument_property_is_its_value()
    {
        var activity = new AddHours { Start = Monday9, Hours = 2 };

        var outputs = WorkflowInvoker.Invoke(activity);

        Assert.Equal(Monday9.AddHours(2), outputs["Due"]);
    }

    [Fact]
    public void An_input_overrides_the_constant_of_the_argument_property()
    {
        var activity = new AddHours { Start = Monday9, Hours = 2 };

        var outputs = WorkflowInvoker.Invoke(activity, new Dictionary<string, object> { ["Hours"] = 5 });

        Assert.Equal(Monday9.AddHours(5), outputs["Due"]);
    }

    [Fact]
    public void A_required_argument_missing_from_the_inputs_is_refused_before_the_activity_runs()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new AddHours(), new Dictionary<string, object> { ["Hours"] = 1 }));

        Assert.Equal("rootArgumentValues", error.ParamName);
        Assert.Contains("'AddHours': Value for a required activity argument 'Start' was not supplied.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_argument_without_value_is_refused_when_no_inputs_are_given()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new AddHours()));

        Assert.Equal("program", error.ParamName);
        Assert.Contains("Value for a required activity argument 'Start' was not supplied.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_that_maps_to_no_argument_is_refused_names_being_case_sensitive()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new AddHours(), new Dictionary<string, object> { ["Start"] = Monday9, ["hours"] = 1 }));

        Assert.Contains("do not map to arguments and must be removed: hours.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_of_the_wrong_type_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new AddHours(), new Dictionary<string, object> { ["Start"] = "Monday" }));

        Assert.Contains("Expected an input parameter value of type 'System.DateTime' for parameter named 'Start'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_added_by_the_host_is_found_through_the_interface_it_implements()
    {
        var invoker = new WorkflowInvoker(new ReadClock());
        invoker.Extensions.Add(new FixedClock("host", Monday9));

        var outputs = invoker.Invoke();

        Assert.Equal((Monday9, "host"), ((DateTime)outputs["Result"], (string)outputs["Source"]));
    }

    [Fact]
    public void An_extension_of_a_type_nobody_added_is_null()
    {
        var activity = new CaptureContext();

        WorkflowInvoker.Invoke(activity);

        Assert.Null(activity.Clock);
    }

    [Fact]
    public void An_extension_added_as_a_creation_function_is_created_for_each_run()
    {
        var created = 0;
        var activity = new CaptureContext();
        var invoker = new WorkflowInvoker(activity);
        invoker.Extensions.Add<IClock>(() => new FixedClock($"run {++created}", Monday9));

        invoker.Invoke();
        var first = activity.Clock;
        invoker.Invoke();

        Assert.Equal(("run 1", "run 2"), (first!.Name, activity.Clock!.Name));
    }

    [Fact]
    public void Extensions_cannot_be_added_once_a_run_has_used_them()
    {
        var invoker = new WorkflowInvoker(new CaptureContext());
        invoker.Invoke();

        Assert.Throws<InvalidOperationException>(() => invoker.Extensions.Add(new FixedClock("late", Monday9)));
    }

    [Fact]
    public void The_result_of_a_code_activity_with_result_is_returned_and_other_outputs_apart()
    {
        var result = WorkflowInvoker.Invoke(new Doubling(), new Dictionary<string, object> { ["Value"] = -21 }, out var additionalOutputs, TimeSpan.FromMinutes(1));

        Assert.Equal((-42, true, 1), (result, (bool)additionalOutputs["WasNegative"], additionalOutputs.Count));
    }

    [Fact]
    public void An_exception_thrown_by_the_activity_reaches_the_caller_unchanged()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WorkflowInvoker.Invoke(new Refuse()));

        Assert.Equal("refused by the activity", error.Message);
    }

    [Fact]
    public void A_context_cannot_be_used_after_the_activity_returned()
    {
        var activity = new CaptureContext();
        WorkflowInvoker.Invoke(activity);

        Assert.Throws<ObjectDisposedException>(() => activity.Captured!.GetExtension<IClock>());
    }
}
