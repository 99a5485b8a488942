using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.XrmSdk.Tests;

public sealed class FaultTests
{
    [Fact]
    public void Plugin_exception_with_a_message_fails_the_operation_with_the_exception_HResult()
    {
        var exception = new InvalidPluginExecutionException("Rejection needs a reason.");

        Assert.Equal(OperationStatus.Failed, exception.Status);
        Assert.Equal(exception.HResult, exception.ErrorCode);
        Assert.Equal("Rejection needs a reason.", exception.Message);
    }

    [Fact]
    public void Plugin_exception_with_status_and_code_reports_both()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Canceled, -2147220891, "Stopped.");

        Assert.Equal(OperationStatus.Canceled, exception.Status);
        Assert.Equal(-2147220891, exception.ErrorCode);
        Assert.Equal("Stopped.", exception.Message);
    }

    [Fact]
    public void Plugin_exception_with_only_a_status_has_an_empty_message()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Retry);

        Assert.Equal(OperationStatus.Retry, exception.Status);
        Assert.Equal(string.Empty, exception.Message);
    }

    [Fact]
    public void Service_fault_text_lists_the_fault_then_its_inner_fault()
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = -2147220969,
            Message = "lead With Id = 1 Does Not Exist",
            Timestamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            InnerFault = new OrganizationServiceFault { ErrorCode = 7, Message = "inner", Timestamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) },
        };

        var block = "Exception details: " + Environment.NewLine + "ErrorCode: 0x{0}" + Environment.NewLine + "Message: {1}" + Environment.NewLine
            + "TimeStamp: 2026-01-02T03:04:05.0000000Z" + Environment.NewLine + "--" + Environment.NewLine;
        Assert.Equal(string.Format(block, "80040217", "lead With Id = 1 Does Not Exist") + string.Format(block, "7", "inner"), fault.ToString());
    }

    [Fact]
    public void Service_fault_has_empty_error_details_until_filled()
    {
        var fault = new OrganizationServiceFault();

        Assert.Empty(fault.ErrorDetails);
        Assert.Null(fault.InnerFault);
    }
}
