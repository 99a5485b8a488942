namespace CrmLeadSla.Solution.Packing;

/// <summary>The solution cannot be packed: the message names what is wrong and how to fix it.</summary>
public sealed class PackagingException : Exception
{
    /// <summary>Creates the exception from the problem and its fix.</summary>
    /// <param name="problem">What is wrong, e.g. "the assembly CrmLeadSla.Plugins.dll is not strong-name signed."</param>
    /// <param name="fix">What to do about it.</param>
    public PackagingException(string problem, string fix)
        : base($"{problem} Fix: {fix}")
    {
        Problem = problem;
        Fix = fix;
    }

    /// <summary>Creates the exception without a fix (prefer the other constructor).</summary>
    public PackagingException()
        : this("the solution cannot be packed.", "See the inner exception.")
    {
    }

    /// <summary>Creates the exception from a message.</summary>
    public PackagingException(string message)
        : base(message)
    {
        Problem = message;
    }

    /// <summary>Creates the exception from a message and its cause.</summary>
    public PackagingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
        Fix = string.Empty;
    }

    /// <summary>What is wrong.</summary>
    public string Problem { get; } = string.Empty;

    /// <summary>How to fix it.</summary>
    public string Fix { get; } = string.Empty;
}
