namespace CrmLeadSla.LocalDataverse.Tests.Workflows;

/// <summary>A workflow's XAML with the classic designer's root around the steps a test writes.</summary>
internal static class DesignerXaml
{
    private const string Sdk = "Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private const string Mscorlib = "Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089";

    public static string Body(string steps) =>
        $"""
        <Activity x:Class="XrmWorkflowTest" xmlns="http://schemas.microsoft.com/netfx/2009/xaml/activities"
                  xmlns:mva="clr-namespace:Microsoft.VisualBasic.Activities;assembly=System.Activities, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"
                  xmlns:mxs="clr-namespace:Microsoft.Xrm.Sdk;assembly=Microsoft.Xrm.Sdk, {Sdk}"
                  xmlns:mxswa="clr-namespace:Microsoft.Xrm.Sdk.Workflow.Activities;assembly=Microsoft.Xrm.Sdk.Workflow, {Sdk}"
                  xmlns:s="clr-namespace:System;assembly=mscorlib, {Mscorlib}"
                  xmlns:scg="clr-namespace:System.Collections.Generic;assembly=mscorlib, {Mscorlib}"
                  xmlns:sco="clr-namespace:System.Collections.ObjectModel;assembly=mscorlib, {Mscorlib}"
                  xmlns:this="clr-namespace:" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml">
          <x:Members>
            <x:Property Name="InputEntities" Type="InArgument(scg:IDictionary(x:String, mxs:Entity))" />
            <x:Property Name="CreatedEntities" Type="InArgument(scg:IDictionary(x:String, mxs:Entity))" />
          </x:Members>
          <mva:VisualBasic.Settings>Assembly references and imported namespaces for internal implementation</mva:VisualBasic.Settings>
          <mxswa:Workflow>
        {steps}
          </mxswa:Workflow>
        </Activity>
        """;
}
