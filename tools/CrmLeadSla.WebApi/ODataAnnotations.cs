namespace CrmLeadSla.WebApi;

/// <summary>The instance annotations and Prefer values of the Dataverse Web API that the local endpoint writes and reads.</summary>
public static class ODataAnnotations
{
    /// <summary>The logical name of the table a lookup value points at.</summary>
    public const string LookupLogicalName = "@Microsoft.Dynamics.CRM.lookuplogicalname";

    /// <summary>The formatted (display) value of a column.</summary>
    public const string FormattedValue = "@OData.Community.Display.V1.FormattedValue";

    /// <summary>The FetchXML paging cookie of the next page.</summary>
    public const string FetchXmlPagingCookie = "@Microsoft.Dynamics.CRM.fetchxmlpagingcookie";

    /// <summary>Whether a FetchXML query has more rows.</summary>
    public const string MoreRecords = "@Microsoft.Dynamics.CRM.morerecords";

    /// <summary>A lookup set by reference in a create or update body: <c>navigationproperty@odata.bind</c>.</summary>
    public const string Bind = "@odata.bind";

    /// <summary>The type of a row in an UpdateMultiple/CreateMultiple body, e.g. <c>Microsoft.Dynamics.CRM.lead</c>.</summary>
    public const string Type = "@odata.type";

    /// <summary>The metadata namespace prefix of table types and bound actions.</summary>
    public const string CrmNamespace = "Microsoft.Dynamics.CRM.";
}
