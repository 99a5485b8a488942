using System.Net;
using System.ServiceModel;
using System.Text;
using System.Text.Json.Nodes;
using CrmLeadSla.OrganizationSetup;
using CrmLeadSla.Plugins.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Cli.WebApi;
using CrmLeadSla.LocalDataverse.Security;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// The owner bound as Dataverse binds it: one navigation property <c>ownerid</c> to a user or a team
/// (<c>/systemusers(id)</c>, <c>/teams(id)</c>), the assignment made through the organization service.
/// </summary>
public class OwnerBindingTests
{
    [Fact]
    public async Task A_lead_is_assigned_to_another_user_by_binding_ownerid_to_the_user()
    {
        var colleague = Guid.Empty;
        await using var served = await ServedOrganization.StartAsync(arrange: o => colleague = new TeamMembers(o).SecondSalesRep());
        var lead = served.System.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger" });

        using var response = await Send(served, HttpMethod.Patch, $"leads({lead})", $"{{\"ownerid@odata.bind\":\"/systemusers({colleague})\"}}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(new EntityReference("systemuser", colleague), served.Lead(lead, "ownerid").GetAttributeValue<EntityReference>("ownerid"));
    }

    [Fact]
    public async Task A_lead_is_assigned_to_a_team_by_binding_ownerid_to_the_team_and_owningteam_follows()
    {
        await using var served = await ServedOrganization.StartAsync();
        var team = served.Organization.CreateTeam("Vertrieb Süd");
        var lead = served.System.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger" });

        using var response = await Send(served, HttpMethod.Patch, $"leads({lead})", $"{{\"ownerid@odata.bind\":\"/teams({team})\"}}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var owned = served.Lead(lead, "ownerid", "owningteam", "owninguser");
        Assert.Equal(new EntityReference("team", team), owned.GetAttributeValue<EntityReference>("ownerid"));
        Assert.Equal(team, owned.GetAttributeValue<EntityReference>("owningteam")?.Id);
        Assert.Null(owned.GetAttributeValue<EntityReference>("owninguser"));
    }

    [Fact]
    public async Task The_command_line_s_web_api_client_assigns_a_lead_to_a_team_through_ownerid()
    {
        await using var served = await ServedOrganization.StartAsync();
        var team = served.Organization.CreateTeam("Vertrieb Süd");
        var lead = served.System.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger" });
        using var client = served.Client();

        new WebApiOrganizationService(client).Update(new Entity(LeadSchema.EntityName, lead) { ["ownerid"] = new EntityReference("team", team) });

        Assert.Equal(new EntityReference("team", team), served.Lead(lead, "ownerid").GetAttributeValue<EntityReference>("ownerid"));
    }

    [Fact]
    public async Task A_lead_is_created_owned_by_the_user_ownerid_binds_by_absolute_url()
    {
        var colleague = Guid.Empty;
        await using var served = await ServedOrganization.StartAsync(arrange: o => colleague = new TeamMembers(o).SecondSalesRep());

        using var response = await Send(served, HttpMethod.Post, "leads", $"{{\"lastname\":\"Berger\",\"ownerid@odata.bind\":\"{served.Api.ServiceRoot}systemusers({colleague})\"}}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var lead = Guid.Parse(response.Headers.GetValues("OData-EntityId").Single().Split('(', ')')[1]);
        Assert.Equal(colleague, served.Lead(lead, "ownerid").GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public async Task Binding_ownerid_to_a_row_of_another_table_is_refused_naming_the_property_and_the_sets_it_takes()
    {
        await using var served = await ServedOrganization.StartAsync();
        var lead = served.System.Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger" });
        var account = served.System.Create(new Entity("account") { ["name"] = "Berger GmbH" });

        using var response = await Send(served, HttpMethod.Patch, $"leads({lead})", $"{{\"ownerid@odata.bind\":\"/accounts({account})\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await Message(response);
        Assert.Contains("ownerid@odata.bind", message, StringComparison.Ordinal);
        Assert.Contains("/systemusers(id)", message, StringComparison.Ordinal);
        Assert.Contains("/teams(id)", message, StringComparison.Ordinal);
        Assert.Equal(served.Organization.SystemUserId, served.Lead(lead, "ownerid").GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public async Task A_user_without_the_assign_privilege_is_refused_with_the_fault_the_organization_service_gives()
    {
        var (rep, colleague) = (Guid.Empty, Guid.Empty);
        await using var served = await ServedOrganization.StartAsync(arrange: o =>
        {
            var sales = o.Organization.Security.Roles.Single(r => r.Name == LeadSlaRoles.Sales);
            var withoutAssign = sales with { Id = Guid.NewGuid(), Name = "Sales without assign", Privileges = [.. sales.Privileges.Where(p => !string.Equals(p.Name, "prvAssignlead", StringComparison.OrdinalIgnoreCase))] };
            o.Organization.Security.AddRole(withoutAssign);
            rep = o.Organization.CreateUser("Sam Sales", null, withoutAssign.Id);
            colleague = new TeamMembers(o).SecondSalesRep();
        });
        var lead = served.Organization.ServiceFor(rep).Create(new Entity(LeadSchema.EntityName) { ["lastname"] = "Berger" });
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            served.Organization.ServiceFor(rep).Update(new Entity(LeadSchema.EntityName, lead) { ["ownerid"] = new EntityReference("systemuser", colleague) }));

        using var response = await Send(served, HttpMethod.Patch, $"leads({lead})", $"{{\"ownerid@odata.bind\":\"/systemusers({colleague})\"}}", rep);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(SecurityErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Equal(fault.Detail.Message, await Message(response));
        Assert.Equal(rep, served.Lead(lead, "ownerid").GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public async Task Metadata_declares_the_owner_as_one_navigation_property_to_principal_the_base_of_users_and_teams()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };

        var reading = await ODataReading.OfAsync(http);
        var relationships = JsonNode.Parse(await http.GetStringAsync("EntityDefinitions(LogicalName='lead')/ManyToOneRelationships"))!["value"]!.AsArray();

        var lead = (IEdmEntityType)reading.Model.FindDeclaredType("Microsoft.Dynamics.CRM.lead");
        var owner = Assert.Single(lead.NavigationProperties(), p => p.Name.StartsWith("ownerid", StringComparison.Ordinal));
        Assert.Equal("Microsoft.Dynamics.CRM.principal", owner.ToEntityType().FullName());
        Assert.Equal("Microsoft.Dynamics.CRM.principal", ((IEdmEntityType)reading.Model.FindDeclaredType("Microsoft.Dynamics.CRM.systemuser")).BaseEntityType().FullName());
        Assert.Equal("Microsoft.Dynamics.CRM.principal", ((IEdmEntityType)reading.Model.FindDeclaredType("Microsoft.Dynamics.CRM.team")).BaseEntityType().FullName());
        var ownerRelationship = Assert.Single(relationships, r => r!["ReferencingAttribute"]!.GetValue<string>() == "ownerid")!;
        Assert.Equal("ownerid", ownerRelationship["ReferencingEntityNavigationPropertyName"]!.GetValue<string>());
        Assert.Equal("owner", ownerRelationship["ReferencedEntity"]!.GetValue<string>());
    }

    [Fact]
    public async Task Expanding_the_owner_is_refused_pointing_to_the_owning_user_or_team()
    {
        await using var served = await ServedOrganization.StartAsync();
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };

        using var response = await http.GetAsync("leads?$expand=ownerid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("owninguser", await Message(response), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> Send(ServedOrganization served, HttpMethod method, string path, string body, Guid? onBehalfOf = null)
    {
        using var http = new HttpClient { BaseAddress = served.Api.ServiceRoot };
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (onBehalfOf is { } user)
        {
            request.Headers.Add("MSCRMCallerID", user.ToString());
        }

        return await http.SendAsync(request);
    }

    private static async Task<string> Message(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>();
}
