using System.Globalization;

namespace IdCyclus.Host.Infrastructuur;

/// <summary>
/// <c>Klok:Stand</c>: the app's clock stands still at one moment, so a database kept by <c>simulate --database</c> is read
/// as it stood at the end of the simulated period (the GMT dashboard's "stand op", what is late, the cycle's phase)
/// instead of on today's date, when every simulated deadline has long passed. Only in Development, beside the demo
/// sign-in: a real database must never be judged, or written, on a made-up date.
/// </summary>
internal static class Klokstand
{
    public const string Sleutel = KlokOpties.Sectie + ":" + nameof(KlokOpties.Stand);

    public static TimeProvider Kies(IConfiguration configuratie, IHostEnvironment omgeving)
    {
        var opties = configuratie.GetSection(KlokOpties.Sectie).Get<KlokOpties>() ?? new KlokOpties();
        if (opties.Stand is not { Length: > 0 } tekst)
        {
            return TimeProvider.System;
        }

        if (!omgeving.IsDevelopment())
        {
            throw new InvalidOperationException($"{Sleutel} kan alleen in de omgeving Development: het is voor het bekijken van een simulatie.");
        }

        return DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? new StilstaandeKlok(moment)
            : throw new InvalidOperationException($"{Sleutel} '{tekst}' is geen tijdstip (bijvoorbeeld 2025-06-30T23:59:00+02:00).");
    }

    /// <summary>The format <see cref="Kies"/> reads, for the line <c>simulate</c> prints.</summary>
    public static string Tekst(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private sealed class StilstaandeKlok(DateTimeOffset moment) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => moment.ToUniversalTime();
    }
}

/// <summary>Section "Klok": <see cref="Stand"/>, the moment the clock stands still at (Development only, see <see cref="Klokstand"/>).</summary>
internal sealed class KlokOpties
{
    public const string Sectie = "Klok";

    public string? Stand { get; set; }
}
