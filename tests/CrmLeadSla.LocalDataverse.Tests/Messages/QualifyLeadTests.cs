using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Messages.Special;
using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

public class QualifyLeadTests
{
    private const int Qualified = 3;

    [Fact]
    public void Qualify_lead_creates_account_contact_and_opportunity_through_the_pipeline()
    {
        var created = new List<string>();
        var sales = new SalesOrganization(
            StepBuilder.Running(run => created.Add(run.Context.PrimaryEntityName)).On("Create", null).At(PipelineStage.PostOperation));
        var lead = NewLead(sales);
        created.Clear();

        sales.Service.Execute(Qualify(lead, account: true, contact: true, opportunity: true));

        Assert.Equal(["account", "contact", "opportunity"], created);
    }

    [Fact]
    public void Qualify_lead_returns_the_created_rows()
    {
        var sales = new SalesOrganization();
        var lead = NewLead(sales);

        var response = (QualifyLeadResponse)Typed(sales.Service.Execute(Qualify(lead, account: true, contact: true, opportunity: true)));

        Assert.Equal(["account", "contact", "opportunity"], response.CreatedEntities.Select(r => r.LogicalName));
    }

    [Fact]
    public void Qualify_lead_names_the_account_after_the_company()
    {
        var sales = new SalesOrganization();
        var lead = NewLead(sales);

        var account = Created(sales, Qualify(lead, account: true, contact: false, opportunity: false), "account");

        Assert.Equal("Contoso", account["name"]);
    }

    [Fact]
    public void Qualify_lead_creates_the_contact_under_the_new_account()
    {
        var sales = new SalesOrganization();
        var lead = NewLead(sales);

        var response = sales.Service.Execute(Qualify(lead, account: true, contact: true, opportunity: false));

        var refs = (EntityReferenceCollection)response["CreatedEntities"];
        var contact = sales.Row("contact", refs[1].Id);
        Assert.Equal(("Ada", "Ray", "ada@contoso.example", "Head of Development"), (contact["firstname"], contact["lastname"], contact["emailaddress1"], contact["jobtitle"]));
        Assert.Equal(refs[0].Id, contact.GetAttributeValue<EntityReference>("parentcustomerid").Id);
    }

    [Fact]
    public void Qualify_lead_creates_the_opportunity_from_the_lead_for_the_new_account()
    {
        var sales = new SalesOrganization();
        var lead = NewLead(sales);

        var response = sales.Service.Execute(Qualify(lead, account: true, contact: false, opportunity: true));

        var refs = (EntityReferenceCollection)response["CreatedEntities"];
        var opportunity = sales.Row("opportunity", refs[1].Id);
        Assert.Equal("Needs 40 licences", opportunity["name"]);
        Assert.Equal(lead, opportunity.GetAttributeValue<EntityReference>("originatingleadid").Id);
        Assert.Equal(refs[0], opportunity.GetAttributeValue<EntityReference>("customerid"));
        Assert.Equal(25_000m, opportunity.GetAttributeValue<Money>("budgetamount").Value);
    }

    [Fact]
    public void Qualify_lead_closes_the_lead_as_qualified_and_points_it_at_the_opportunity()
    {
        var sales = new SalesOrganization();
        var lead = NewLead(sales);

        var response = sales.Service.Execute(Qualify(lead, account: false, contact: false, opportunity: true));

        var row = sales.Row("lead", lead);
        var opportunity = ((EntityReferenceCollection)response["CreatedEntities"])[0];
        Assert.Equal((1, Qualified), (row.GetAttributeValue<OptionSetValue>("statecode").Value, row.GetAttributeValue<OptionSetValue>("statuscode").Value));
        Assert.Equal(opportunity.Id, row.GetAttributeValue<EntityReference>("qualifyingopportunityid").Id);
    }

    [Fact]
    public void Qualify_lead_uses_the_existing_parent_account_as_the_opportunity_customer()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Fabrikam" });
        var lead = NewLead(sales, new EntityReference("account", account));

        var opportunity = Created(sales, Qualify(lead, account: false, contact: false, opportunity: true), "opportunity");

        Assert.Equal(account, opportunity.GetAttributeValue<EntityReference>("customerid").Id);
    }

    [Fact]
    public void Qualifying_a_lead_that_already_has_a_parent_account_into_a_new_account_is_refused()
    {
        var sales = new SalesOrganization();
        var account = sales.Service.Create(new Entity("account") { ["name"] = "Fabrikam" });
        var lead = NewLead(sales, new EntityReference("account", account));

        var fault = SalesOrganization.FaultOf(() => sales.Service.Execute(Qualify(lead, account: true, contact: false, opportunity: false)));

        Assert.Equal(SpecialMessageErrorCodes.DuplicateDetected, fault.ErrorCode);
        Assert.Equal(1, sales.Count("account"));
    }

    [Fact]
    public void Qualifying_a_closed_lead_is_refused()
    {
        var sales = new SalesOrganization();
        var lead = NewLead(sales);
        sales.Service.Execute(Qualify(lead, account: false, contact: false, opportunity: false));

        var fault = SalesOrganization.FaultOf(() => sales.Service.Execute(Qualify(lead, account: false, contact: false, opportunity: true)));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Equal(0, sales.Count("opportunity"));
    }

    [Fact]
    public void Qualify_lead_with_a_status_of_another_state_is_refused()
    {
        var sales = new SalesOrganization();
        var lead = NewLead(sales);
        var request = Qualify(lead, account: false, contact: false, opportunity: false);
        request.Status = new OptionSetValue(4);

        var fault = SalesOrganization.FaultOf(() => sales.Service.Execute(request));

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.ErrorCode);
    }

    [Fact]
    public void A_failing_plugin_on_the_new_opportunity_rolls_back_the_whole_qualification()
    {
        var sales = new SalesOrganization(
            StepBuilder.Running(_ => throw new InvalidPluginExecutionException("no opportunities today"))
                .On("Create", "opportunity").At(PipelineStage.PreOperation));
        var lead = NewLead(sales);

        var fault = SalesOrganization.FaultOf(() => sales.Service.Execute(Qualify(lead, account: true, contact: true, opportunity: true)));

        Assert.Equal("no opportunities today", fault.Message);
        Assert.Equal((0, 0), (sales.Count("account"), sales.Count("contact")));
        Assert.Equal(0, sales.Row("lead", lead).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    private static Guid NewLead(SalesOrganization sales, EntityReference? parentAccount = null) =>
        sales.Service.Create(new Entity("lead")
        {
            ["subject"] = "Needs 40 licences",
            ["companyname"] = "Contoso",
            ["firstname"] = "Ada",
            ["lastname"] = "Ray",
            ["emailaddress1"] = "ada@contoso.example",
            ["jobtitle"] = "Head of Development",
            ["budgetamount"] = new Money(25_000m),
            ["parentaccountid"] = parentAccount,
        });

    private static QualifyLeadRequest Qualify(Guid lead, bool account, bool contact, bool opportunity) => new()
    {
        LeadId = new EntityReference("lead", lead),
        CreateAccount = account,
        CreateContact = contact,
        CreateOpportunity = opportunity,
        Status = new OptionSetValue(Qualified),
    };

    private static Entity Created(SalesOrganization sales, QualifyLeadRequest request, string table)
    {
        var created = (EntityReferenceCollection)sales.Service.Execute(request)["CreatedEntities"];
        return sales.Row(table, created.Single(r => r.LogicalName == table).Id);
    }

    private static OrganizationResponse Typed(OrganizationResponse response) => new QualifyLeadResponse { Results = response.Results };
}
