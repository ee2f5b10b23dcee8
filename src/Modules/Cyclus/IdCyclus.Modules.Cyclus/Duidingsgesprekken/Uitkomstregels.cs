using System.Globalization;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>
/// One agreement as the accounthouder wrote it down for a directie of the section. <see cref="Omschrijving"/> is what they
/// typed (optional for the two kinds the system checks itself); <see cref="Tekst"/> is what the outcome's summary shows.
/// </summary>
internal sealed record Duidingsafspraak(int Regel, DirectieGegevens Directie, Duidingsafspraaksoort Soort, string? Omschrijving, DateOnly Deadline)
{
    public string Tekst => Omschrijving ?? Uitkomstregels.Soorten.Values.First(s => s.Soort == Soort).Label;
}

/// <summary>
/// The outcome of a duidingsgesprek: a required summary and up to <see cref="MaxAfspraken"/> agreement rows. An empty row
/// is skipped; a row that is half filled in gets a message on each missing field (Afspraak2Deadline…), so nothing the
/// accounthouder typed is silently dropped.
/// </summary>
internal static class Uitkomstregels
{
    public const int MaxAfspraken = 5;
    public const int MaxUitkomst = 4000;
    public const int MaxOmschrijving = 500;

    /// <summary>The report's recommendation (seed 000): a trekker with at least 8 hours a week.</summary>
    public const decimal TrekkerUren = 8m;

    public static readonly IReadOnlyDictionary<string, (Duidingsafspraaksoort Soort, string Label)> Soorten =
        new Dictionary<string, (Duidingsafspraaksoort, string)>
        {
            ["trekker"] = (Duidingsafspraaksoort.TrekkerBenoemd, "Trekker met minimaal 8 uur per week benoemen"),
            ["actieplan"] = (Duidingsafspraaksoort.ActieplanOpgeleverd, "Geactualiseerd actieplan opleveren"),
            ["overig"] = (Duidingsafspraaksoort.Overig, "Andere afspraak"),
        };

    public static string Veld(int regel, string naam) => string.Create(CultureInfo.InvariantCulture, $"Afspraak{regel}{naam}");

    public static (string? Uitkomst, IReadOnlyList<Duidingsafspraak> Afspraken, IReadOnlyList<Fout> Fouten) Controleer(
        IReadOnlyDictionary<string, string?> velden, IReadOnlyList<DirectieGegevens> directies, DateOnly vandaag)
    {
        var fouten = new List<Fout>();
        var uitkomst = Lees(velden, "Uitkomst");
        if (uitkomst is null)
        {
            fouten.Add(new Fout("Uitkomst", "Vul in wat de uitkomst van het gesprek is."));
        }
        else if (uitkomst.Length > MaxUitkomst)
        {
            fouten.Add(new Fout("Uitkomst", $"De uitkomst is {uitkomst.Length} tekens lang; het maximum is {MaxUitkomst}."));
        }

        var afspraken = new List<Duidingsafspraak>();
        for (var regel = 1; regel <= MaxAfspraken; regel++)
        {
            if (Regel(velden, regel, directies, vandaag, fouten) is { } afspraak)
            {
                afspraken.Add(afspraak);
            }
        }

        return (uitkomst, fouten.Count == 0 ? afspraken : [], fouten);
    }

    private static Duidingsafspraak? Regel(
        IReadOnlyDictionary<string, string?> velden, int regel, IReadOnlyList<DirectieGegevens> directies, DateOnly vandaag, List<Fout> fouten)
    {
        var (directieTekst, soortTekst, omschrijving, deadlineTekst) =
            (Lees(velden, Veld(regel, "Directie")), Lees(velden, Veld(regel, "Soort")),
                Lees(velden, Veld(regel, "Omschrijving")), Lees(velden, Veld(regel, "Deadline")));
        if (directieTekst is null && soortTekst is null && omschrijving is null && deadlineTekst is null)
        {
            return null;
        }

        var aantal = fouten.Count;
        var directie = directies.FirstOrDefault(d => d.Id.ToString() == directieTekst);
        if (directie is null)
        {
            fouten.Add(new Fout(Veld(regel, "Directie"), $"Afspraak {regel}: kies een directie van dit cluster."));
        }

        if (soortTekst is null || !Soorten.TryGetValue(soortTekst, out var soort))
        {
            fouten.Add(new Fout(Veld(regel, "Soort"), $"Afspraak {regel}: kies de soort afspraak."));
            soort = default;
        }

        if (omschrijving is null && soort.Soort == Duidingsafspraaksoort.Overig)
        {
            fouten.Add(new Fout(Veld(regel, "Omschrijving"), $"Afspraak {regel}: beschrijf wat er is afgesproken."));
        }
        else if (omschrijving is { Length: > MaxOmschrijving })
        {
            fouten.Add(new Fout(Veld(regel, "Omschrijving"),
                $"Afspraak {regel}: de omschrijving is {omschrijving.Length} tekens lang; het maximum is {MaxOmschrijving}."));
        }

        DateOnly deadline = default;
        if (deadlineTekst is null)
        {
            fouten.Add(new Fout(Veld(regel, "Deadline"), $"Afspraak {regel}: vul de deadline in."));
        }
        else if (!DateOnly.TryParseExact(deadlineTekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out deadline))
        {
            fouten.Add(new Fout(Veld(regel, "Deadline"), $"Afspraak {regel}: ‘{deadlineTekst}’ is geen datum; schrijf jjjj-mm-dd."));
        }
        else if (deadline <= vandaag)
        {
            fouten.Add(new Fout(Veld(regel, "Deadline"), $"Afspraak {regel}: de deadline {Nederlands.Datum(deadline)} ligt niet in de toekomst."));
        }

        return fouten.Count > aantal ? null : new Duidingsafspraak(regel, directie!, soort.Soort, omschrijving, deadline);
    }

    private static string? Lees(IReadOnlyDictionary<string, string?> velden, string naam) =>
        velden.GetValueOrDefault(naam)?.Trim() is { Length: > 0 } tekst ? tekst : null;
}
