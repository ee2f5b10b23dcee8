using System.Globalization;

namespace IdCyclus.Modules.Rapportage.Domain;

/// <summary>
/// The discrepancies and gaps the snapshot's data itself contains, for bijlage 2: the software shows them rather than
/// smoothing them over (reference/DISCREPANCIES.md A1, A10, B5, B6 and the gaps per directie).
/// </summary>
internal static class Bevindingen
{
    public static IReadOnlyList<string> Bepaal(Momentopname m)
    {
        var regels = new List<string>();
        var nl = IdCyclus.Shared.Nederlands.Cultuur;

        var gemeente = Indicatorcijfers.Quotum(m, "gemeente");
        var sectiequota = m.Secties.Select(s => Indicatorcijfers.Quotum(m, s.Id)).Where(q => q is not null).Select(q => q!.Value).ToList();
        if (gemeente is { } totaal && sectiequota.Count > 0 && sectiequota.Sum() != totaal)
        {
            regels.Add(string.Create(
                nl,
                $"Het quotum Wet banenafspraak van de gemeente ({totaal:0.##}) is niet gelijk aan de som van de clusterquota ({sectiequota.Sum():0.##}); "
                + $"verschil {totaal - sectiequota.Sum():0.##}. Beide staan in het rapport zoals aangeleverd."));
        }

        foreach (var groep in m.Secties.Select(s => (Sectie: s, Cijfer: Indicatorcijfers.MigratieachtergrondVan(m, s)))
                     .Where(x => x.Cijfer.Waarde is not null).GroupBy(x => x.Cijfer.Waarde).Where(g => g.Count() > 1))
        {
            regels.Add(string.Create(
                nl,
                $"{string.Join(" en ", groep.Select(x => x.Sectie.Naam))} hebben hetzelfde percentage migratieachtergrond ({groep.Key:0.#}%): "
                + $"uit de aanlevering blijkt niet of dit per sectie is gemeten of één clustercijfer is."));
        }

        var scores = Scorecijfers.Scores(m);
        foreach (var s in scores.Where(s => s.Totaal is null))
        {
            regels.Add(
                $"Het interview van {s.Directie.Afkorting} is onvolledig (vraag {string.Join(", ", s.Ontbreekt)} ontbreekt): "
                + "er is geen totaalscore en de directie telt niet mee in de gemiddelden.");
        }

        var zonderInterview = m.Directies.Where(d => scores.All(s => s.Directie.Id != d.Id)).Select(d => d.Afkorting).ToList();
        if (zonderInterview.Count > 0)
        {
            regels.Add($"Zonder definitief interview in {m.Jaar} ({zonderInterview.Count}): {string.Join(", ", zonderInterview)}.");
        }

        var groeipanelOnbekend = m.Secties.SelectMany(s => Indicatorcijfers.GroeipanelVan(m, s))
            .Where(g => g.Ronde2021 is null || g.Ronde2022 is null).Select(g => g.Directie.Afkorting).ToList();
        if (groeipanelOnbekend.Count > 0)
        {
            regels.Add(
                $"Deelname aan het groeipanel is (deels) onbekend voor: {string.Join(", ", groeipanelOnbekend)}. "
                + "Onbekend is niet hetzelfde als 'niet deelgenomen'.");
        }

        foreach (var w in m.Waarden.Where(w => w.Symbool is "x" or "."))
        {
            var reden = w.Symbool == "x" ? "geheim (CBS publiceert te kleine groepen niet)" : "gegevens ontbreken";
            regels.Add($"{w.IndicatorId}, {w.EenheidNaam}, {w.Periode}: {reden}{(w.Toelichting is { } t ? $" – {t}" : "")}.");
        }

        var nietVergelijkbaar = Jaarvergelijkingen.Bereken(m).Where(v => !v.IsVergelijkbaar && scores.Any(s => s.Directie.Id == v.Directie.Id)).ToList();
        if (nietVergelijkbaar.Count > 0)
        {
            regels.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Niet vergeleken met {m.Jaar - 1}: {string.Join("; ", nietVergelijkbaar.Select(v => $"{v.Directie.Afkorting} ({v.Reden})"))}."));
        }

        return regels;
    }
}
