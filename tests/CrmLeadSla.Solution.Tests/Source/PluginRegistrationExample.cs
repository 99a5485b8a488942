using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>A complete plug-in assembly registration in the source format: every attribute a step can carry.</summary>
internal static class PluginRegistrationExample
{
    public const string Xml = $$"""
        <pluginassembly name="CrmLeadSla.Plugins" isolationmode="Sandbox">
          <plugintype name="CrmLeadSla.Plugins.LeadScoringPlugin" friendlyname="Lead scoring">
            <step id="6a1d9e3c-2b47-4f08-8c15-3e7a9b2d4f01" name="Score lead on create" message="Create" entity="lead"
                  stage="PreOperation" mode="Synchronous" rank="10" />
            <step id="6a1d9e3c-2b47-4f08-8c15-3e7a9b2d4f02" name="Score lead on update" message="Update" entity="lead"
                  stage="PreOperation" mode="Synchronous" rank="10"
                  filteringattributes="budgetstatus, decisionmaker, need, purchasetimeframe, industrycode, numberofemployees, revenue, jobtitle">
              <image alias="PreImage" type="PreImage" attributes="{{LeadSchema.FitScore}},{{LeadSchema.BehaviorScore}},{{LeadSchema.Grade}},{{LeadSchema.ScoredOn}}" />
              <unsecureconfiguration>{"traceRules":true}</unsecureconfiguration>
            </step>
          </plugintype>
          <plugintype name="CrmLeadSla.Plugins.InteractionScoringPlugin" friendlyname="Interaction scoring">
            <step id="6a1d9e3c-2b47-4f08-8c15-3e7a9b2d4f03" name="Score interaction" message="Create" entity="{{InteractionSchema.EntityName}}"
                  stage="40" mode="Asynchronous" rank="1" asyncautodelete="true"
                  runas="a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e12">
              <image alias="PostImage" type="PostImage" attributes="regardingobjectid,{{InteractionSchema.InteractionType}},{{InteractionSchema.OccurredOn}}" />
              <secureconfiguration>secret</secureconfiguration>
            </step>
          </plugintype>
          <plugintype name="CrmLeadSla.Plugins.FunnelTransitionPlugin" friendlyname="Funnel transition">
            <step id="6a1d9e3c-2b47-4f08-8c15-3e7a9b2d4f04" name="Check funnel move" message="Update" entity="lead"
                  stage="PreValidation" filteringattributes="{{LeadSchema.FunnelStage}}" enabled="false">
              <image alias="Before" type="PreImage" attributes="{{LeadSchema.FunnelStage}}" />
            </step>
            <step id="6a1d9e3c-2b47-4f08-8c15-3e7a9b2d4f05" name="Record qualification" message="QualifyLead" entity="lead"
                  stage="PostOperation">
              <image alias="Lead" type="Both" attributes="{{LeadSchema.FunnelStage}},{{LeadSchema.LeadIndex}}" />
            </step>
          </plugintype>
          <plugintype name="CrmLeadSla.Workflows.CalculateSlaDueDate" friendlyname="Calculate SLA due date" workflowactivitygroup="Lead SLA" />
        </pluginassembly>
        """;
}
