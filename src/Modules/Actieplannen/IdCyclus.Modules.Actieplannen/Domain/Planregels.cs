using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>
/// What a plan's content must satisfy, whether typed on the edit page or read from an import file. Every problem comes
/// back with its path in the document ("doelen[0].acties[1].kwartaal"), so the page shows it at the field and the import
/// names it as a JSON path.
/// </summary>
internal static class Planregels
{
    public const int MaxKorteTekst = 300;
    public const int MaxLangeTekst = 4000;

    /// <summary>An action's number as the document writes it ("1.2", "A3").</summary>
    public const int MaxNummer = 20;
    public const decimal MaxUrenPerWeek = 40;

    public static IReadOnlyList<Fout> Controleer(Planinhoud plan)
    {
        var fouten = new List<Fout>();
        Tekst(fouten, "titel", "De titel", plan.Titel, MaxKorteTekst);
        Tekst(fouten, "visie.eenJaar", "De visie voor dit jaar", plan.Visie.EenJaar, MaxLangeTekst);
        Tekst(fouten, "visie.meerjarig", "De meerjarige visie", plan.Visie.Meerjarig, MaxLangeTekst);
        Tekst(fouten, "ambitie.eenJaar", "De ambitie voor dit jaar", plan.Ambitie.EenJaar, MaxLangeTekst);
        Tekst(fouten, "ambitie.meerjarig", "De meerjarige ambitie", plan.Ambitie.Meerjarig, MaxLangeTekst);
        for (var i = 0; i < plan.Dimensies.Count; i++)
        {
            Verplicht(fouten, $"dimensies[{i}]", plan.Dimensies[i], "Een diversiteitsdimensie mag niet leeg zijn.");
            Tekst(fouten, $"dimensies[{i}]", $"Diversiteitsdimensie {i + 1}", plan.Dimensies[i], MaxKorteTekst);
        }

        for (var i = 0; i < plan.Themas.Count; i++)
        {
            if (!Domain.Themas.Bestuursopdracht2024.ContainsKey(plan.Themas[i]))
            {
                fouten.Add(new Fout($"themas[{i}]", $"Thema {plan.Themas[i]} bestaat niet; de Bestuursopdracht 2024–2028 heeft de thema's 1 tot en met 8."));
            }
            else if (plan.Themas.Take(i).Contains(plan.Themas[i]))
            {
                fouten.Add(new Fout($"themas[{i}]", $"Thema {plan.Themas[i]} staat er twee keer in."));
            }
        }

        foreach (var anker in plan.Ankers.Keys.Where(string.IsNullOrWhiteSpace))
        {
            fouten.Add(new Fout("ankers", $"Een ankerdatum heeft een naam nodig, bijvoorbeeld 'aanvang van het project' ('{anker}')."));
        }

        foreach (var anker in plan.Ankers.Keys)
        {
            Tekst(fouten, "ankers", "De naam van een ankerdatum", anker, MaxKorteTekst);
        }

        var sleutels = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < plan.Doelen.Count; d++)
        {
            var doel = plan.Doelen[d];
            Verplicht(fouten, $"doelen[{d}].titel", doel.Titel, "Een doel heeft een omschrijving nodig.");
            Tekst(fouten, $"doelen[{d}].titel", $"Doel {d + 1}", doel.Titel, MaxLangeTekst);
            if (doel.Thema is { } thema && !Domain.Themas.Bestuursopdracht2024.ContainsKey(thema))
            {
                fouten.Add(new Fout($"doelen[{d}].thema", $"Thema {thema} bestaat niet; kies een thema van 1 tot en met 8."));
            }

            for (var a = 0; a < doel.Acties.Count; a++)
            {
                ControleerActie(fouten, $"doelen[{d}].acties[{a}]", doel.Acties[a], sleutels);
            }
        }

        for (var w = 0; w < plan.Werkgroep.Count; w++)
        {
            var lid = plan.Werkgroep[w];
            Verplicht(fouten, $"werkgroep[{w}].naam", lid.Naam, "Een werkgroeplid heeft een naam nodig.");
            Tekst(fouten, $"werkgroep[{w}].naam", $"De naam van werkgroeplid {w + 1}", lid.Naam, MaxKorteTekst);
            Tekst(fouten, $"werkgroep[{w}].rol", $"De rol van werkgroeplid {w + 1}", lid.Rol, MaxKorteTekst);
            Uren(fouten, $"werkgroep[{w}].urenPerWeek", lid.UrenPerWeek);
        }

        for (var r = 0; r < plan.Begroting.Regels.Count; r++)
        {
            ControleerRegel(fouten, $"begroting.regels[{r}]", plan.Begroting.Regels[r]);
        }

        for (var t = 0; t < plan.Begroting.GesteldeTotalen.Count; t++)
        {
            var totaal = plan.Begroting.GesteldeTotalen[t];
            Verplicht(fouten, $"begroting.gesteldeTotalen[{t}].tekst", totaal.Tekst, "Schrijf het totaal zoals het in het document staat.");
            Tekst(fouten, $"begroting.gesteldeTotalen[{t}].tekst", "Het totaal zoals het document het schrijft", totaal.Tekst, MaxKorteTekst);
            Tekst(fouten, $"begroting.gesteldeTotalen[{t}].bron", "Waar in het document", totaal.Bron, MaxKorteTekst);
            if (totaal.BedragCent is < 0)
            {
                fouten.Add(new Fout($"begroting.gesteldeTotalen[{t}].bedragCent", "Een bedrag kan niet negatief zijn."));
            }
        }

        for (var o = 0; o < plan.Bronopmerkingen.Count; o++)
        {
            Tekst(fouten, $"bronopmerkingen[{o}]", $"Opmerking {o + 1} bij het brondocument", plan.Bronopmerkingen[o], MaxLangeTekst);
        }

        return fouten;
    }

    private static void ControleerActie(List<Fout> fouten, string pad, Actie actie, HashSet<string> sleutels)
    {
        if (string.IsNullOrWhiteSpace(actie.Sleutel))
        {
            fouten.Add(new Fout($"{pad}.id", "Een actie heeft een id nodig."));
        }
        else if (!sleutels.Add(actie.Sleutel))
        {
            fouten.Add(new Fout($"{pad}.id", $"Het id '{actie.Sleutel}' komt al bij een andere actie voor; elke actie heeft een eigen id."));
        }

        Verplicht(fouten, $"{pad}.titel", actie.Titel, "Een actie heeft een omschrijving nodig.");
        Tekst(fouten, $"{pad}.titel", "De omschrijving van de actie", actie.Titel, MaxLangeTekst);
        Tekst(fouten, $"{pad}.nummer", "Het nummer van de actie", actie.Nummer, MaxNummer);
        Tekst(fouten, $"{pad}.eigenaar", "De eigenaar van de actie", actie.Eigenaar, MaxKorteTekst);
        Tekst(fouten, $"{pad}.smart.specifiek", "Specifiek", actie.Smart.Specifiek, MaxLangeTekst);
        Tekst(fouten, $"{pad}.smart.meetbaar", "Meetbaar", actie.Smart.Meetbaar, MaxLangeTekst);
        Tekst(fouten, $"{pad}.smart.acceptabel", "Acceptabel", actie.Smart.Acceptabel, MaxLangeTekst);
        Tekst(fouten, $"{pad}.smart.realistisch", "Realistisch", actie.Smart.Realistisch, MaxLangeTekst);
        Tekst(fouten, $"{pad}.smart.tijdsgebonden", "Tijdsgebonden", actie.Smart.Tijdsgebonden, MaxLangeTekst);
        // Length first: the format messages quote what was typed.
        if (Tekstlengte.Controleer($"{pad}.kwartaal", "Het geplande kwartaal", actie.Kwartaal, MaxKorteTekst) is { } kwartaalTeLang)
        {
            fouten.Add(kwartaalTeLang);
        }
        else if (!string.IsNullOrWhiteSpace(actie.Kwartaal) && !Termijnen.ProbeerKwartaal(actie.Kwartaal, out _, out _))
        {
            fouten.Add(new Fout($"{pad}.kwartaal", $"'{actie.Kwartaal}' is geen kwartaal; schrijf jaar en kwartaal als 2024-Q2."));
        }

        if (Tekstlengte.Controleer($"{pad}.termijn", "De termijn", actie.Termijn, MaxKorteTekst) is { } termijnTeLang)
        {
            fouten.Add(termijnTeLang);
        }
        else if (!string.IsNullOrWhiteSpace(actie.Termijn) && !Termijnen.ProbeerLees(actie.Termijn, out _))
        {
            fouten.Add(new Fout($"{pad}.termijn", $"'{actie.Termijn}' is geen termijn die IdCyclus kan lezen; schrijf {Termijnen.Formaten}."));
        }
    }

    private static void ControleerRegel(List<Fout> fouten, string pad, Begrotingsregel regel)
    {
        Verplicht(fouten, $"{pad}.post", regel.Post, "Een begrotingsregel heeft een post nodig (waar het geld voor is).");
        Tekst(fouten, $"{pad}.post", "De post", regel.Post, MaxKorteTekst);
        Tekst(fouten, $"{pad}.doelgroep", "De doelgroep", regel.Doelgroep, MaxKorteTekst);
        if (regel.BedragCent is < 0)
        {
            fouten.Add(new Fout($"{pad}.bedragCent", "Een bedrag kan niet negatief zijn."));
        }

        if (regel.BedragCent is null && regel.Formule is null)
        {
            fouten.Add(new Fout($"{pad}.bedragCent", "Geef een bedrag of een berekening (uren per week × tarief × weken)."));
        }

        if (regel.Formule is { } f)
        {
            if (f.UrenPerWeek is <= 0 or > 10_000)
            {
                fouten.Add(new Fout($"{pad}.formule.urenPerWeek", "De uren per week moeten groter dan 0 zijn."));
            }

            if (f.TariefCent <= 0)
            {
                fouten.Add(new Fout($"{pad}.formule.tariefCent", "Het uurtarief moet groter dan 0 zijn."));
            }

            if (f.Weken is <= 0 or > 53)
            {
                fouten.Add(new Fout($"{pad}.formule.weken", "Het aantal weken ligt tussen 1 en 53 (een jaar)."));
            }

            if (f.Aantal is <= 0 or > 10_000)
            {
                fouten.Add(new Fout($"{pad}.formule.aantal", "Het aantal moet groter dan 0 zijn."));
            }
        }
    }

    private static void Uren(List<Fout> fouten, string pad, decimal? uren)
    {
        if (uren is < 0 or > MaxUrenPerWeek)
        {
            fouten.Add(new Fout(pad, $"Uren per week liggen tussen 0 en {MaxUrenPerWeek:0}."));
        }
    }

    private static void Verplicht(List<Fout> fouten, string pad, string? waarde, string melding)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            fouten.Add(new Fout(pad, melding));
        }
    }

    private static void Tekst(List<Fout> fouten, string pad, string label, string? waarde, int max) =>
        Tekstlengte.Controleer(fouten, pad, label, waarde, max);
}
