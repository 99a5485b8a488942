namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>A history calibration cannot learn from, with what it needs instead.</summary>
public sealed class CalibrationRefusedException : Exception
{
    /// <summary>Why, and what would do.</summary>
    public CalibrationRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Required by the exception pattern; prefer the constructor with the reason.</summary>
    public CalibrationRefusedException()
        : this("The history cannot be calibrated from.")
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public CalibrationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
