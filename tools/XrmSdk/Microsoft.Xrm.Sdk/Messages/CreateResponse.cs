using System;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateResponse : OrganizationResponse
{
    public Guid id => ResultOrDefault<Guid>("id");
}
