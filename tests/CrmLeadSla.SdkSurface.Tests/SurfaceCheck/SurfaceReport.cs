using System.Globalization;
using System.Text;

namespace CrmLeadSla.SdkSurface.Tests.SurfaceCheck;

/// <summary>What one comparison looked at, and every way the stand-in strays from the real assembly.</summary>
internal sealed record SurfaceReport(string Label, int TypesChecked, int MembersChecked, IReadOnlyList<string> Offences)
{
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"{Label}: {TypesChecked} types and {MembersChecked} members checked, {Offences.Count} offences");

    public string Describe()
    {
        var text = new StringBuilder(Summary);
        foreach (var offence in Offences)
        {
            text.AppendLine().Append("  - ").Append(offence);
        }

        return text.ToString();
    }
}
