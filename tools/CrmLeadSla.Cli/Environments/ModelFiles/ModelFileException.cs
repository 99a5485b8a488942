using CrmLeadSla.Cli.WebApi;
namespace CrmLeadSla.Cli.Environments.ModelFiles;

/// <summary>A model file that cannot be read or a model that cannot be saved, with every problem found.</summary>
public sealed class ModelFileException : Exception
{
    /// <summary>The problems, one per line in the message.</summary>
    public ModelFileException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Required by the exception pattern; prefer the constructor that lists the problems.</summary>
    public ModelFileException()
        : this(["The model file cannot be read."])
    {
    }

    /// <summary>One problem.</summary>
    public ModelFileException(string message)
        : this([message])
    {
    }

    /// <summary>One problem with its cause.</summary>
    public ModelFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Every problem, each naming what is wrong and the fix.</summary>
    public IReadOnlyList<string> Problems { get; }
}
