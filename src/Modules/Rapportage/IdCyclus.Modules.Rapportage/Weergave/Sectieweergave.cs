using System.Text;
using IdCyclus.Modules.Rapportage.Domain;
using static IdCyclus.Modules.Rapportage.Weergave.Html;

namespace IdCyclus.Modules.Rapportage.Weergave;

/// <summary>A report section's three pages: indicators, scores, and the change since last year.</summary>
internal static class Sectieweergave
{
    public static string Anker(Sectie sectie) => "sectie-" + sectie.Id;

    public static void Schrijf(StringBuilder h, Rapportinhoud r, Sectie sectie)
    {
        Indicatoren(h, r, sectie);
        Scores(h, r, sectie);
        EenJaarLater(h, r, sectie);
    }

    private static void Indicatoren(StringBuilder h, Rapportinhoud r, Sectie sectie)
    {
        var m = r.Momentopname;
        var a = Anker(sectie);
        h.Append($"<h3 id=\"{a}-indicatoren\">Indicatoren</h3>");

        var medewerkers = Indicatorcijfers.MedewerkersVan(m, sectie);
        h.Append("<figure><h4>Aantal medewerkers</h4>");
        h.Append(Grafiek.Staven($"{a}-medewerkers", $"Aantal medewerkers per directie, {sectie.Naam}",
            "Staafdiagram: aantal medewerkers per directie, van groot naar klein.",
            medewerkers.Select(x => new Staaf(x.Directie.Afkorting, x.Aantal)).ToList(), medewerkers.Max(x => x.Aantal) ?? 1));
        Tabel(h, $"Aantal medewerkers per directie, {sectie.Naam}", ["Directie", "Medewerkers"],
            medewerkers.Select(x => (IReadOnlyList<string>)[x.Directie.Afkorting, Getal(x.Aantal)]));
        h.Append("</figure>");

        var migratie = Indicatorcijfers.MigratieachtergrondVan(m, sectie);
        h.Append($"<h4>Percentage medewerkers met een niet-westerse migratieachtergrond {migratie.Peiljaar} (schaal 12 en hoger)</h4>");
        if (migratie.IsBekend)
        {
            var richting = migratie.Verschil >= 0 ? "ligt op of boven het streefcijfer" : "ligt onder het streefcijfer";
            h.Append(
                $"<p class=\"kerncijfer\"><strong>{Procent(migratie.Waarde)}</strong> Streefcijfer: "
                + $"{Procent(migratie.Streefcijfer)} (verschil {Getal(migratie.Verschil, "+0.#;-0.#;0")} procentpunt)</p>");
            h.Append($"<p>Het percentage binnen {E(sectie.Naam)} was {Procent(migratie.Waarde)} in {migratie.Peiljaar} en {richting}.</p>");
        }
        else
        {
            h.Append($"<p class=\"kerncijfer\">Geen cijfer{(migratie.Symbool is { } s ? $" (CBS: {E(s)})" : "")}.</p>");
        }

        var banen = Indicatorcijfers.BanenPerMaand(m, sectie);
        var quotum = Indicatorcijfers.Quotum(m, sectie.Id);
        h.Append("<figure><h4>Gerealiseerde banen Wet banenafspraak</h4>");
        h.Append(Grafiek.Staven($"{a}-banen", $"Gerealiseerde banen per maand, {sectie.Naam}",
            $"Staafdiagram: gerealiseerde banen per maand in {r.Jaar}; quotum {Getal(quotum, "0.##")}.",
            banen.Select(b => new Staaf(b.Maand, b.Aantal)).ToList(), Math.Max(banen.Count == 0 ? 1 : banen.Max(b => b.Aantal), quotum ?? 0),
            doellijn: quotum, doellabel: "quotum"));
        Tabel(h, $"Gerealiseerde banen per maand, {sectie.Naam} (quotum {Getal(quotum, "0.##")})", ["Maand", "Banen"],
            banen.Select(b => (IReadOnlyList<string>)[b.Maand, Getal(b.Aantal)]));
        h.Append("</figure>");

        var jongeren = Indicatorcijfers.JongerenVan(m, sectie);
        var streef = Indicatorcijfers.Streefcijfer(m, Indicatorcijfers.Jongeren);
        h.Append("<figure><h4>Percentage jongeren</h4>");
        h.Append(Grafiek.Staven($"{a}-jongeren", $"Percentage jongeren per directie, {sectie.Naam}",
            $"Staafdiagram: percentage medewerkers tot 35 jaar per directie, streefcijfer {Procent(streef)}.",
            jongeren.Select(j => new Staaf(j.Directie.Afkorting, j.Percentage)).ToList(), 40, doellijn: streef, eenheid: "%"));
        Tabel(h, $"Percentage jongeren per directie, {sectie.Naam}", ["Directie", "Jongeren", "Norm " + Procent(streef)],
            jongeren.Select(j => (IReadOnlyList<string>)[j.Directie.Afkorting, Procent(j.Percentage), Status(j.Status)]));
        h.Append("</figure>");
        if (jongeren.All(j => j.Status == Jongerenstatus.Onbekend) && Indicatorcijfers.JongerenSectie(m, sectie) is { } geheel)
        {
            h.Append($"<p>Voor {E(sectie.Naam)} is alleen een cijfer op clusterniveau beschikbaar: {Procent(geheel)}.</p>");
        }
    }

    private static void Scores(StringBuilder h, Rapportinhoud r, Sectie sectie)
    {
        var m = r.Momentopname;
        var a = Anker(sectie);
        var scores = r.ScoresVan(sectie).OrderBy(s => s.Directie.Afkorting, IdCyclus.Shared.Nederlands.Sortering).ToList();
        h.Append($"<h3 id=\"{a}-scores\">Scores</h3><figure><h4>Totaalscore per directie</h4>");
        h.Append(Grafiek.Staven($"{a}-totaal", $"Totaalscore per directie, {sectie.Naam}",
            $"Staafdiagram: totaalscore per directie, maximaal {r.MaxScore}; een onvolledig interview staat als 'ontbreekt'.",
            scores.Select(s => new Staaf(s.Directie.Afkorting, s.Totaal)).ToList(), r.MaxScore));
        Tabel(h, $"Totaalscore per directie, {sectie.Naam}", ["Directie", "Totaal", "Randvoorwaarden", "Thema's", "Respondent"],
            scores.Select(s => (IReadOnlyList<string>)
            [
                s.Directie.Afkorting, s.Totaal?.ToString() ?? $"onvolledig (ontbreekt: {string.Join(", ", s.Ontbreekt)})",
                s.Randvoorwaarden?.ToString() ?? "onvolledig", s.Themas?.ToString() ?? "onvolledig", s.Respondenttype ?? "niet vastgelegd",
            ]));
        h.Append("</figure>");
        var zonder = m.DirectiesVan(sectie.Id).Where(d => scores.All(s => s.Directie.Id != d.Id)).Select(d => d.Afkorting).ToList();
        if (zonder.Count > 0)
        {
            h.Append($"<p>Zonder definitief interview in {r.Jaar}: {E(string.Join(", ", zonder))}.</p>");
        }

        h.Append($"<p>Respondenten: {E(Respondenten(scores))}</p>");
        AfwijkendBeeld(h, scores);
        if (m.Vragenlijst is { } vragenlijst)
        {
            var groepen = new[] { ("randvoorwaarde", "Score randvoorwaarden (max 3, visie/ambitie max 2)"), ("thema", "Score thema's (max 3)") };
            foreach (var (groep, titel) in groepen)
            {
                var vragen = Scorecijfers.Gescoord(vragenlijst).Where(v => v.Groep == groep).ToList();
                h.Append($"<div class=\"houd-samen\"><h4>{E(titel)}</h4>");
                Tabel(h, $"{titel}, {sectie.Naam}", ["Directie", .. vragen.Select(v => v.Label ?? v.Nummer)],
                    scores.Select(s => (IReadOnlyList<string>)
                        [s.Directie.Afkorting, .. vragen.Select(v => s.Scores.TryGetValue(v.Nummer, out var x) ? x.ToString() : "ontbreekt")]),
                    "scoretabel");
                h.Append("</div>");
            }
        }

        Rapportweergave.Blok(h, r, Tekstblokken.Sleutel(sectie.Id, "context"), "Context");
        Rapportweergave.Blok(h, r, Tekstblokken.Sleutel(sectie.Id, "randvoorwaarden"), "Randvoorwaarden, wat valt op?");
        Rapportweergave.Blok(h, r, Tekstblokken.Sleutel(sectie.Id, "themas"), "Thema's, wat valt op?");

        h.Append("<div class=\"houd-samen\"><h4>Georganiseerde dialoogsessies</h4>");
        Tabel(h, $"Dialoogsessies per directie in {r.Jaar}, {sectie.Naam}", ["Directie", "Sessies"],
            Indicatorcijfers.DialoogsessiesVan(m, sectie)
                .Select(x => (IReadOnlyList<string>)[x.Directie.Afkorting, x.Aantal is null ? "niet bekend" : Getal(x.Aantal)]));
        h.Append("</div><div class=\"houd-samen\"><h4>Advies gevraagd aan groeipanel</h4>");
        Tabel(h, $"Deelname aan het groeipanel, {sectie.Naam}", ["Directie", "Groeipanel '21", "Groeipanel '22/'23"],
            Indicatorcijfers.GroeipanelVan(m, sectie).Select(g => (IReadOnlyList<string>)[g.Directie.Afkorting, JaNee(g.Ronde2021), JaNee(g.Ronde2022)]));
        h.Append("</div>");
    }

    private static void EenJaarLater(StringBuilder h, Rapportinhoud r, Sectie sectie)
    {
        var a = Anker(sectie);
        var vergelijkingen = r.Vergelijkingen
            .Where(v => v.Directie.SectieId == sectie.Id)
            .OrderBy(v => v.Directie.Afkorting, IdCyclus.Shared.Nederlands.Sortering)
            .ToList();
        var vergelijkbaar = vergelijkingen.Where(v => v.IsVergelijkbaar).ToList();
        h.Append($"<h3 id=\"{a}-verandering\">Verandering totaalscore {r.Jaar - 1} – {r.Jaar}</h3><figure>");
        var max = vergelijkbaar.Count == 0 ? 1 : vergelijkbaar.Max(v => Math.Max(v.SomNu!.Value, v.SomVorig!.Value));
        h.Append(Grafiek.Staven($"{a}-vergelijking", $"Score {r.Jaar - 1} en {r.Jaar} per directie, {sectie.Naam}",
            "Staafdiagram: per directie de som over de vergelijkbare vragen, vorig jaar gearceerd, dit jaar blauw. "
            + "Alleen directies met een vergelijkbare score.",
            vergelijkbaar.Select(v => new Staaf(v.Directie.Afkorting, v.SomNu, v.SomVorig)).ToList(), max, ($"{r.Jaar}", $"{r.Jaar - 1}")));
        Tabel(h, $"Verandering over de vergelijkbare vragen, {sectie.Naam}", ["Directie", $"{r.Jaar - 1}", $"{r.Jaar}", "Verschil", "Vergeleken vragen"],
            vergelijkbaar.Select(v => (IReadOnlyList<string>)[v.Directie.Afkorting, v.SomVorig.ToString()!, v.SomNu.ToString()!, Getal(v.Verschil, "+0;-0;0"),
                v.NietVergeleken.Count == 0 ? $"alle {v.AantalVragen}" : $"{v.AantalVragen} (niet: {string.Join(", ", v.NietVergeleken)})"]));
        h.Append("</figure>");
        var niet = vergelijkingen.Where(v => !v.IsVergelijkbaar).ToList();
        if (niet.Count > 0)
        {
            h.Append("<p>Niet meegenomen in de vergelijking:</p><ul class=\"niet-vergelijkbaar\">");
            foreach (var v in niet)
            {
                h.Append($"<li><strong>{E(v.Directie.Afkorting)}</strong>: {E(v.Reden)}</li>");
            }

            h.Append("</ul>");
        }

        Rapportweergave.Blok(h, r, Tekstblokken.Sleutel(sectie.Id, "eenjaarlater"), "Een jaar later, wat valt op?");
        Rapportweergave.Blok(h, r, Tekstblokken.Sleutel(sectie.Id, "aanbevelingen"), "Aanbevelingen");
    }

    /// <summary>
    /// The method's point 3 (2.2.1): where Bureau's picture differs from the questionnaire, the report says so at the
    /// directie; the explanation is for the conversation with the clusterdirecteur, so the observation's text stays out.
    /// </summary>
    private static void AfwijkendBeeld(StringBuilder h, IReadOnlyList<Directiescore> scores)
    {
        var afwijkend = scores.Where(s => s.AfwijkendBeeld).Select(s => s.Directie.Afkorting).ToList();
        if (afwijkend.Count > 0)
        {
            h.Append("<p class=\"afwijkend-beeld\"><strong>Afwijkend beeld Bureau I&amp;D:</strong> ");
            h.Append($"bij {E(string.Join(", ", afwijkend))} komt het beeld uit de vragenlijst niet overeen met het beeld van de accounthouder. ");
            h.Append("De toelichting volgt in het gesprek met de clusterdirecteur.</p>");
        }
    }

    private static string Respondenten(IEnumerable<Directiescore> scores) =>
        string.Join(", ", scores.GroupBy(s => s.Respondenttype ?? "niet vastgelegd")
            .Select(g => $"{string.Join("/", g.Select(s => s.Directie.Afkorting))} ({g.Key})"));

    private static string Status(Jongerenstatus status) => status switch
    {
        Jongerenstatus.Voldoet => "voldoet",
        Jongerenstatus.BlijftAchter => "blijft achter",
        _ => "onbekend",
    };

    private static string JaNee(bool? waarde) => waarde switch { true => "✓ ja", false => "✗ nee", null => "onbekend" };
}
