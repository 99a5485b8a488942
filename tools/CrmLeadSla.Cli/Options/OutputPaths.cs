using System.CommandLine;

namespace CrmLeadSla.Cli.Options;

/// <summary>
/// Checks of the paths a command writes to, made while the command line is parsed: a folder option that names a file,
/// or a file option that names a folder or lies in a folder that does not exist, is a usage error before any work.
/// </summary>
public static class OutputPaths
{
    /// <summary>The option (of a <see cref="DirectoryInfo"/>) names a folder to write into, created when missing, never an existing file.</summary>
    public static TOption AcceptFolderOnly<TOption>(this TOption option)
        where TOption : Option
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo?>() is DirectoryInfo folder && File.Exists(folder.FullName))
            {
                result.AddError(UserLanguage.Pick(
                    $"{option.Name} '{folder.FullName}' is a file; name a folder (it is created when missing).",
                    $"{option.Name} '{folder.FullName}' ist eine Datei; geben Sie einen Ordner an (er wird angelegt, wenn er fehlt)."));
            }
        });
        return option;
    }

    /// <summary>The option (of a <see cref="FileInfo"/>) names a file to write, in a folder that exists, never an existing folder.</summary>
    public static TOption AcceptWritableFileOnly<TOption>(this TOption option)
        where TOption : Option
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is FileInfo file && FileProblem(option.Name, file) is string problem)
            {
                result.AddError(problem);
            }
        });
        return option;
    }

    private static string? FileProblem(string option, FileInfo file)
    {
        if (Directory.Exists(file.FullName))
        {
            return UserLanguage.Pick(
                $"{option} '{file.FullName}' is a folder; name a file.",
                $"{option} '{file.FullName}' ist ein Ordner; geben Sie eine Datei an.");
        }

        return file.Directory is { Exists: false } folder
            ? UserLanguage.Pick(
                $"{option} '{file.FullName}': the folder '{folder.FullName}' does not exist; create it first or name another.",
                $"{option} '{file.FullName}': der Ordner '{folder.FullName}' existiert nicht; legen Sie ihn an oder geben Sie einen anderen an.")
            : null;
    }
}
