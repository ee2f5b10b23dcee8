namespace IdCyclus.Modules.Rapportage.Weergave;

/// <summary>
/// The report's own styles: inline in the printed document (Chromium prints without a server) and served to the web
/// page as /rapportage/rapport.css. Text colours meet 4.5:1 against white; chart fills 3:1.
/// </summary>
internal static class Opmaak
{
    public const string Css = """
        .rapport { font-family: "Amsterdam Sans", Arial, sans-serif; color: #202020; line-height: 1.5; max-width: 60rem; }
        .rapport h1 { font-size: 2.2rem; margin: 0 0 1rem; }
        .rapport h1 .ondertitel { display: block; font-size: 1.4rem; font-weight: 600; }
        .rapport h2 { font-size: 1.6rem; margin: 2rem 0 0.75rem; }
        .rapport h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
        .rapport h4 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
        .rapport .afzender { font-weight: 700; color: #ec0000; font-size: 1.2rem; }
        .rapport .fictief { border: 3px solid #a00078; padding: 0.75rem; }
        .rapport .kerncijfer strong { font-size: 2rem; margin-right: 1rem; }
        .rapport figure { margin: 0.5rem 0 1.25rem; }
        .rapport .rapport-grafiek { max-width: 40rem; display: block; }
        .rapport .g-label { font: 12px Arial, sans-serif; fill: #202020; }
        .rapport .g-waarde { font: bold 12px Arial, sans-serif; fill: #202020; }
        .rapport .g-waarde-in { font: bold 12px Arial, sans-serif; fill: #ffffff; }
        .rapport .g-ontbreekt { font-style: italic; }
        .rapport .rapport-tabel { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        .rapport .rapport-tabel caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
        .rapport .rapport-tabel th, .rapport .rapport-tabel td { border: 1px solid #767676; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
        .rapport .rapport-tabel thead th { background: #f3f3f3; }
        .rapport .blokstaat { display: inline-block; font-size: 0.85rem; border: 1px solid #767676; padding: 0 0.4rem; }
        .rapport .leeg { font-style: italic; color: #595959; }
        .rapport .printkader { border-collapse: collapse; width: 100%; table-layout: fixed; }
        .rapport .printkader > thead, .rapport .printkader > tbody > tr > td { padding: 0; }
        .rapport .hash { word-break: break-all; }
        .rapport .inhoud ol { padding-left: 1.5rem; }
        .rapport .inhoud .paginanummer { margin-left: 0.75rem; }
        .rapport a { color: #004699; }
        @media screen { .rapport .printkader > thead { display: none; } }
        """;

    public const string Print = """
        @page { size: A4; margin: 20mm 16mm 18mm 16mm; }
        body { margin: 0; }
        .rapport { max-width: none; font-size: 10.5pt; }
        .rapport .rapport-pagina { break-before: page; }
        .rapport .titelpagina { break-before: auto; padding-top: 30mm; }
        .rapport .printkader > thead { display: table-header-group; }
        .rapport .lopende-kop { font-size: 8pt; color: #595959; border-bottom: 1px solid #767676; margin-bottom: 4mm; text-align: right; }
        .rapport figure, .rapport table.rapport-tabel, .rapport .rapport-blok, .rapport .houd-samen { break-inside: avoid; }
        .rapport h2, .rapport h3, .rapport h4 { break-after: avoid; }
        .rapport figure > h3, .rapport figure > h4 { margin-top: 0; }
        .rapport h3[id$="-scores"], .rapport h3[id$="-verandering"] { break-before: page; }
        """;
}
