using System.Text;

namespace CrmLeadSla.Cli.CsvFiles;

/// <summary>
/// How CSV files are read: the column separator when the user gives one (else it is detected from the first lines,
/// among comma, semicolon, tab and bar), and where to say what was assumed. Every file's encoding is detected
/// (<see cref="TextEncoding"/>); a file read as anything but UTF-8 with commas is announced in one line.
/// </summary>
/// <param name="Separator">The separator given (<c>--delimiter</c>); null to detect it.</param>
/// <param name="Notices">Where the line about an assumed encoding or separator goes; null for nowhere.</param>
public sealed record CsvInput(char? Separator = null, TextWriter? Notices = null)
{
    /// <summary>Detects encoding and separator and tells no one.</summary>
    public static CsvInput Detected { get; } = new();

    /// <summary>Opens a file; throws <see cref="CsvFileException"/> for a file that is not readable text, <see cref="IOException"/> when it cannot be opened.</summary>
    public CsvSheet Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads CSV text held in a string (UTF-8 by nature); <paramref name="name"/> is shown in messages.</summary>
    public CsvSheet ReadText(string text, string name = "") => Read(Encoding.UTF8.GetBytes(text), name);

    /// <summary>Reads a file's bytes; <paramref name="name"/> is shown in messages.</summary>
    public CsvSheet Read(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var encoding = TextEncoding.Of(bytes, name);
        var sheet = new CsvSheet(name, bytes, encoding, Separator);
        if (Notices is not null && (!encoding.IsUtf8 || sheet.Separator != ','))
        {
            Notices.WriteLine(sheet.Reading);
        }

        return sheet;
    }
}
