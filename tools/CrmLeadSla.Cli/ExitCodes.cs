namespace CrmLeadSla.Cli;

/// <summary>What a leadsla command's exit code says, the same in every command.</summary>
public static class ExitCodes
{
    /// <summary>The command did its work.</summary>
    public const int Done = 0;

    /// <summary>The command could not do its work: a file it read is wrong, the history is too small, a connection failed.</summary>
    public const int Failure = 1;

    /// <summary>The command was called wrongly: an unknown option, a value out of range, a file that does not exist.</summary>
    public const int UsageError = 2;
}
