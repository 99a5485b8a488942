using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;

namespace CrmLeadSla.SandboxHarness.Pipeline
{
    /// <summary>
    /// The solution's registrations of the two assemblies (Solution/PluginAssemblies/*.xml, copied next to the
    /// harness): which plug-in type runs on which message, table and stage, and which workflow activity types
    /// exist. The harness runs what is registered, the way the platform finds it: by type name.
    /// </summary>
    internal sealed class Registrations
    {
        private static readonly Dictionary<string, int> Stages = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["PreValidation"] = 10,
            ["PreOperation"] = 20,
            ["PostOperation"] = 40,
        };

        private readonly XmlDocument plugins;
        private readonly XmlDocument workflows;

        private Registrations(XmlDocument plugins, XmlDocument workflows)
        {
            this.plugins = plugins;
            this.workflows = workflows;
        }

        public static Registrations Load()
        {
            var folder = Path.Combine(AppDomain.CurrentDomain.BaseDirectory, "Registrations");
            return new Registrations(Document(Path.Combine(folder, "CrmLeadSla.Plugins.xml")), Document(Path.Combine(folder, "CrmLeadSla.Workflows.xml")));
        }

        /// <summary>The stage of the synchronous step of the plug-in type on the message and table; refused when there is none or it has images.</summary>
        public int StageOf(string pluginType, string message, string table)
        {
            var step = plugins.SelectNodes("/pluginassembly/plugintype[@name='" + pluginType + "']/step")!
                .Cast<XmlElement>()
                .SingleOrDefault(candidate => candidate.GetAttribute("message") == message && candidate.GetAttribute("entity") == table)
                ?? throw new InvalidOperationException(pluginType + " has no step registered on " + message + " of " + table + ".");
            if (step.GetAttribute("mode") != "Synchronous" || step.SelectNodes("image")!.Count > 0)
            {
                throw new InvalidOperationException("The harness runs synchronous steps without images; " + step.GetAttribute("name") + " is registered otherwise.");
            }

            return Stages[step.GetAttribute("stage")];
        }

        /// <summary>The stage's name as registrations write it.</summary>
        public static string StageName(int stage) => Stages.Single(named => named.Value == stage).Key;

        /// <summary>The type names of the registered custom workflow activities.</summary>
        public IReadOnlyList<string> WorkflowActivityTypes() =>
            workflows.SelectNodes("/pluginassembly/plugintype[@workflowactivitygroup]")!
                .Cast<XmlElement>()
                .Select(type => type.GetAttribute("name"))
                .ToList();

        private static XmlDocument Document(string path)
        {
            var document = new XmlDocument { XmlResolver = null };
            document.Load(path);
            return document;
        }
    }
}
