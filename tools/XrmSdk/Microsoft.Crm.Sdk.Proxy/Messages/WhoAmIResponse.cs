using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class WhoAmIResponse : OrganizationResponse
{
    public WhoAmIResponse()
    {
    }

    public Guid UserId => Results.ValueOrDefault<Guid>("UserId");

    public Guid BusinessUnitId => Results.ValueOrDefault<Guid>("BusinessUnitId");

    public Guid OrganizationId => Results.ValueOrDefault<Guid>("OrganizationId");
}
