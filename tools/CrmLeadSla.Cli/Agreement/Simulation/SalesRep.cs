namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// A sales user's habits: how many leads a working session holds, when the working day starts, how quickly
/// and how strictly handed-over leads are judged, how first contact is made.
/// </summary>
/// <param name="Name">The user's full name.</param>
/// <param name="UserId">The systemuser id.</param>
/// <param name="LeadsPerSession">Leads handled per working session (two sessions a day).</param>
/// <param name="DayStartsAtHour">The hour (UTC) the working day starts; it lasts nine hours.</param>
/// <param name="Strictness">How good a lead must look to be accepted (0 accepts all, 1 almost none).</param>
/// <param name="ContactAfterHours">Working hours from acceptance to first contact.</param>
/// <param name="PrefersPhone">First contact by phone call rather than e-mail.</param>
/// <param name="ShareForMarketingLeads">Without an SLA: the share of a session spent on marketing's leads rather than own prospects.</param>
/// <param name="AbsentPercent">Share of working days the rep is away (travel, illness, holidays), in percent.</param>
/// <param name="Number">The rep's place in the team, which spreads absences over different days.</param>
public sealed record SalesRep(
    string Name,
    Guid UserId,
    int LeadsPerSession,
    int DayStartsAtHour,
    double Strictness,
    double ContactAfterHours,
    bool PrefersPhone,
    double ShareForMarketingLeads,
    int AbsentPercent,
    int Number)
{
    private static readonly string[] Names = ["Sam Sales", "Kim Keller", "Lea Hoffmann", "Marco Bianchi", "Nina Petrova", "Omar Haddad", "Pia Sommer", "Rui Costa", "Sara Lind", "Tom Weber", "Ulla Berg", "Viktor Horvat"];

    /// <summary>The habits of the sales team, drawn from the seed; <paramref name="createUser"/> makes the user.</summary>
    public static IReadOnlyList<SalesRep> Team(int size, Random random, Func<string, Guid> createUser)
    {
        var team = new List<SalesRep>(size);
        for (var i = 0; i < size; i++)
        {
            var name = i < Names.Length ? Names[i] : $"Sales Rep {i + 1}";
            team.Add(new SalesRep(
                name,
                createUser(name),
                LeadsPerSession: 2 + random.Next(0, 5),
                DayStartsAtHour: 7 + random.Next(0, 3),
                Strictness: 0.2 + (random.NextDouble() * 0.25),
                ContactAfterHours: 1 + (random.NextDouble() * 36),
                PrefersPhone: random.NextDouble() < 0.6,
                ShareForMarketingLeads: 0.1 + (random.NextDouble() * 0.2),
                AbsentPercent: 5 + random.Next(0, 15),
                Number: i));
        }

        return team;
    }

    /// <summary>Whether the rep works at a time: Monday to Friday, nine hours from the day's start, unless away that day.</summary>
    public bool Works(DateTime utc) =>
        utc.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && utc.Hour >= DayStartsAtHour && utc.Hour < DayStartsAtHour + 9 && !IsAway(utc);

    // Absent days follow from the day and the rep's number alone, so they are the same in every run.
    private bool IsAway(DateTime utc) => ((utc.Date.Ticks / TimeSpan.TicksPerDay * 7919) + (Number * 104729)) % 100 < AbsentPercent;

    /// <summary>The first working moment at or after a time.</summary>
    public DateTime NextWorkingTime(DateTime utc)
    {
        var at = utc;
        while (!Works(at))
        {
            at = at.Hour < DayStartsAtHour && at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                ? at.Date.AddHours(DayStartsAtHour)
                : at.Date.AddDays(1).AddHours(DayStartsAtHour);
        }

        return at;
    }
}
