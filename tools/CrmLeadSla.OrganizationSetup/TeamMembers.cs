using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins.Funnel;

namespace CrmLeadSla.OrganizationSetup;

/// <summary>
/// The people who work leads under the agreement, each added to an organization with the solution installed as an
/// administrator adds them: the solution's role of their job and its field security profile, in the root business
/// unit: <c>new TeamMembers(installed).SalesRep()</c>. Everyone reads the organization's base language unless the
/// name says otherwise.
/// </summary>
public sealed class TeamMembers
{
    /// <summary>The LCID of German (usersettings.uilanguageid).</summary>
    public const int German = 1031;

    private readonly SolutionOrganization installed;

    /// <summary>The team of the organization the solution is installed on.</summary>
    public TeamMembers(SolutionOrganization installed)
    {
        ArgumentNullException.ThrowIfNull(installed);
        this.installed = installed;
    }

    /// <summary>Mara Marketing, who creates leads and hands them over (marketing role); returns her user id.</summary>
    public Guid Marketer() => installed.CreateUser("Mara Marketing", LeadSlaRoles.Marketing);

    /// <summary>Sam Sales, who accepts, rejects and qualifies handed-over leads (sales role); returns his user id.</summary>
    public Guid SalesRep() => installed.CreateUser("Sam Sales", LeadSlaRoles.Sales);

    /// <summary>Sue Sales, a second sales rep beside <see cref="SalesRep"/>; returns her user id.</summary>
    public Guid SecondSalesRep() => installed.CreateUser("Sue Sales", LeadSlaRoles.Sales);

    /// <summary>Jana Jäger, a sales rep who reads the user interface in German; returns her user id.</summary>
    public Guid GermanSalesRep() => installed.CreateUser("Jana Jäger", LeadSlaRoles.Sales, German);

    /// <summary>Ada Admin, who keeps the agreement's configuration (administrator role); returns her user id.</summary>
    public Guid Administrator() => installed.CreateUser("Ada Admin", LeadSlaRoles.Administrator);

    /// <summary>The "Inside sales" team of the root business unit with its members; returns its id.</summary>
    public Guid InsideSales(params Guid[] memberIds) => installed.Organization.CreateTeam("Inside sales", null, memberIds);
}
