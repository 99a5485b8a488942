using System.Globalization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

public class OrganizationServiceFault : BaseServiceFault
{
    public OrganizationServiceFault InnerFault { get; set; }

    public string TraceText { get; set; }

    // The SDK's layout: one block per fault, the inner faults after the outer one.
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var fault = this; fault != null; fault = fault.InnerFault)
        {
            text.AppendLine("Exception details: ")
                .AppendLine("ErrorCode: 0x" + fault.ErrorCode.ToString("X", CultureInfo.InvariantCulture))
                .AppendLine("Message: " + fault.Message)
                .AppendLine("TimeStamp: " + fault.Timestamp.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture))
                .AppendLine("--");
        }

        return text.ToString();
    }
}
