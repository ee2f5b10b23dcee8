using IdCyclus.Shared;

namespace IdCyclus.Workflows.Runtime.Model;

/// <summary>
/// Turns a definition's moments into instants. A due date means 17:00 in Amsterdam on that day (end of the office
/// day); offsets before or after it are counted in Amsterdam wall-clock time, so daylight saving never shifts an hour.
/// </summary>
internal static class Tijdrekening
{
    public static readonly TimeOnly Einde = new(17, 0);

    public static DateTimeOffset Moment(PlanMoment moment, DateTimeOffset start, Func<string, DateTimeOffset?> voltooid, Func<DateOnly, DateOnly> werkdag)
    {
        DateOnly dag;
        if (moment.Datum is { } datum)
        {
            dag = DateOnly.ParseExact(datum, "yyyy-MM-dd");
        }
        else
        {
            var anker = moment.Vanaf is { } vanaf && vanaf.StartsWith("stap:", StringComparison.Ordinal)
                ? voltooid(vanaf["stap:".Length..]) ?? throw new InvalidOperationException($"Stap {vanaf} is nog niet voltooid.")
                : start;
            dag = DateOnly.FromDateTime(Lokaal(anker).DateTime.Add(PlanMoment.Duur(moment.Na!)));
        }

        return OpDag(werkdag(dag), Einde);
    }

    public static DateTimeOffset Verschuif(DateTimeOffset moment, TimeSpan duur) => Utc(Lokaal(moment).DateTime + duur);

    public static DateTimeOffset OpDag(DateOnly dag, TimeOnly tijd) => Utc(dag.ToDateTime(tijd));

    private static DateTimeOffset Lokaal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Tijd.Amsterdam);

    private static DateTimeOffset Utc(DateTime lokaal)
    {
        var verschil = Tijd.Amsterdam.GetUtcOffset(lokaal);
        return new DateTimeOffset(DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified), verschil).ToUniversalTime();
    }
}
