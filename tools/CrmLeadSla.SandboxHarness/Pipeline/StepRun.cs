using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.SandboxHarness.Output;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.SandboxHarness.Pipeline
{
    /// <summary>
    /// One execution of one registered step, as the sandbox makes it: the registered type, created by name from
    /// the plug-in assembly, at its registered stage, <see cref="IPlugin.Execute"/> with the context, trace and
    /// organization services. Reports what the step wrote into Target, what it wrote through the organization
    /// service, the requests it made and its trace.
    /// </summary>
    internal static class StepRun
    {
        public static CaseReport Execute(string caseName, Registrations registrations, string pluginType, SandboxExecutionContext context, SandboxOrganization organization)
        {
            context.Stage = registrations.StageOf(pluginType, context.MessageName, context.PrimaryEntityName);
            var plugin = (IPlugin)Activator.CreateInstance(typeof(Plugins.Pipeline.PluginBase).Assembly.GetType(pluginType, throwOnError: true)!)!;
            organization.ForgetRequests();
            var target = context.InputParameters.Contains("Target") ? (Entity)context.InputParameters["Target"] : null;
            var before = target == null ? new SortedDictionary<string, object?>() : Columns(target);
            var trace = new SandboxTrace();
            var report = new CaseReport(caseName)
            {
                { "step", string.Join(" ", plugin.GetType().FullName, context.MessageName, context.PrimaryEntityName, Registrations.StageName(context.Stage)) },
            };
            try
            {
                plugin.Execute(new SandboxServices(context, trace, organization));
            }
            catch (InvalidPluginExecutionException refusal)
            {
                report.Add("error", refusal.Message);
            }

            report.Add("target", target == null ? null : Changed(before, Columns(target)));
            report.Add("writes", organization.Writes.Select(Written).ToList());
            report.Add("requests", organization.Requests.ToList());
            report.Add("trace", trace.Lines.ToList());
            return report;
        }

        private static SortedDictionary<string, object?> Columns(Entity row)
        {
            var columns = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var column in row.Attributes)
            {
                columns[column.Key] = column.Value;
            }

            return columns;
        }

        // The columns the step added to Target or changed in it; compared as printed, since SDK values differ in
        // whether they implement equality.
        private static SortedDictionary<string, object?> Changed(SortedDictionary<string, object?> before, SortedDictionary<string, object?> after)
        {
            var changed = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var column in after)
            {
                if (!before.TryGetValue(column.Key, out var old) || JsonText.Of(old) != JsonText.Of(column.Value))
                {
                    changed[column.Key] = column.Value;
                }
            }

            return changed;
        }

        private static KeyValuePair<string, object?>[] Written(Entity row) => new[]
        {
            new KeyValuePair<string, object?>("table", row.LogicalName),
            new KeyValuePair<string, object?>("id", row.Id),
            new KeyValuePair<string, object?>("columns", Columns(row)),
        };
    }
}
