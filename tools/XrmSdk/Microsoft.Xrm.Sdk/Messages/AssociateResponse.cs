namespace Microsoft.Xrm.Sdk.Messages;

public sealed class AssociateResponse : OrganizationResponse
{
}
