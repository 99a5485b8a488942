namespace CrmLeadSla.Solution.Metadata;

/// <summary>The Dataverse attribute types the local Dataverse knows, with the .NET value each one takes.</summary>
public enum ColumnKind
{
    /// <summary>Primary key (<see cref="Guid"/>).</summary>
    PrimaryKey,
    /// <summary>Single line of text (<see cref="string"/>), bounded by <see cref="ColumnDefinition.MaxLength"/>.</summary>
    String,
    /// <summary>Multiple lines of text (<see cref="string"/>).</summary>
    Memo,
    /// <summary>Whole number (<see cref="int"/>).</summary>
    Integer,
    /// <summary>Big integer (<see cref="long"/>).</summary>
    BigInt,
    /// <summary>Decimal number (<see cref="decimal"/>).</summary>
    Decimal,
    /// <summary>Floating point number (<see cref="double"/>).</summary>
    Double,
    /// <summary>Currency (<c>Money</c>).</summary>
    Money,
    /// <summary>Two options (<see cref="bool"/>).</summary>
    Boolean,
    /// <summary>Date and time (<see cref="DateTime"/>, stored in UTC).</summary>
    DateTime,
    /// <summary>Choice (<c>OptionSetValue</c>).</summary>
    Picklist,
    /// <summary>Choices (<c>OptionSetValueCollection</c>).</summary>
    MultiSelectPicklist,
    /// <summary>statecode (<c>OptionSetValue</c>).</summary>
    State,
    /// <summary>statuscode (<c>OptionSetValue</c>).</summary>
    Status,
    /// <summary>Lookup to one or more tables (<c>EntityReference</c>).</summary>
    Lookup,
    /// <summary>Customer lookup: account or contact (<c>EntityReference</c>).</summary>
    Customer,
    /// <summary>ownerid: systemuser or team (<c>EntityReference</c>).</summary>
    Owner,
    /// <summary>A plain unique identifier that is not the key (<see cref="Guid"/>).</summary>
    Uniqueidentifier,
    /// <summary>The logical name of a table (<see cref="string"/>), e.g. regardingobjecttypecode.</summary>
    EntityName,
}
