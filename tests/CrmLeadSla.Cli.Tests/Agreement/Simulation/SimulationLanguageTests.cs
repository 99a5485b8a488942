using CrmLeadSla.Cli.Agreement.Simulation;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Tests.Agreement.Simulation;

/// <summary>The starter agreement is for the DACH region: its reps and marketers read Dynamics in German, and so the escalations they get.</summary>
public class SimulationLanguageTests(SimulationLanguageTests.SmallMarket market) : IClassFixture<SimulationLanguageTests.SmallMarket>
{
    private const int German = 1031;

    private static readonly SimulationSettings Small = new(Leads: 300, Days: 30, Seed: 3, SalesReps: 3, Marketers: 1);

    private readonly IOrganizationService system = market.System;

    [Fact]
    public void The_escalation_tasks_of_the_reps_are_German()
    {
        var germanReaders = system.RetrieveMultiple(new QueryExpression(UserSettingsSchema.EntityName)
        {
            ColumnSet = new ColumnSet(UserSettingsSchema.UiLanguageId),
            Criteria = { Conditions = { new ConditionExpression(UserSettingsSchema.UiLanguageId, ConditionOperator.Equal, German) } },
        }).Entities.Select(settings => settings.Id).ToHashSet();

        var subjects = Escalations("task")
            .Where(task => task.GetAttributeValue<EntityReference>("ownerid") is { } owner && germanReaders.Contains(owner.Id))
            .Select(task => task.GetAttributeValue<string>("subject"))
            .ToList();

        Assert.Equal(Small.SalesReps + Small.Marketers, germanReaders.Count);
        Assert.NotEmpty(subjects);
        Assert.All(subjects, subject => Assert.StartsWith("SLA verletzt: ", subject, StringComparison.Ordinal));
    }

    [Fact]
    public void The_marketing_owner_is_told_of_sales_breaches_in_German()
    {
        var subjects = Escalations("email").Select(email => email.GetAttributeValue<string>("subject")).ToList();

        Assert.NotEmpty(subjects);
        Assert.All(subjects, subject => Assert.StartsWith("SLA verletzt: ", subject, StringComparison.Ordinal));
    }

    private IReadOnlyList<Entity> Escalations(string table) =>
        system.RetrieveMultiple(new QueryExpression(table)
        {
            ColumnSet = new ColumnSet("subject", "ownerid"),
            Criteria = { Conditions = { new ConditionExpression("subject", ConditionOperator.Like, "SLA %") } },
        }).Entities;

    /// <summary>A month of a small market, simulated once for the tests that read it.</summary>
    public sealed class SmallMarket
    {
        public SmallMarket()
        {
            var organization = new SimulationRun(Small).Execute(SimulationRun.Install(Small)).Organization;
            System = organization.ServiceFor(organization.SystemUserId);
        }

        public IOrganizationService System { get; }
    }
}
