using System.Text;
using IdCyclus.Modules.Rapportage.Domain;
using static IdCyclus.Modules.Rapportage.Weergave.Html;

namespace IdCyclus.Modules.Rapportage.Weergave;

/// <summary>The municipality-wide pages: average score per section, randvoorwaarden op orde, thema's opgepakt.</summary>
internal static class Gemeentebreed
{
    public static void Schrijf(StringBuilder h, Rapportinhoud r)
    {
        var m = r.Momentopname;
        if (m.Vragenlijst is not { } vragenlijst)
        {
            h.Append($"<p>Voor {r.Jaar} staat geen vragenlijst in IdCyclus; er zijn geen scores.</p>");
            return;
        }

        if (vragenlijst.Meetperiode is { } periode)
        {
            h.Append($"<p>Periode {E(periode)}</p>");
        }

        var gemiddelden = m.Secties.Select(s => (Sectie: s, Gemiddelde: Scorecijfers.Gemiddelde(r.ScoresVan(s)))).ToList();
        var totaal = Scorecijfers.Gemiddelde(r.Scores);
        h.Append("<figure><h3 id=\"gemiddelde-score\">Gemiddelde score per cluster</h3>");
        h.Append(Grafiek.Staven("fig-gemiddelde", "Gemiddelde totaalscore per cluster",
            $"Staafdiagram: gemiddelde totaalscore per cluster, maximaal {r.MaxScore} punten. Gemiddeld over alle directies {Getal(totaal.Waarde)}.",
            gemiddelden.Select(g => new Staaf(g.Sectie.Naam, g.Gemiddelde.Waarde)).ToList(), r.MaxScore));
        Tabel(h, "Gemiddelde totaalscore per cluster", ["Cluster", "Gemiddelde", "Directies met volledige score", "Niet meegeteld"],
            gemiddelden.Select(g => (IReadOnlyList<string>)
                [g.Sectie.Naam, Getal(g.Gemiddelde.Waarde), g.Gemiddelde.Aantal.ToString(), Weggelaten(g.Gemiddelde)])
                .Append(["Alle clusters", Getal(totaal.Waarde), totaal.Aantal.ToString(), Weggelaten(totaal)]));
        h.Append("</figure>");
        var maxGehaald = r.Scores.Count(s => s.Totaal == r.MaxScore);
        h.Append($"<p>In totaal kan een directie {r.MaxScore} punten behalen op basis van de gestructureerde vragenlijst. ");
        h.Append(maxGehaald == 0 ? $"Geen van de directies heeft {r.MaxScore} punten gescoord. " : $"{maxGehaald} directie(s) scoorden {r.MaxScore} punten. ");
        h.Append($"De gemiddelde score van {totaal.Aantal} directies met een volledige score is {Getal(totaal.Waarde)}.</p>");

        var opOrde = Scorecijfers.OpOrdePerVraag(vragenlijst, r.Scores);
        h.Append("<figure><h3 id=\"randvoorwaarden-op-orde\">Randvoorwaarden op orde</h3><p>Percentage directies per randvoorwaarde.</p>");
        h.Append(Grafiek.Staven("fig-oporde", "Randvoorwaarden op orde, percentage directies",
            "Staafdiagram: per randvoorwaarde het percentage directies dat de hoogste score heeft.",
            opOrde.Select(o => new Staaf(o.Label, o.Percentage is { } p ? Math.Round(p, 0) : null)).ToList(), 100, eenheid: "%"));
        var perSectie = m.Secties.Select(s => Scorecijfers.OpOrdePerVraag(vragenlijst, r.ScoresVan(s))).ToList();
        Tabel(h, "Randvoorwaarden op orde: percentage directies per cluster en voor alle clusters",
            ["Randvoorwaarde", .. m.Secties.Select(s => s.Afkorting ?? s.Naam), "Alle clusters"],
            opOrde.Select((o, i) => (IReadOnlyList<string>)
            [
                $"{o.Nummer}. {o.Label}",
                .. perSectie.Select(p => Procent(p[i].Percentage)),
                $"{Procent(o.Percentage)} ({o.OpOrdeAantal} van {o.Beantwoord})",
            ]));
        h.Append("</figure>");
        var (alles, beantwoord) = Scorecijfers.AllesOpOrde(vragenlijst, r.Scores);
        h.Append(
            "<p>Een directie heeft een randvoorwaarde op orde bij de hoogste score (bij visie/ambitie is dat 2). "
            + $"{alles} van de {beantwoord} directies die alle randvoorwaarden beantwoordden, hebben ze alle op orde.</p>");

        var themas = Scorecijfers.Themas(vragenlijst, r.Scores);
        var groepen = vragenlijst.Themagroepen.Select(g => g.Naam).ToList();
        h.Append("<figure><h3 id=\"themas-opgepakt\">Thema's opgepakt</h3><p>Percentage directies per niveau.</p>");
        h.Append(Grafiek.Stapels("fig-themas", "Thema's opgepakt, verdeling van de directies over de niveaus",
            "Gestapeld staafdiagram: per thema het aandeel directies per niveau (" + string.Join(", ", groepen) + ").",
            themas.Select(t => new Stapel(t.Label, t.Groepen)).ToList(), groepen));
        Tabel(h, "Thema's opgepakt: percentage directies per niveau", ["Thema", .. groepen, "Beantwoord"],
            themas.Select(t => (IReadOnlyList<string>)[$"{t.Nummer}. {t.Label}", .. groepen.Select(g => Procent(t.Percentage(g))), t.Beantwoord.ToString()]));
        h.Append("</figure>");
    }

    private static string Weggelaten(Gemiddelde g) =>
        g.Weggelaten.Count == 0 ? "–" : string.Join("; ", g.Weggelaten.Select(w => $"{w.Directie.Afkorting} ({w.Reden})"));
}
