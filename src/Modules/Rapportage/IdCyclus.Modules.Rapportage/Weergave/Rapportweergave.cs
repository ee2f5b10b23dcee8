using System.Text;
using IdCyclus.Modules.Rapportage.Domain;
using static IdCyclus.Modules.Rapportage.Weergave.Html;

namespace IdCyclus.Modules.Rapportage.Weergave;

/// <summary>
/// The report as HTML, in the structure of the 2024 report (seed 000). One fragment serves the web page (inside the
/// site's layout) and, wrapped by <see cref="Document"/>, the PDF and the verb's --html file: the PDF is printed from
/// the same HTML a reader sees.
/// </summary>
internal static class Rapportweergave
{
    public static string Fragment(Rapportinhoud r)
    {
        var h = new StringBuilder();
        h.Append("<article class=\"rapport\" lang=\"nl\">");
        Titelpagina(h, r);
        Inhoud(h, r);
        Pagina(h, "aanleiding", "Aanleiding en doel", () => Blok(h, r, Tekstblokken.Aanleiding));
        Pagina(h, "leeswijzer", "Leeswijzer", () => Leeswijzer(h, r));
        Pagina(h, "samenvatting", "Samenvatting: algemene conclusies", () => Blok(h, r, Tekstblokken.Samenvatting));
        Pagina(h, "gemeente", "Voortgang actieplannen Inclusie en Diversiteit binnen de gemeente Amsterdam", () => Gemeentebreed.Schrijf(h, r));
        foreach (var sectie in r.Momentopname.Secties)
        {
            Pagina(h, Sectieweergave.Anker(sectie), $"Cluster {sectie.Naam}", () => Sectieweergave.Schrijf(h, r, sectie));
        }

        Pagina(h, "bijlage-1a", "Bijlage 1a. Leeswijzer – Toelichting indicatoren", () => Bijlagenweergave.Indicatoren(h, r));
        Pagina(h, "bijlage-1b", $"Bijlage 1b. Leeswijzer – Vragenlijst {r.Jaar}", () => Bijlagenweergave.Vragenlijst(h, r));
        Pagina(h, "bijlage-2", "Bijlage 2. Verantwoording", () => Bijlagenweergave.Verantwoording(h, r));
        h.Append("</article>");
        return h.ToString();
    }

    /// <summary>One report section's three pages, for a clusterdirecteur before publication (ADR 0017).</summary>
    public static string SectieFragment(Rapportinhoud r, Sectie sectie)
    {
        var h = new StringBuilder();
        h.Append("<article class=\"rapport\" lang=\"nl\">");
        Pagina(h, Sectieweergave.Anker(sectie), $"Cluster {sectie.Naam}", () => Sectieweergave.Schrijf(h, r, sectie));
        h.Append("</article>");
        return h.ToString();
    }

    /// <summary>A standalone page for printing: the report's own styles inline, so Chromium needs no server or network.</summary>
    public static string Document(string fragment, int jaar) =>
        $"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Voortgangsrapportage {jaar}</title><style>{Opmaak.Css}{Opmaak.Print}</style>"
        + $"</head><body>{fragment}</body></html>";

    /// <summary>
    /// A report page. In print each starts on a new sheet; its title repeats at the top of every sheet it fills (a
    /// table header repeats on each printed page in Chromium), hidden on screen and from screen readers.
    /// </summary>
    private static void Pagina(StringBuilder h, string anker, string titel, Action inhoud)
    {
        h.Append($"<section class=\"rapport-pagina\" id=\"{E(anker)}\" aria-labelledby=\"{E(anker)}-kop\">");
        h.Append(
            $"<table class=\"printkader\" role=\"presentation\"><thead aria-hidden=\"true\"><tr><td><div class=\"lopende-kop\">{E(titel)}</div></td></tr>"
            + "</thead><tbody><tr><td>");
        h.Append($"<h2 id=\"{E(anker)}-kop\">{E(titel)}</h2>");
        inhoud();
        h.Append("</td></tr></tbody></table></section>");
    }

    public static void Blok(StringBuilder h, Rapportinhoud r, string sleutel, string? kop = null)
    {
        h.Append($"<div class=\"rapport-blok\" id=\"blok-{E(sleutel.Replace(':', '-'))}\">");
        if (kop is not null)
        {
            h.Append($"<h4>{E(kop)}</h4>");
        }

        var blok = r.Blokken.GetValueOrDefault(sleutel);
        if (r.IsConcept)
        {
            h.Append($"<p class=\"blokstaat\">Tekstblok: {E((blok?.Staat ?? Blokstaat.Concept).Naam())}</p>");
        }

        h.Append(string.IsNullOrWhiteSpace(blok?.Markdown) ? "<p class=\"leeg\">Nog geen tekst.</p>" : Markdown.NaarHtml(blok.Markdown));
        h.Append("</div>");
    }

    private static void Titelpagina(StringBuilder h, Rapportinhoud r)
    {
        h.Append("<section class=\"rapport-pagina titelpagina\" id=\"titel\" aria-labelledby=\"titel-kop\">");
        h.Append("<p class=\"afzender\">Gemeente Amsterdam</p>");
        h.Append($"<h1 id=\"titel-kop\">Voortgangsrapportage <span class=\"ondertitel\">Actieplannen Inclusie en Diversiteit {r.Jaar}</span></h1>");
        h.Append($"<p>Bureau Inclusie en Diversiteit<br>{E(r.Versietekst)}, {E(IdCyclus.Shared.Nederlands.Datum(r.Datum))}</p>");
        if (r.Momentopname.Fictief)
        {
            h.Append(
                "<p class=\"fictief\"><strong>Fictieve gegevens.</strong> Dit rapport is gemaakt met demonstratiegegevens: "
                + "de scores, cijfers en personen zijn verzonnen en zeggen niets over de werkelijke directies.</p>");
        }

        h.Append(r.MomentopnameNummer == 0
            ? "<p class=\"verantwoording-kort\">Gebaseerd op de gegevens van dit moment, niet als momentopname bewaard (SHA-256 "
                + $"<code>{E(r.MomentopnameHash[..16])}…</code>).</p>"
            : $"<p class=\"verantwoording-kort\">Gebaseerd op momentopname {r.MomentopnameNummer} (SHA-256 <code>{E(r.MomentopnameHash[..16])}…</code>).</p>");
        h.Append("</section>");
    }

    private static void Inhoud(StringBuilder h, Rapportinhoud r)
    {
        h.Append(
            "<nav class=\"rapport-pagina inhoud\" id=\"rapport-inhoud\" aria-labelledby=\"rapport-inhoud-kop\"><h2 id=\"rapport-inhoud-kop\">Inhoud</h2><ol>");
        h.Append("<li><a href=\"#aanleiding\">Aanleiding en doel</a></li><li><a href=\"#leeswijzer\">Leeswijzer</a></li>");
        h.Append("<li><a href=\"#samenvatting\">Samenvatting: algemene conclusies</a></li>");
        h.Append("<li><a href=\"#gemeente\">Voortgang actieplannen Inclusie en Diversiteit binnen de gemeente Amsterdam</a></li>");
        h.Append("<li>Clusterbeelden<ol>");
        foreach (var sectie in r.Momentopname.Secties)
        {
            h.Append($"<li><a href=\"#{E(Sectieweergave.Anker(sectie))}\">{E(sectie.Naam)}</a></li>");
        }

        h.Append("</ol></li><li>Bijlagen<ol>");
        h.Append("<li><a href=\"#bijlage-1a\">1a. Leeswijzer – Toelichting indicatoren</a></li>");
        h.Append($"<li><a href=\"#bijlage-1b\">1b. Leeswijzer – Vragenlijst {r.Jaar}</a></li>");
        h.Append("<li><a href=\"#bijlage-2\">2. Verantwoording</a></li></ol></li></ol></nav>");
    }

    private static void Leeswijzer(StringBuilder h, Rapportinhoud r)
    {
        h.Append("<p>Elk cluster lichten we toe aan de hand van drie pagina's.</p>");
        h.Append("<h3>Pagina 1: indicatoren</h3><ul><li>Aantal medewerkers per directie, op volgorde van grootte</li>");
        h.Append("<li>Percentage medewerkers met een niet-westerse migratieachtergrond vanaf schaal 12, met het tekort op het streefcijfer van 30%</li>");
        h.Append(
            $"<li>Aantal gerealiseerde banen onder de Wet banenafspraak per maand vanaf januari {r.Jaar}</li>"
            + "<li>Percentage jongeren per directie ten opzichte van het streefcijfer van 20%</li></ul>");
        h.Append("<p>Alle indicatoren worden toegelicht in bijlage 1a.</p>");
        h.Append("<h3>Pagina 2: scores</h3><ul><li>Totaalscore per directie op basis van de gestructureerde vragenlijst, met de respondenten</li>");
        h.Append("<li>Score per directie op de randvoorwaarden en op de thema's</li><li>Context van het cluster en duiding van de scores</li>");
        h.Append("<li>Aantal dialoogsessies per directie en deelname aan het groeipanel</li></ul><p>De vragenlijst staat in bijlage 1b.</p>");
        h.Append(
            $"<h3>Pagina 3: een jaar later</h3><ul>"
            + $"<li>De totaalscore per directie van {r.Jaar - 1} ten opzichte van {r.Jaar}, alleen over vergelijkbare vragen</li>");
        h.Append("<li>Duiding van de meest opvallende directies</li><li>De belangrijkste aanbevelingen op clusterniveau</li></ul>");
        h.Append("<p>Elke grafiek heeft een tekstalternatief en staat ook als tabel met de cijfers in het rapport.</p>");
    }
}
