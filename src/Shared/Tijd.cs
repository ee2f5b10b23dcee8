namespace IdCyclus.Shared;

public static class Tijd
{
    /// <summary>Amsterdam's time zone: "today" for a role or a deadline is the day in Amsterdam, whatever the server's zone.</summary>
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Vandaag(this TimeProvider klok) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Amsterdam).DateTime);

    public static DateTime InAmsterdam(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam);
}
