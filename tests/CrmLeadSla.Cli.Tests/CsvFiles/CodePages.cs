using System.Text;

namespace CrmLeadSla.Cli.Tests.CsvFiles;

/// <summary>The legacy encodings German Excel writes, for files made as it makes them.</summary>
internal static class CodePages
{
    /// <summary>Windows-1252 ("CSV (Trennzeichen-getrennt)" in German Excel).</summary>
    public static Encoding Windows1252 { get; } = Registered(1252);

    private static Encoding Registered(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
