namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>
/// What changed between two versions, in sentences a directeur reads before approving: goals, actions (matched by their
/// id, so a renumbered action is a change and not a removal plus an addition), budget and the plan's own fields.
/// </summary>
internal static class Wijzigingen
{
    public static IReadOnlyList<string> Beschrijf(Planinhoud oud, Planinhoud nieuw)
    {
        var zinnen = new List<string>();
        if (oud.Status != nieuw.Status)
        {
            zinnen.Add($"Status gewijzigd van '{Statusnaam(oud.Status)}' naar '{Statusnaam(nieuw.Status)}'.");
        }

        Tekst(zinnen, "Titel", oud.Titel, nieuw.Titel);
        Tekst(zinnen, "Visie (één jaar)", oud.Visie.EenJaar, nieuw.Visie.EenJaar);
        Tekst(zinnen, "Visie (meerjarig)", oud.Visie.Meerjarig, nieuw.Visie.Meerjarig);
        Tekst(zinnen, "Ambitie (één jaar)", oud.Ambitie.EenJaar, nieuw.Ambitie.EenJaar);
        Tekst(zinnen, "Ambitie (meerjarig)", oud.Ambitie.Meerjarig, nieuw.Ambitie.Meerjarig);
        Lijst(zinnen, "Diversiteitsdimensie", oud.Dimensies, nieuw.Dimensies);
        Lijst(zinnen, "Thema", oud.Themas.Select(Themas.Naam).ToList(), nieuw.Themas.Select(Themas.Naam).ToList());
        Lijst(zinnen, "Doel", oud.Doelen.Select(d => d.Titel).ToList(), nieuw.Doelen.Select(d => d.Titel).ToList());
        Acties(zinnen, oud, nieuw);
        Lijst(zinnen, "Werkgroeplid", oud.Werkgroep.Select(Lid).ToList(), nieuw.Werkgroep.Select(Lid).ToList());
        Begroting(zinnen, oud.Begroting, nieuw.Begroting);
        return zinnen;
    }

    public static string Statusnaam(PlanStatus status) => status switch
    {
        PlanStatus.GeenStartGemaakt => "geen start gemaakt",
        PlanStatus.StartGemaakt => "start gemaakt",
        PlanStatus.ConceptPlan => "er ligt een concept plan",
        _ => "er ligt een volledig plan, geaccordeerd door het MT",
    };

    private static void Acties(List<string> zinnen, Planinhoud oud, Planinhoud nieuw)
    {
        var oudeActies = oud.AlleActies().ToDictionary(a => a.Sleutel, StringComparer.Ordinal);
        var nieuweActies = nieuw.AlleActies().ToDictionary(a => a.Sleutel, StringComparer.Ordinal);
        foreach (var actie in nieuweActies.Values.Where(a => !oudeActies.ContainsKey(a.Sleutel)))
        {
            zinnen.Add($"Actie {Naam(actie)} toegevoegd{(actie.Kwartaal is null ? "" : $", gepland in {actie.Kwartaal}")}.");
        }

        foreach (var actie in oudeActies.Values.Where(a => !nieuweActies.ContainsKey(a.Sleutel)))
        {
            zinnen.Add($"Actie {Naam(actie)} verwijderd.");
        }

        foreach (var (sleutel, was) in oudeActies)
        {
            if (!nieuweActies.TryGetValue(sleutel, out var wordt) || was == wordt)
            {
                continue;
            }

            var delen = new List<string>();
            Deel(delen, "omschrijving", was.Titel, wordt.Titel);
            Deel(delen, "nummer", was.Nummer, wordt.Nummer);
            Deel(delen, "eigenaar", was.Eigenaar, wordt.Eigenaar);
            Deel(delen, "kwartaal", was.Kwartaal, wordt.Kwartaal);
            Deel(delen, "termijn", was.Termijn, wordt.Termijn);
            if (was.Smart != wordt.Smart)
            {
                delen.Add("SMART-omschrijving aangepast");
            }

            zinnen.Add($"Actie {Naam(wordt)}: {string.Join("; ", delen)}.");
        }
    }

    private static void Begroting(List<string> zinnen, Begroting oud, Begroting nieuw)
    {
        var oudeRegels = oud.Regels.ToLookup(r => r.Post, StringComparer.Ordinal);
        var nieuweRegels = nieuw.Regels.ToLookup(r => r.Post, StringComparer.Ordinal);
        foreach (var post in nieuw.Regels.Select(r => r.Post).Distinct().Where(p => !oudeRegels.Contains(p)))
        {
            zinnen.Add($"Begrotingsregel '{post}' toegevoegd ({Bedragen.Tekst(Som(nieuweRegels[post]))}).");
        }

        foreach (var post in oud.Regels.Select(r => r.Post).Distinct().Where(p => !nieuweRegels.Contains(p)))
        {
            zinnen.Add($"Begrotingsregel '{post}' verwijderd ({Bedragen.Tekst(Som(oudeRegels[post]))}).");
        }

        foreach (var post in oud.Regels.Select(r => r.Post).Distinct().Where(nieuweRegels.Contains))
        {
            var (was, wordt) = (Som(oudeRegels[post]), Som(nieuweRegels[post]));
            if (was != wordt)
            {
                zinnen.Add($"Begrotingsregel '{post}' gewijzigd van {Bedragen.Tekst(was)} naar {Bedragen.Tekst(wordt)}.");
            }
        }

        var (totaalWas, totaalWordt) = (Som(oud.Regels), Som(nieuw.Regels));
        if (totaalWas != totaalWordt)
        {
            zinnen.Add($"Totaal van de begroting gewijzigd van {Bedragen.Tekst(totaalWas)} naar {Bedragen.Tekst(totaalWordt)}.");
        }
    }

    private static long Som(IEnumerable<Begrotingsregel> regels) => regels.Sum(r => r.BedragCent ?? r.Formule?.UitkomstCent ?? 0);

    private static string Naam(Actie actie) => actie.Nummer is null ? $"'{actie.Titel}'" : $"{actie.Nummer} '{actie.Titel}'";

    private static string Lid(Werkgroeplid lid) =>
        lid.UrenPerWeek is { } uren ? $"{lid.Naam} ({Begrotingscontrole.Getal(uren)} uur per week)" : lid.Naam;

    private static void Tekst(List<string> zinnen, string veld, string? was, string? wordt)
    {
        if ((was ?? "") == (wordt ?? ""))
        {
            return;
        }

        zinnen.Add(string.IsNullOrEmpty(was) ? $"{veld} ingevuld." : string.IsNullOrEmpty(wordt) ? $"{veld} leeggemaakt." : $"{veld} aangepast.");
    }

    private static void Deel(List<string> delen, string veld, string? was, string? wordt)
    {
        if ((was ?? "") != (wordt ?? ""))
        {
            delen.Add($"{veld} van '{was ?? "leeg"}' naar '{wordt ?? "leeg"}'");
        }
    }

    private static void Lijst(List<string> zinnen, string soort, IReadOnlyList<string> oud, IReadOnlyList<string> nieuw)
    {
        zinnen.AddRange(nieuw.Except(oud, StringComparer.Ordinal).Select(n => $"{soort} '{n}' toegevoegd."));
        zinnen.AddRange(oud.Except(nieuw, StringComparer.Ordinal).Select(o => $"{soort} '{o}' verwijderd."));
    }
}
