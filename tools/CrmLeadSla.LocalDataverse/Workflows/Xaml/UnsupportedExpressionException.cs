namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>An expression outside the subset of Visual Basic the designer writes; the message names the part.</summary>
internal sealed class UnsupportedExpressionException : Exception
{
    public UnsupportedExpressionException()
    {
    }

    public UnsupportedExpressionException(string message)
        : base(message)
    {
    }

    public UnsupportedExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
