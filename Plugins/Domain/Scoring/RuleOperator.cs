namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>How a rule compares a column with its value (the rule's operator).</summary>
    public enum RuleOperator
    {
        /// <summary>Equals the value.</summary>
        Equals = 271800000,
        /// <summary>Is set and differs from the value.</summary>
        DoesNotEqual = 271800001,
        /// <summary>Text contains the value; a multi-select column holds every option listed (separated by ';').</summary>
        Contains = 271800002,
        /// <summary>Text is set and does not contain the value.</summary>
        DoesNotContain = 271800003,
        /// <summary>Text begins with the value.</summary>
        BeginsWith = 271800004,
        /// <summary>Text ends with the value.</summary>
        EndsWith = 271800005,
        /// <summary>Equals one of the values separated by ';' (a multi-select column holds any of them).</summary>
        InList = 271800006,
        /// <summary>Is set and equals none of the values separated by ';'.</summary>
        NotInList = 271800007,
        /// <summary>Text contains one of the keywords or phrases separated by ';', as whole words.</summary>
        ContainsAnyKeyword = 271800008,
        /// <summary>Number greater than the value.</summary>
        GreaterThan = 271800009,
        /// <summary>Number greater than or equal to the value.</summary>
        GreaterThanOrEqual = 271800010,
        /// <summary>Number less than the value.</summary>
        LessThan = 271800011,
        /// <summary>Number less than or equal to the value.</summary>
        LessThanOrEqual = 271800012,
        /// <summary>Number between the value and the value-to, both inclusive.</summary>
        Between = 271800013,
        /// <summary>The column has a value.</summary>
        IsSet = 271800014,
        /// <summary>The column has no value.</summary>
        IsNotSet = 271800015,
        /// <summary>The domain of an e-mail address is one of the domains separated by ';'.</summary>
        EmailDomainInList = 271800016,
        /// <summary>An e-mail address is set and its domain is none of the domains separated by ';'.</summary>
        EmailDomainNotInList = 271800017,
    }
}
