using System.Globalization;
using System.Net.Mail;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>A planned duidingsgesprek: when (Amsterdam), where (a room or a link) and who else joins.</summary>
/// <remarks>
/// <see cref="Volgnummer"/> is the invitation's SEQUENCE: 0 when planned, one more every time it is moved or cancelled
/// (ADR 0029, 0027). <see cref="Annulering"/> is the reason it was cancelled; the rest stays, so it can be planned again.
/// </remarks>
internal sealed record Gespreksplanning(
    DateTimeOffset Begin, DateTimeOffset Eind, string Locatie, IReadOnlyList<string> Deelnemers, int Volgnummer = 0, string? Annulering = null)
{
    public bool IsGeannuleerd => Annulering is not null;

    /// <summary>The fields as the planning task keeps them, so a moved conversation reads back like a planned one.</summary>
    public Dictionary<string, string?> Velden()
    {
        var begin = TimeZoneInfo.ConvertTime(Begin, Tijd.Amsterdam);
        var eind = TimeZoneInfo.ConvertTime(Eind, Tijd.Amsterdam);
        var velden = new Dictionary<string, string?>
        {
            [Gespreksplanningregels.DatumVeld] = begin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [Gespreksplanningregels.BegintijdVeld] = begin.ToString("HH:mm", CultureInfo.InvariantCulture),
            [Gespreksplanningregels.EindtijdVeld] = eind.ToString("HH:mm", CultureInfo.InvariantCulture),
            [Gespreksplanningregels.LocatieVeld] = Locatie,
            [Gespreksplanningregels.DeelnemersVeld] = string.Join("\n", Deelnemers),
            [Gespreksplanningregels.VolgnummerVeld] = Volgnummer.ToString(CultureInfo.InvariantCulture),
        };
        if (Annulering is not null)
        {
            velden[Gespreksplanningregels.AnnuleringVeld] = Annulering;
        }

        return velden;
    }

    public string Omschrijving()
    {
        var begin = TimeZoneInfo.ConvertTime(Begin, Tijd.Amsterdam);
        var eind = TimeZoneInfo.ConvertTime(Eind, Tijd.Amsterdam);
        return $"{Nederlands.WeekdagDatum(DateOnly.FromDateTime(begin.DateTime))}, {begin:HH\\:mm}–{eind:HH\\:mm}, {Locatie}";
    }
}

/// <summary>
/// The rules for planning a duidingsgesprek, as the accounthouder fills them in. Like RolRegels they return every problem
/// at once, each with its field, so the form shows them next to their fields and nothing is planned.
/// </summary>
internal static class Gespreksplanningregels
{
    public const int MaxLocatie = 300;
    public const int MaxDeelnemers = 20;
    public static readonly TimeSpan MaxDuur = TimeSpan.FromHours(8);

    // The planning form's fields: the task's stored fields, the keys of every error, and the verplaatsen page's inputs.
    public const string DatumVeld = "Datum";
    public const string BegintijdVeld = "Begintijd";
    public const string EindtijdVeld = "Eindtijd";
    public const string LocatieVeld = "Locatie";
    public const string DeelnemersVeld = "Deelnemers";

    /// <summary>Not a field people fill in: the stored SEQUENCE of the invitation, absent (0) until the first move.</summary>
    public const string VolgnummerVeld = "Volgnummer";

    /// <summary>Not a form field either: the reason the conversation was cancelled, absent while it stands (ADR 0027).</summary>
    public const string AnnuleringVeld = "Annulering";

    public const int MaxReden = 1000;

    /// <summary>
    /// Checks the fields; with <paramref name="nu"/> null (reading a stored planning back) a past day is fine and a
    /// cancellation is read along.
    /// </summary>
    public static (Gespreksplanning? Planning, IReadOnlyList<Fout> Fouten) Controleer(IReadOnlyDictionary<string, string?> velden, DateTimeOffset? nu)
    {
        var fouten = new List<Fout>();
        var datum = Lees(velden, DatumVeld) is { } d
            ? DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag)
                ? dag
                : Fout<DateOnly>(fouten, DatumVeld, $"‘{d}’ is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2024-12-03.")
            : Fout<DateOnly>(fouten, DatumVeld, "Vul de datum van het gesprek in.");
        var begin = Tijdstip(velden, BegintijdVeld, "begintijd", fouten);
        var eind = Tijdstip(velden, EindtijdVeld, "eindtijd", fouten);
        if (nu is { } moment && datum is { } gekozen && gekozen < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Tijd.Amsterdam).DateTime))
        {
            fouten.Add(new Fout(DatumVeld, $"{Nederlands.Datum(gekozen)} ligt in het verleden; kies vandaag of een latere dag."));
        }

        if (begin is { } b && eind is { } e && e <= b)
        {
            fouten.Add(new Fout(EindtijdVeld, "De eindtijd ligt niet na de begintijd."));
        }
        else if (begin is { } b2 && eind is { } e2 && e2 - b2 > MaxDuur)
        {
            fouten.Add(new Fout(EindtijdVeld, "Een gesprek duurt hoogstens 8 uur; controleer de begin- en eindtijd."));
        }

        var locatie = Lees(velden, LocatieVeld);
        if (locatie is null)
        {
            fouten.Add(new Fout(LocatieVeld, "Vul de plaats van het gesprek in, of de link van de online vergadering."));
        }
        else if (locatie.Length > MaxLocatie)
        {
            fouten.Add(new Fout(LocatieVeld, $"De plaats of link is {locatie.Length} tekens lang; het maximum is {MaxLocatie}."));
        }

        var deelnemers = Deelnemers(Lees(velden, DeelnemersVeld), fouten);
        if (fouten.Count > 0 || datum is not { } dag2 || begin is not { } van || eind is not { } tot)
        {
            return (null, fouten);
        }

        var volgnummer = int.TryParse(Lees(velden, VolgnummerVeld), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        // Only a stored planning can be cancelled: a form that sends the field along plans a standing conversation.
        var annulering = nu is null ? Lees(velden, AnnuleringVeld) : null;
        return (new Gespreksplanning(Moment(dag2, van), Moment(dag2, tot), locatie!, deelnemers, volgnummer, annulering), fouten);
    }

    /// <summary>The moment in Amsterdam on that day (summer or winter time as it falls), as an offset.</summary>
    public static DateTimeOffset Moment(DateOnly dag, TimeOnly tijd)
    {
        var lokaal = dag.ToDateTime(tijd, DateTimeKind.Unspecified);
        return new DateTimeOffset(lokaal, Tijd.Amsterdam.GetUtcOffset(lokaal));
    }

    /// <summary>
    /// One address per line (a comma or semicolon also separates). Every wrong address is named with its line, and its
    /// position when a line holds more than one, so a long list is fixed in one go.
    /// </summary>
    private static List<string> Deelnemers(string? tekst, List<Fout> fouten)
    {
        var adressen = new List<string>();
        var regels = (tekst ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var r = 0; r < regels.Length; r++)
        {
            var opRegel = regels[r].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var p = 0; p < opRegel.Length; p++)
            {
                var adres = opRegel[p];
                if (!MailAddress.TryCreate(adres, out var geldig) || geldig.Address != adres)
                {
                    var waar = opRegel.Length == 1 ? $"Regel {r + 1}" : $"Regel {r + 1}, adres {p + 1}";
                    fouten.Add(new Fout(
                        DeelnemersVeld, $"{waar}: ‘{adres}’ is geen e-mailadres; zet één e-mailadres per regel, zoals naam@amsterdam.nl."));
                }
                else if (!adressen.Contains(adres, StringComparer.OrdinalIgnoreCase))
                {
                    adressen.Add(adres);
                }
            }
        }

        if (adressen.Count > MaxDeelnemers)
        {
            fouten.Add(new Fout(DeelnemersVeld, $"U noemt {adressen.Count} deelnemers; het maximum is {MaxDeelnemers}."));
        }

        return adressen;
    }

    private static TimeOnly? Tijdstip(IReadOnlyDictionary<string, string?> velden, string veld, string naam, List<Fout> fouten) =>
        Lees(velden, veld) is { } t
            ? TimeOnly.TryParseExact(t, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var tijd)
                ? tijd
                : Fout<TimeOnly>(fouten, veld, $"‘{t}’ is geen tijd; schrijf uu:mm, bijvoorbeeld 10:00.")
            : Fout<TimeOnly>(fouten, veld, $"Vul de {naam} in.");

    private static T? Fout<T>(List<Fout> fouten, string veld, string melding) where T : struct
    {
        fouten.Add(new Fout(veld, melding));
        return null;
    }

    private static string? Lees(IReadOnlyDictionary<string, string?> velden, string naam) =>
        velden.GetValueOrDefault(naam)?.Trim() is { Length: > 0 } tekst ? tekst : null;
}
