using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>
/// Bureau's edits to next year's version. Each edit returns a new inhoud or the reasons it was refused, so a
/// half-applied edit can never be published.
/// </summary>
internal static class Versiebeheer
{
    /// <summary>Starts next year as an unchanged copy: every item "Zelfde" as its own number until Bureau says otherwise.</summary>
    public static Vragenlijstinhoud KopieVoorVolgendJaar(Vragenlijstinhoud vorig) => new()
    {
        Vragen = vorig.Vragen.Select(v => v with { Koppeling = Koppeling.Zelfde, VorigNummer = v.Nummer, KoppelingToelichting = null }).ToList(),
        Themagroepen = vorig.Themagroepen.ToList(),
        Vervallen = [],
    };

    public static Resultaat<Vragenlijstinhoud> WijzigTekst(Vragenlijstinhoud inhoud, string nummer, string tekst)
    {
        if (inhoud.Zoek(nummer) is not { } vraag)
        {
            return OnbekendeVraag(nummer);
        }

        // The koppeling is left alone: only Bureau knows whether a new wording changes what is measured.
        return string.IsNullOrWhiteSpace(tekst)
            ? Resultaat<Vragenlijstinhoud>.Mislukt("Tekst", $"Vraag {nummer} heeft een tekst nodig.")
            : Gelukt(Vervang(inhoud, vraag with { Tekst = tekst.Trim() }));
    }

    /// <summary>Replaces a scored item's options; its maximum (and "op orde" for a randvoorwaarde) follow the highest score.</summary>
    public static Resultaat<Vragenlijstinhoud> VervangOpties(Vragenlijstinhoud inhoud, string nummer, IReadOnlyList<Antwoordoptie> opties)
    {
        if (inhoud.Zoek(nummer) is not { } vraag)
        {
            return OnbekendeVraag(nummer);
        }

        if (!vraag.IsGescoord)
        {
            return Resultaat<Vragenlijstinhoud>.Mislukt("Opties", $"Vraag {nummer} is een open vraag en heeft geen antwoordopties.");
        }

        var fouten = ControleerOpties(opties);
        return fouten.Count > 0 ? Resultaat<Vragenlijstinhoud>.Mislukt(fouten) : Gelukt(Vervang(inhoud, MetOpties(vraag, opties)));
    }

    /// <summary>
    /// Links an item to last year's version. <paramref name="vorigNummer"/> null means "the same number". Only a
    /// Zelfde item is compared between years; Gewijzigd keeps the link for the reader but is not compared.
    /// </summary>
    public static Resultaat<Vragenlijstinhoud> ZetKoppeling(
        Vragenlijstinhoud inhoud,
        string nummer,
        Koppeling koppeling,
        string? vorigNummer,
        Vragenlijstinhoud? vorigeVersie)
    {
        if (inhoud.Zoek(nummer) is not { } vraag)
        {
            return OnbekendeVraag(nummer);
        }

        if (koppeling == Koppeling.Nieuw)
        {
            return vorigNummer is null
                ? Gelukt(Vervang(inhoud, vraag with { Koppeling = koppeling, VorigNummer = null, KoppelingToelichting = null }))
                : Resultaat<Vragenlijstinhoud>.Mislukt(
                    "VorigNummer",
                    $"Vraag {nummer} is nieuw en heeft dus geen vraag van vorig jaar; laat het vorige nummer leeg.");
        }

        if (vorigeVersie is null)
        {
            return Resultaat<Vragenlijstinhoud>.Mislukt("Koppeling", $"Er is geen vragenlijst van vorig jaar; vraag {nummer} kan alleen nieuw zijn.");
        }

        var gekoppeld = string.IsNullOrWhiteSpace(vorigNummer) ? nummer : vorigNummer.Trim();
        if (vorigeVersie.Zoek(gekoppeld) is not { } vorigeVraag)
        {
            return Resultaat<Vragenlijstinhoud>.Mislukt("VorigNummer", $"Vraag {gekoppeld} bestaat niet in de vragenlijst van vorig jaar.");
        }

        if (koppeling == Koppeling.Zelfde && vorigeVraag.Soort != vraag.Soort)
        {
            return Resultaat<Vragenlijstinhoud>.Mislukt(
                "Koppeling",
                $"Vraag {nummer} en vraag {gekoppeld} van vorig jaar zijn van een andere soort; kies gewijzigd.");
        }

        var ookGekoppeld = inhoud.Vragen.FirstOrDefault(v =>
            v.Nummer != nummer && v.Koppeling != Koppeling.Nieuw && (v.VorigNummer ?? v.Nummer) == gekoppeld);
        if (ookGekoppeld is not null)
        {
            return Resultaat<Vragenlijstinhoud>.Mislukt("VorigNummer", $"Vraag {gekoppeld} van vorig jaar is al gekoppeld aan vraag {ookGekoppeld.Nummer}.");
        }

        return Gelukt(Vervang(inhoud, vraag with { Koppeling = koppeling, VorigNummer = gekoppeld, KoppelingToelichting = null }));
    }

    /// <summary>Adds an item after the last item of its section (or at the end); a new item is always "Nieuw".</summary>
    public static Resultaat<Vragenlijstinhoud> VoegToe(Vragenlijstinhoud inhoud, Vraag nieuw)
    {
        var fouten = new List<Fout>();
        if (string.IsNullOrWhiteSpace(nieuw.Nummer))
        {
            fouten.Add(new Fout("Nummer", "Een vraag heeft een nummer nodig."));
        }
        else if (inhoud.Zoek(nieuw.Nummer.Trim()) is not null)
        {
            fouten.Add(new Fout("Nummer", $"Vraag {nieuw.Nummer.Trim()} bestaat al in deze vragenlijst."));
        }

        if (string.IsNullOrWhiteSpace(nieuw.Sectie))
        {
            fouten.Add(new Fout("Sectie", "Een vraag hoort bij een sectie; vul de sectie in."));
        }

        if (string.IsNullOrWhiteSpace(nieuw.Tekst))
        {
            fouten.Add(new Fout("Tekst", "Een vraag heeft een tekst nodig."));
        }

        if (nieuw.IsGescoord)
        {
            fouten.AddRange(ControleerOpties(nieuw.Opties));
        }
        else if (nieuw.Opties.Count > 0 || nieuw.Groep is not null)
        {
            fouten.Add(new Fout("Opties", "Een open vraag heeft geen antwoordopties en hoort niet bij de randvoorwaarden of thema's."));
        }

        if (fouten.Count > 0)
        {
            return Resultaat<Vragenlijstinhoud>.Mislukt(fouten);
        }

        var vraag = nieuw with
        {
            Nummer = nieuw.Nummer.Trim(),
            Sectie = nieuw.Sectie.Trim(),
            Tekst = nieuw.Tekst.Trim(),
            Koppeling = Koppeling.Nieuw,
            VorigNummer = null,
        };
        vraag = vraag.IsGescoord ? MetOpties(vraag, nieuw.Opties) : vraag with { Max = null, OpOrdeVanaf = null };

        var vragen = inhoud.Vragen.ToList();
        var laatsteVanSectie = vragen.FindLastIndex(v => v.Sectie == vraag.Sectie);
        vragen.Insert(laatsteVanSectie < 0 ? vragen.Count : laatsteVanSectie + 1, vraag);
        return Gelukt(inhoud with { Vragen = vragen });
    }

    /// <summary>
    /// Drops an item. When it came from last year its old number goes to <see cref="Vragenlijstinhoud.Vervallen"/>, so
    /// the comparison can say the question was no longer asked; an item new this year simply disappears.
    /// </summary>
    public static Resultaat<Vragenlijstinhoud> LaatVervallen(Vragenlijstinhoud inhoud, string nummer)
    {
        if (inhoud.Zoek(nummer) is not { } vraag)
        {
            return OnbekendeVraag(nummer);
        }

        var vervallen = inhoud.Vervallen.ToList();
        if (vraag.Koppeling != Koppeling.Nieuw && !vervallen.Contains(vraag.VorigNummer ?? vraag.Nummer))
        {
            vervallen.Add(vraag.VorigNummer ?? vraag.Nummer);
        }

        return Gelukt(inhoud with { Vragen = inhoud.Vragen.Where(v => v.Nummer != nummer).ToList(), Vervallen = vervallen });
    }

    /// <summary>The groups must cover every thema score exactly once, or a directie would be counted twice or not at all.</summary>
    public static Resultaat<Vragenlijstinhoud> ZetThemagroepen(Vragenlijstinhoud inhoud, IReadOnlyList<Themagroep> groepen)
    {
        var hoogste = inhoud.GescoordeVragen.Where(v => v.Groep == Rapportgroep.Thema).Select(v => v.Max ?? 0).DefaultIfEmpty(3).Max();
        var fouten = new List<Fout>();
        if (groepen.Count == 0)
        {
            fouten.Add(new Fout("Themagroepen", $"Geef ten minste één themagroep; samen dekken ze de scores 0 tot en met {hoogste}."));
        }

        for (var i = 0; i < groepen.Count; i++)
        {
            var groep = groepen[i];
            if (string.IsNullOrWhiteSpace(groep.Naam))
            {
                fouten.Add(new Fout($"Themagroepen[{i}].Naam", $"Themagroep {i + 1} heeft een naam nodig."));
            }
            else if (groepen.Take(i).Any(g => string.Equals(g.Naam.Trim(), groep.Naam.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                fouten.Add(new Fout($"Themagroepen[{i}].Naam", $"De naam \"{groep.Naam.Trim()}\" komt al voor."));
            }

            if (groep.Van > groep.Tot || groep.Van < 0 || groep.Tot > hoogste)
            {
                fouten.Add(new Fout(
                    $"Themagroepen[{i}]",
                    $"Themagroep {i + 1} loopt van {groep.Van} tot en met {groep.Tot}; kies scores tussen 0 en {hoogste}, van laag naar hoog."));
            }
        }

        for (var score = 0; score <= hoogste && fouten.Count == 0; score++)
        {
            var aantal = groepen.Count(g => score >= g.Van && score <= g.Tot);
            if (aantal == 0)
            {
                fouten.Add(new Fout("Themagroepen", $"Score {score} valt in geen enkele themagroep."));
            }
            else if (aantal > 1)
            {
                fouten.Add(new Fout("Themagroepen", $"Score {score} valt in meer dan één themagroep."));
            }
        }

        return fouten.Count > 0
            ? Resultaat<Vragenlijstinhoud>.Mislukt(fouten)
            : Gelukt(inhoud with { Themagroepen = groepen.OrderBy(g => g.Van).Select(g => g with { Naam = g.Naam.Trim() }).ToList() });
    }

    private static List<Fout> ControleerOpties(IReadOnlyList<Antwoordoptie> opties)
    {
        var fouten = new List<Fout>();
        if (opties.Count < 2)
        {
            fouten.Add(new Fout("Opties", "Een gescoorde vraag heeft ten minste twee antwoordopties nodig (score 0 en 1)."));
            return fouten;
        }

        var scores = opties.Select(o => o.Score).OrderBy(s => s).ToList();
        if (scores.Distinct().Count() != scores.Count)
        {
            fouten.Add(new Fout("Opties", "Elke score mag maar één keer voorkomen."));
        }
        else if (!scores.SequenceEqual(Enumerable.Range(0, scores.Count)))
        {
            fouten.Add(new Fout("Opties", $"De scores moeten 0 tot en met {scores.Count - 1} zijn, zonder gaten; nu: {string.Join(", ", scores)}."));
        }

        for (var i = 0; i < opties.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(opties[i].Tekst))
            {
                fouten.Add(new Fout($"Opties[{i}].Tekst", $"De optie met score {opties[i].Score} heeft een tekst nodig."));
            }
        }

        return fouten;
    }

    private static Vraag MetOpties(Vraag vraag, IReadOnlyList<Antwoordoptie> opties)
    {
        var max = opties.Max(o => o.Score);
        return vraag with
        {
            Opties = opties.OrderBy(o => o.Score).Select(o => o with { Tekst = o.Tekst.Trim() }).ToList(),
            Max = max,
            OpOrdeVanaf = vraag.Groep == Rapportgroep.Randvoorwaarde ? max : null,
        };
    }

    private static Vragenlijstinhoud Vervang(Vragenlijstinhoud inhoud, Vraag vraag) =>
        inhoud with { Vragen = inhoud.Vragen.Select(v => v.Nummer == vraag.Nummer ? vraag : v).ToList() };

    private static Resultaat<Vragenlijstinhoud> OnbekendeVraag(string nummer) =>
        Resultaat<Vragenlijstinhoud>.Mislukt("Nummer", $"Vraag {nummer} bestaat niet in deze vragenlijst.");

    private static Resultaat<Vragenlijstinhoud> Gelukt(Vragenlijstinhoud inhoud) => Resultaat<Vragenlijstinhoud>.Gelukt(inhoud);
}
