using System;
using System.IO;
using System.Linq;
using System.Text;
using CrmLeadSla.SandboxHarness.Cases;
using CrmLeadSla.SandboxHarness.Output;
using CrmLeadSla.SandboxHarness.Pipeline;

namespace CrmLeadSla.SandboxHarness
{
    /// <summary>
    /// Prints one JSON object per case to standard output (UTF-8, "\n" line ends, whatever the runtime's console
    /// settings) and exits with 1 when a case failed.
    /// </summary>
    internal static class Program
    {
        private static int Main()
        {
            var registrations = Registrations.Load();
            var cases = new[] { Runtime() }.Concat(ScoringEvents.Run(registrations)).Concat(WorkflowAssemblyCases.Run(registrations)).ToList();
            using (var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" })
            {
                foreach (var report in cases)
                {
                    output.WriteLine(report.ToString());
                }
            }

            return cases.Any(report => report.Failed) ? 1 : 0;
        }

        // Which runtime ran the cases and which Microsoft.Xrm.Sdk it loaded: Microsoft's or the stand-in, by its key.
        private static CaseReport Runtime() => new CaseReport("runtime")
        {
            { "runtime", Type.GetType("Mono.Runtime") != null ? "Mono" : ".NET" },
            { "version", Environment.Version.ToString() },
            { "sdk", typeof(Microsoft.Xrm.Sdk.Entity).Assembly.FullName },
        };
    }
}
