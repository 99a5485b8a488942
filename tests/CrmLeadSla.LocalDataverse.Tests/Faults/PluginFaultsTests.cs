using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Faults;

/// <summary>The fault Dataverse returns for what a plug-in or a workflow activity throws.</summary>
public class PluginFaultsTests
{
    [Fact]
    public void Invalid_plugin_execution_exception_without_a_code_becomes_isv_aborted_with_its_message()
    {
        var fault = PluginFaults.Of(new InvalidPluginExecutionException("Score model missing."), "plug-in");

        Assert.Equal((ErrorCodes.PluginFault, "Score model missing."), (fault.Detail.ErrorCode, fault.Detail.Message));
    }

    [Fact]
    public void Invalid_plugin_execution_exception_keeps_the_code_it_names()
    {
        var fault = PluginFaults.Of(new InvalidPluginExecutionException(OperationStatus.Failed, 12345, "custom"), "workflow activity");

        Assert.Equal(12345, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Fault_of_a_nested_call_passes_unchanged()
    {
        var nested = Fault.ObjectDoesNotExist("lead", Guid.NewGuid());

        Assert.Same(nested, PluginFaults.Of(nested, "plug-in"));
    }

    [Fact]
    public void Any_other_exception_becomes_the_unexpected_error_naming_what_threw_it()
    {
        var fault = PluginFaults.Of(new InvalidOperationException("boom"), "workflow activity");

        Assert.Equal(
            (ErrorCodes.PluginUnexpected, "Unexpected exception from workflow activity (Execute): System.InvalidOperationException: boom"),
            (fault.Detail.ErrorCode, fault.Detail.Message));
    }
}
