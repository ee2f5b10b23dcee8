using System.Globalization;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.VersieWijzigen;

internal enum Versiewijziging
{
    Tekst,
    Opties,
    Koppeling,
    Vervallen,
    Groepen,
    Publiceren,
}

/// <summary>
/// One edit of a concept questionnaire version, as the form sends it: which edit, the item's number and the texts.
/// <see cref="Versienummer"/> is the version token the person saw.
/// </summary>
internal sealed record VersieWijzigenOpdracht(
    Guid VersieId,
    int Versienummer,
    Versiewijziging Wijziging,
    string Door,
    string? Nummer = null,
    string? Tekst = null,
    string? Opties = null,
    string? Koppeling = null,
    string? VorigNummer = null,
    string? Groepen = null);

/// <summary>
/// Every change to a questionnaire version: only while it is a concept, only on the version the person saw (else the
/// conflict message), in one serializable transaction; the version token moves on, and a history row records who
/// changed what (Persistence/Versiegeschiedenis).
/// </summary>
internal sealed class VersieWijzigenHandler(VragenlijstDbContext db, TimeProvider klok)
{
    public Task<Resultaat<Guid>> HandleAsync(VersieWijzigenOpdracht opdracht, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var versie = await db.Versies.FirstAsync(v => v.Id == opdracht.VersieId, ct);
            if (versie.Versie != opdracht.Versienummer)
            {
                return Resultaat<Guid>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
            }

            if (versie.Status == VersieStatus.Gepubliceerd)
            {
                return Resultaat<Guid>.Mislukt("", opdracht.Wijziging == Versiewijziging.Publiceren
                    ? "Deze versie is al gepubliceerd."
                    : "Een gepubliceerde vragenlijst ligt vast. Maak een nieuwe versie voor het volgende jaar.");
            }

            var nu = klok.GetUtcNow().UtcDateTime;
            if (opdracht.Wijziging == Versiewijziging.Publiceren)
            {
                versie.Status = VersieStatus.Gepubliceerd;
                versie.GepubliceerdOpUtc = nu;
                versie.GepubliceerdDoor = opdracht.Door;
            }
            else
            {
                var vorige = versie.VorigeVersieId is { } vorig ? (await db.Versies.AsNoTracking().FirstAsync(v => v.Id == vorig, ct)).Inhoud : null;
                var nieuw = Versiebewerking.Pas(versie.Inhoud, vorige, opdracht);
                if (!nieuw.IsGelukt)
                {
                    return Resultaat<Guid>.Mislukt(nieuw.Fouten);
                }

                versie.Inhoud = nieuw.Waarde!;
            }

            versie.Versie++;
            db.Versiegeschiedenis.Add(new Versiegeschiedenis
            {
                VersieId = versie.Id,
                MomentUtc = nu,
                Door = opdracht.Door,
                Wat = Versiebewerking.Omschrijf(opdracht),
            });
            return Resultaat<Guid>.Gelukt(versie.Id);
        }, ct);
}

/// <summary>Reads the form's texts into the domain's edit (Domain/Versiebeheer), with the free-text maxima.</summary>
internal static class Versiebewerking
{
    public const int Vraagtekst = 1000;
    public const int Optietekst = 300;
    public const int Groepnaam = 200;
    public const int Regels = 4000;

    public static Resultaat<Vragenlijstinhoud> Pas(Vragenlijstinhoud inhoud, Vragenlijstinhoud? vorige, VersieWijzigenOpdracht opdracht)
    {
        var nummer = opdracht.Nummer ?? "";
        switch (opdracht.Wijziging)
        {
            case Versiewijziging.Tekst:
                return Tekstlengte.Controleer("Tekst", "De vraagtekst", opdracht.Tekst?.Trim(), Vraagtekst) is { } teLang
                    ? Resultaat<Vragenlijstinhoud>.Mislukt([teLang])
                    : Versiebeheer.WijzigTekst(inhoud, nummer, opdracht.Tekst ?? "");
            case Versiewijziging.Opties:
                return LeesOpties(opdracht.Opties, out var opties) is { } optiefout
                    ? optiefout
                    : Versiebeheer.VervangOpties(inhoud, nummer, opties.Select(o => new Antwoordoptie(o.Getal, o.Tekst)).ToList());
            case Versiewijziging.Koppeling:
                return Enum.TryParse<Koppeling>(opdracht.Koppeling, ignoreCase: false, out var koppeling) && Enum.IsDefined(koppeling)
                    ? Versiebeheer.ZetKoppeling(
                        inhoud,
                        nummer,
                        koppeling,
                        string.IsNullOrWhiteSpace(opdracht.VorigNummer) ? null : opdracht.VorigNummer.Trim(),
                        vorige)
                    : Resultaat<Vragenlijstinhoud>.Mislukt("Koppeling", "Kies hoe deze vraag zich verhoudt tot vorig jaar: zelfde, gewijzigd of nieuw.");
            case Versiewijziging.Vervallen:
                return Versiebeheer.LaatVervallen(inhoud, nummer);
            case Versiewijziging.Groepen:
                return LeesGroepen(opdracht.Groepen, out var groepen) is { } groepfout ? groepfout : Versiebeheer.ZetThemagroepen(inhoud, groepen);
            default:
                throw new ArgumentOutOfRangeException(nameof(opdracht), opdracht.Wijziging, null);
        }
    }

    /// <summary>The history row's "what": the edit and the item, e.g. "Vraagtekst van vraag 2.1".</summary>
    public static string Omschrijf(VersieWijzigenOpdracht opdracht) => opdracht.Wijziging switch
    {
        Versiewijziging.Tekst => $"Vraagtekst van vraag {opdracht.Nummer}: {opdracht.Tekst?.Trim()}",
        Versiewijziging.Opties => $"Antwoordopties van vraag {opdracht.Nummer}",
        Versiewijziging.Koppeling => $"Koppeling met vorig jaar van vraag {opdracht.Nummer}: {opdracht.Koppeling?.ToLowerInvariant()}"
            + (string.IsNullOrWhiteSpace(opdracht.VorigNummer) ? "" : $" (was {opdracht.VorigNummer.Trim()})"),
        Versiewijziging.Vervallen => $"Vraag {opdracht.Nummer} vervalt",
        Versiewijziging.Groepen => "Indeling van de thema's",
        Versiewijziging.Publiceren => "Gepubliceerd",
        _ => opdracht.Wijziging.ToString(),
    };

    /// <summary>Options as lines "score = tekst", e.g. "0 = geen trekker".</summary>
    private static Resultaat<Vragenlijstinhoud>? LeesOpties(string? tekst, out List<(int Getal, string Tekst)> regels)
    {
        regels = [];
        if (Tekstlengte.Controleer("Opties", "De antwoordopties", tekst, Regels) is { } teLang)
        {
            return Resultaat<Vragenlijstinhoud>.Mislukt([teLang]);
        }

        var nummer = 0;
        foreach (var regel in (tekst ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0))
        {
            nummer++;
            var delen = regel.Split('=', 2);
            if (delen.Length != 2 || !int.TryParse(delen[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var getal))
            {
                return Resultaat<Vragenlijstinhoud>.Mislukt(
                    "Opties",
                    $"Regel {nummer} ('{regel}'): schrijf een optie als 'score = tekst', bijvoorbeeld '0 = geen trekker'.");
            }

            if (Tekstlengte.Controleer("Opties", $"De tekst van optie {nummer}", delen[1].Trim(), Optietekst) is { } optieTeLang)
            {
                return Resultaat<Vragenlijstinhoud>.Mislukt([optieTeLang]);
            }

            regels.Add((getal, delen[1].Trim()));
        }

        return null;
    }

    /// <summary>Groups as lines "van-tot = naam", e.g. "0-1 = nog niet of beperkt begonnen".</summary>
    private static Resultaat<Vragenlijstinhoud>? LeesGroepen(string? tekst, out List<Themagroep> groepen)
    {
        groepen = [];
        if (Tekstlengte.Controleer("Groepen", "De groepen", tekst, Regels) is { } teLang)
        {
            return Resultaat<Vragenlijstinhoud>.Mislukt([teLang]);
        }

        var nummer = 0;
        foreach (var regel in (tekst ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0))
        {
            nummer++;
            var delen = regel.Split('=', 2);
            var bereik = delen[0].Split('-', 2);
            if (delen.Length != 2
                || !int.TryParse(bereik[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var van)
                || !int.TryParse(bereik[^1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var tot))
            {
                return Resultaat<Vragenlijstinhoud>.Mislukt(
                    "Groepen",
                    $"Regel {nummer} ('{regel}'): schrijf een groep als 'van-tot = naam', bijvoorbeeld '0-1 = nog niet of beperkt begonnen'.");
            }

            if (Tekstlengte.Controleer("Groepen", $"De naam van groep {nummer}", delen[1].Trim(), Groepnaam) is { } naamTeLang)
            {
                return Resultaat<Vragenlijstinhoud>.Mislukt([naamTeLang]);
            }

            groepen.Add(new Themagroep(delen[1].Trim(), van, tot));
        }

        return null;
    }
}
