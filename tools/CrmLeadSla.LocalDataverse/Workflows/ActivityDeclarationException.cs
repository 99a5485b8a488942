namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>A custom workflow activity whose arguments break the workflow designer's rules, refused before it runs.</summary>
public sealed class ActivityDeclarationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ActivityDeclarationException()
    {
    }

    /// <summary>Creates the exception with the broken rules.</summary>
    public ActivityDeclarationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the broken rules and a cause.</summary>
    public ActivityDeclarationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
