using System.Text;
using IdCyclus.Modules.Rapportage.Domain;
using static IdCyclus.Modules.Rapportage.Weergave.Html;

namespace IdCyclus.Modules.Rapportage.Weergave;

/// <summary>Appendices 1a (indicators), 1b (the year's questionnaire, from Vragenlijst) and 2 (verantwoording).</summary>
internal static class Bijlagenweergave
{
    public static void Indicatoren(StringBuilder h, Rapportinhoud r)
    {
        if (r.Momentopname.Indicatoren.Count == 0)
        {
            h.Append($"<p>Voor {r.Jaar} zijn geen indicatoren gedefinieerd.</p>");
            return;
        }

        foreach (var d in r.Momentopname.Indicatoren)
        {
            h.Append($"<h3>{E(d.Naam)}</h3><dl class=\"definitie\">");
            h.Append($"<dt>Bron</dt><dd>{E(d.Bron)}</dd><dt>Eenheid</dt><dd>{E(d.Eenheid)}</dd>");
            h.Append($"<dt>Peiljaar</dt><dd>{r.Jaar - d.Peiljaarverschil}{(d.PerMaand ? ", per maand" : "")}</dd>");
            if (d.Streefcijfer is { } streef)
            {
                h.Append($"<dt>Streefcijfer</dt><dd>{Getal(streef)}{(d.StreefcijferBron is { } bron ? $" – {E(bron)}" : "")}</dd>");
            }

            if (d.Classificatie is { } classificatie)
            {
                h.Append($"<dt>Indeling</dt><dd>{E(classificatie)}</dd>");
            }

            h.Append("</dl>");
            if (d.Toelichting is { } toelichting)
            {
                h.Append($"<p>{E(toelichting)}</p>");
            }
        }
    }

    public static void Vragenlijst(StringBuilder h, Rapportinhoud r)
    {
        if (r.Momentopname.Vragenlijst is not { } vragenlijst)
        {
            h.Append($"<p>Voor {r.Jaar} staat geen vragenlijst in IdCyclus.</p>");
            return;
        }

        h.Append($"<p>{E(vragenlijst.Naam)}{(vragenlijst.Meetperiode is { } p ? $", meetperiode {E(p)}" : "")}. Maximaal {r.MaxScore} punten.</p>");
        foreach (var sectie in vragenlijst.Vragen.GroupBy(v => v.Sectie))
        {
            h.Append($"<h3>{E(sectie.Key)}</h3><ol class=\"vragen\">");
            foreach (var v in sectie)
            {
                var waarde = int.TryParse(new string(v.Nummer.TakeWhile(char.IsDigit).ToArray()), out var n) ? n : 0;
                h.Append($"<li value=\"{waarde}\"><p><strong>{E(v.Nummer)}.</strong> {E(v.Tekst)}");
                h.Append(v.IsGescoord
                    ? $" <span class=\"vraagsoort\">({E(v.Groep)}, max {v.Max}"
                        + $"{(v.Koppeling != "zelfde" ? $", {E(v.Koppeling)} t.o.v. {r.Jaar - 1}" : "")})</span></p>"
                    : " <span class=\"vraagsoort\">(open vraag; antwoorden komen niet in het rapport)</span></p>");
                if (v.Opties.Count > 0)
                {
                    h.Append("<ul class=\"opties\">");
                    foreach (var o in v.Opties.OrderBy(o => o.Score))
                    {
                        h.Append($"<li>{o.Score} – {E(o.Tekst)}</li>");
                    }

                    h.Append("</ul>");
                }

                h.Append("</li>");
            }

            h.Append("</ol>");
        }
    }

    public static void Verantwoording(StringBuilder h, Rapportinhoud r)
    {
        var m = r.Momentopname;
        h.Append("<h3>Respondenten</h3>");
        Tabel(h, "Respondenten per type", ["Respondent", "Aantal directies"],
            r.Scores.GroupBy(s => s.Respondenttype ?? "niet vastgelegd").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<string>)[g.Key, g.Count().ToString()]));
        h.Append($"<p>{r.Scores.Count} van de {m.Directies.Count} directies hebben een definitief interview in {r.Jaar}. ");
        h.Append("Antwoorden op open vragen en de tekst van de observaties van accounthouders staan niet in dit rapport. ");
        var afwijkend = r.Scores.Count(s => s.AfwijkendBeeld);
        h.Append(afwijkend == 0
            ? "Bij geen enkele directie heeft de accounthouder vastgelegd dat het beeld van Bureau I&amp;D afwijkt van de vragenlijst.</p>"
            : $"Bij {afwijkend} directie(s) wijkt het beeld van Bureau I&amp;D af van de vragenlijst; dat staat bij de directie in de clusterpagina.</p>");
        if (r.Jaar == 2024)
        {
            // DISCREPANCIES B16: the 2024 method says such directies are marked, but the 2024 text marks none. Say so
            // rather than let the rebuilt 2024 report look as if every picture had matched.
            h.Append("<p>Let op: de methode (2.2.1) zegt dat afwijkende beelden in de rapportage staan, maar de oorspronkelijke rapportage ");
            h.Append("van 2024 markeert bij geen enkele directie een afwijkend beeld.</p>");
        }

        h.Append("<h3>Wijzigingen in de methode</h3>");
        if (m.Vragenlijst is { } v)
        {
            var gewijzigd = v.Vragen.Where(q => q.IsGescoord && q.Koppeling != "zelfde").Select(q => $"vraag {q.Nummer} ({q.Koppeling})").ToList();
            h.Append(m.VorigeVragenlijst is null
                ? $"<p>Er staat geen vragenlijst van {r.Jaar - 1} in IdCyclus; een vergelijking met {r.Jaar - 1} is niet mogelijk.</p>"
                : gewijzigd.Count == 0
                    ? $"<p>Alle gescoorde vragen zijn gelijk aan {r.Jaar - 1}.</p>"
                    : $"<p>Ten opzichte van {r.Jaar - 1} gewijzigd of nieuw, en daarom niet vergeleken: {E(string.Join(", ", gewijzigd))}.</p>");
        }

        h.Append("<h3>Ontbrekende gegevens en inconsistenties in de aanlevering</h3>");
        var bevindingen = Bevindingen.Bepaal(m);
        if (bevindingen.Count == 0)
        {
            h.Append("<p>Geen.</p>");
        }
        else
        {
            h.Append("<ul class=\"bevindingen\">");
            foreach (var b in bevindingen)
            {
                h.Append($"<li>{E(b)}</li>");
            }

            h.Append("</ul>");
        }

        h.Append(
            $"<h3>Momentopname</h3><p>Alle cijfers komen uit momentopname {r.MomentopnameNummer} met SHA-256 "
            + $"<code class=\"hash\">{E(r.MomentopnameHash)}</code>.</p>");
    }
}
