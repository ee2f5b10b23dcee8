using System.Diagnostics;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Tests.Integration.Vragenlijst;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Opvolging;

/// <summary>
/// The GMT dashboard over HTTP, on the demo organisation with the fictional final interviews of 2023 and 2024 (the
/// clock stands on 1 March 2025, so the dashboard shows 2024). Expected values are worked out here from the other
/// modules' own answers, never from the dashboard's code.
/// </summary>
public abstract class DashboardTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private async Task<HttpSessie> AlsAsync(Rol rol, string? directie = null, string? cluster = null)
    {
        var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(rol, directie, cluster);
        return sessie;
    }

    private static string Tekst(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "(geen element)").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyList<IElement> Regels(IDocument pagina) => pagina.QuerySelectorAll("tr.idc-dashboardregel").ToList();

    private static HashSet<Guid> Directies(IDocument pagina) => Regels(pagina).Select(r => Guid.Parse(r.GetAttribute("data-directie")!)).ToHashSet();

    /// <summary>The cells of a directie's row by column head (the row's own th included).</summary>
    private static Dictionary<string, string> Cellen(IDocument pagina, Guid directie)
    {
        var rij = pagina.QuerySelector($"tr[data-directie='{directie}']") ?? throw new InvalidOperationException($"Geen regel voor {directie}.");
        var koppen = rij.Closest("table")!.QuerySelectorAll("thead th").Select(Tekst).ToList();
        return koppen.Zip(rij.Children.Select(Tekst)).ToDictionary(p => p.First, p => p.Second);
    }

    private Task<IReadOnlyList<DirectieGegevens>> ActieveDirectiesAsync() =>
        Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>().ActieveDirectiesAsync(Fabriek.Klok.Vandaag()));

    private async Task<string> AfspraakAsync(HttpSessie bureau, string directie, string soort, string deadline)
    {
        var antwoord = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
        {
            ["DirectieId"] = (await Fabriek.DirectieAsync(directie)).Id.ToString(), ["Soort"] = soort, ["Bron"] = "Gmt", ["Deadline"] = deadline,
            ["Omschrijving"] = "Werkgroep formeel instellen",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, await antwoord.Content.ReadAsStringAsync());
        return antwoord.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Bureau_ziet_elke_actieve_directie_per_sectie_met_trekker_score_en_urennorm()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var directies = await ActieveDirectiesAsync();

        var pagina = await bureau.PaginaAsync("/gmt");

        Assert.Equal("GMT-dashboard 2024", Tekst(pagina.QuerySelector("h1")));
        Assert.Equal(directies.Select(d => d.Id).ToHashSet(), Directies(pagina));
        Assert.All(pagina.QuerySelectorAll("table.idc-dashboard"), t =>
        {
            Assert.NotEmpty(Tekst(t.QuerySelector("caption")));
            Assert.All(t.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(t.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        });
        Assert.Contains(
            "aanbeveling uit de Voortgangsrapportage 2024; het GMT heeft dit nog niet als eigen afspraak vastgelegd",
            Tekst(pagina.QuerySelector("#norm")));

        // Every directie's hours flag and total score, from Organisatie's and Vragenlijst's own answers.
        var (trekkers, lijst, scores) = await Fabriek.MetDienstAsync(async d =>
        {
            var vandaag = Fabriek.Klok.Vandaag();
            var vragenlijst = d.GetRequiredService<IVragenlijstQueries>();
            return (await d.GetRequiredService<IOrganisatieQueries>().RolhoudersAsync(Rol.Trekker, vandaag),
                await vragenlijst.VragenlijstAsync(2024), await vragenlijst.DefinitieveScoresAsync(2024));
        });
        Assert.NotNull(lijst);
        var gescoord = lijst.Vragen.Where(v => v.IsGescoord).Select(v => v.Nummer).ToList();
        foreach (var directie in directies)
        {
            var cellen = Cellen(pagina, directie.Id);
            var uren = trekkers.Where(t => t.DirectieId == directie.Id).Select(t => t.UrenPerWeek ?? 0).ToList();
            var verwacht = uren.Count == 0 ? "nee, geen trekker" : uren.Max() >= 8 ? "ja" : "nee, minder dan 8 uur per week";
            Assert.Equal(verwacht, cellen["Trekker met minimaal 8 uur"]);
            var score = scores.SingleOrDefault(s => s.DirectieId == directie.Id);
            Assert.Equal(score is null ? "geen definitief interview in 2024" : $"{gescoord.Sum(n => score.Scores.GetValueOrDefault(n))} van ",
                score is null
                    ? cellen["Totaalscore 2024"]
                    : cellen["Totaalscore 2024"][..(cellen["Totaalscore 2024"].IndexOf("van ", StringComparison.Ordinal) + 4)]);
        }

        Assert.Contains(Regels(pagina), r => Tekst(r).Contains("nee, minder dan 8 uur per week", StringComparison.Ordinal));
        Assert.Contains(
            Regels(pagina),
            r => Tekst(r).Contains(" hoger (", StringComparison.Ordinal) || Tekst(r).Contains(" lager (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Te_late_en_verschoven_afspraken_tellen_mee_en_filteren()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var dv = await Fabriek.DirectieAsync("DV");
        await AfspraakAsync(bureau, "DV", "Overig", "2025-03-10");
        var verschoven = await AfspraakAsync(bureau, "Com", "TrekkerBenoemd", "2025-06-01");
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync(verschoven,
            new Dictionary<string, string> { ["NieuweDeadline"] = "2025-09-01", ["Reden"] = "Reorganisatie" }, "form[action*=Verschuiven]")).StatusCode);
        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        using var later = await AlsAsync(Rol.Projectleider);

        var alles = await later.PaginaAsync("/gmt");
        var cellen = Cellen(alles, dv.Id);
        Assert.Equal(("1", "1"), (cellen["Lopende afspraken"], cellen["Te laat"]));
        var com = Cellen(alles, (await Fabriek.DirectieAsync("Com")).Id);
        Assert.Equal("1: Trekker met minimaal 8 uur per week benoemd 92 dagen later", com["Verschoven deadlines"]);

        Assert.Equal([dv.Id], Directies(await later.PaginaAsync("/gmt?AlleenTeLaat=true")));
        Assert.Equal([(await Fabriek.DirectieAsync("Com")).Id], Directies(await later.PaginaAsync("/gmt?AlleenVerschoven=true")));
        var beide = await later.PaginaAsync("/gmt?AlleenTeLaat=true&AlleenVerschoven=true");
        Assert.Empty(Regels(beide));
        Assert.Equal("Er zijn geen directies die bij dit filter passen.", Tekst(beide.QuerySelector("#geen-directies")));
    }

    [Fact]
    public async Task Filters_op_sectie_en_trekker_staan_in_het_adres_en_onzin_krijgt_een_melding()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var directies = await ActieveDirectiesAsync();
        var sectie = (await bureau.PaginaAsync("/gmt")).QuerySelector("table.idc-dashboard")!.GetAttribute("data-sectie")!;

        var perSectie = await bureau.PaginaAsync($"/gmt?Sectie={sectie}");
        Assert.Single(perSectie.QuerySelectorAll("table.idc-dashboard"));
        Assert.Equal(directies.Where(d => (d.KokerId ?? d.ClusterId) == sectie).Select(d => d.Id).ToHashSet(), Directies(perSectie));
        Assert.Equal(sectie, perSectie.QuerySelector("select#Sectie option[selected]")!.GetAttribute("value"));

        var zonder = await bureau.PaginaAsync("/gmt?Trekker=onder-norm");
        Assert.NotEmpty(Regels(zonder));
        Assert.All(Regels(zonder), r => Assert.StartsWith("nee, ", Tekst(r.Children[2]), StringComparison.Ordinal));
        Assert.All(Regels(await bureau.PaginaAsync("/gmt?Trekker=geen")), r => Assert.Equal("nee, geen trekker", Tekst(r.Children[2])));

        var onzin = await bureau.PaginaAsync("/gmt?Sectie=bestaat-niet&Jaar=1900");
        Assert.Contains("Kies een sectie uit de lijst.", HttpSessie.FoutBijVeld(onzin, "Sectie"));
        Assert.Contains("Kies een jaar van 2023 tot en met 2025.", HttpSessie.FoutBijVeld(onzin, "Jaar"));
        Assert.Equal(directies.Count, Regels(onzin).Count);
    }

    [Fact]
    public async Task Gmt_en_Bureau_zien_alles_de_clusterdirecteur_het_eigen_cluster_en_anderen_niets()
    {
        var directies = await ActieveDirectiesAsync();
        var (gmtLid, gmtClusterdirecteur) = await Fabriek.MetDienstAsync(async d =>
        {
            var organisatie = d.GetRequiredService<IOrganisatieQueries>();
            var clusterdirecteuren = (await organisatie.RolhoudersAsync(Rol.Clusterdirecteur, Fabriek.Klok.Vandaag()))
                .ToDictionary(r => r.Persoon.Id, r => r.ClusterId!);
            var leden = await organisatie.RolhoudersAsync(Rol.Gmt, Fabriek.Klok.Vandaag());
            return (leden.First(r => !clusterdirecteuren.ContainsKey(r.Persoon.Id)).Persoon.Id,
                leden.Where(r => clusterdirecteuren.ContainsKey(r.Persoon.Id)).Select(r => (r.Persoon.Id, Cluster: clusterdirecteuren[r.Persoon.Id])).First());
        });
        using var gmt = Fabriek.NieuweSessie();
        await gmt.AanmeldenAlsAsync(gmtLid);
        Assert.Equal(directies.Select(d => d.Id).ToHashSet(), Directies(await gmt.PaginaAsync("/gmt")));

        // A clusterdirecteur sees the own cluster, also as a member of the GMT (the house rule for clusterdirecteuren).
        using var clusterdirecteur = await AlsAsync(Rol.Clusterdirecteur, cluster: "sociaal");
        var eigen = await clusterdirecteur.PaginaAsync("/gmt");
        Assert.Equal(directies.Where(d => d.ClusterId == "sociaal").Select(d => d.Id).ToHashSet(), Directies(eigen));
        using var lidEnClusterdirecteur = Fabriek.NieuweSessie();
        await lidEnClusterdirecteur.AanmeldenAlsAsync(gmtClusterdirecteur.Id);
        Assert.Equal(directies.Where(d => d.ClusterId == gmtClusterdirecteur.Cluster).Select(d => d.Id).ToHashSet(),
            Directies(await lidEnClusterdirecteur.PaginaAsync("/gmt")));
        var csv = Encoding.UTF8.GetString(await (await clusterdirecteur.GetAsync("/gmt/csv")).Content.ReadAsByteArrayAsync());
        Assert.Equal(Directies(eigen).Count + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        foreach (var (rol, directie) in new[] { (Rol.Directeur, "DV"), (Rol.Trekker, "Com"), (Rol.MtLid, (string?)null) })
        {
            using var sessie = await AlsAsync(rol, directie);
            HttpSessie.AssertGeenToegang(await sessie.GetAsync("/gmt"));
            HttpSessie.AssertGeenToegang(await sessie.GetAsync("/gmt/csv"));
            HttpSessie.AssertGeenToegang(await sessie.GetAsync("/gmt/xlsx"));
        }
    }

    [Fact]
    public async Task Csv_en_xlsx_bevatten_precies_wat_de_gefilterde_pagina_toont()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var pagina = await bureau.PaginaAsync("/gmt?Trekker=onder-norm");
        var sectieNamen = pagina.QuerySelectorAll("table.idc-dashboard").SelectMany(t =>
            t.QuerySelectorAll("tr.idc-dashboardregel").Select(_ =>
                Tekst(t.QuerySelector("caption"))[..Tekst(t.QuerySelector("caption")).LastIndexOf(" (", StringComparison.Ordinal)]))
            .ToList();
        var paginaRijen = Regels(pagina).Select((r, i) => (IReadOnlyList<string>)[sectieNamen[i], .. r.Children.Select(Tekst)]).ToList();
        var koppen = pagina.QuerySelector("table.idc-dashboard thead")!.QuerySelectorAll("th").Select(Tekst).ToList();

        var csv = await bureau.GetAsync("/gmt/csv?Trekker=onder-norm");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("gmt-dashboard-2025-03-01.csv", csv.Content.Headers.ContentDisposition!.FileName);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', ["Sectie", .. koppen]), regels[0]);
        Assert.Equal(paginaRijen.Select(r => string.Join(';', r.Select(Veld))), regels[1..]);

        var xlsx = await bureau.GetAsync("/gmt/xlsx?Trekker=onder-norm");
        Assert.Equal("gmt-dashboard-2025-03-01.xlsx", xlsx.Content.Headers.ContentDisposition!.FileName);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var blad = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rijen = blad.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(["Sectie", .. koppen], rijen[0].Select(Waarde));
        Assert.Equal(paginaRijen, rijen[1..].Select(r => (IReadOnlyList<string>)r.Select(Waarde).ToList()));
        var teLaat = koppen.IndexOf("Te laat") + 1;
        Assert.All(rijen[1..], r => Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, r[teLaat].DataType!.Value));
    }

    [Fact]
    public async Task De_afdrukweergave_is_compact_zonder_menu_en_filters()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        var scherm = await bureau.PaginaAsync("/gmt?Trekker=geen");
        var links = scherm.QuerySelectorAll("#uitvoer a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/gmt?Jaar=2024&Trekker=geen&Weergave=print", "/gmt/csv?Jaar=2024&Trekker=geen", "/gmt/xlsx?Jaar=2024&Trekker=geen"], links);
        var link = links[0];

        var print = await bureau.PaginaAsync(link);

        Assert.Null(print.QuerySelector("nav[aria-label=Hoofdmenu]"));
        Assert.Null(print.QuerySelector("form"));
        Assert.Equal("nl", print.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Directies(scherm), Directies(print));
        Assert.Contains("Stand op 1 maart 2025", Tekst(print.QuerySelector("#peildatum")));
    }

    /// <summary>
    /// The page costs a fixed number of SQL commands: the same for the whole municipality as for one cluster, and the
    /// same after agreements are added. Counted with EF Core's diagnostic events, only those of this request (marked
    /// by a header, found through the request's HttpContext), so background rounds and other tests do not count.
    /// </summary>
    [Fact]
    public async Task De_pagina_kost_een_vast_aantal_queries_hoeveel_directies_of_afspraken_er_ook_zijn()
    {
        using var bureau = await AlsAsync(Rol.Projectleider);
        using var clusterdirecteur = await AlsAsync(Rol.Clusterdirecteur, cluster: "sociaal");
        await bureau.PaginaAsync("/gmt");
        await clusterdirecteur.PaginaAsync("/gmt");

        var alles = await QueriesAsync(bureau, "/gmt?Jaar=2024");
        var eenCluster = await QueriesAsync(clusterdirecteur, "/gmt?Jaar=2024");
        // Without a year it shows 2024 too: one extra question for 2025 (no final interviews yet), 2024's scores read once.
        var standaardjaar = await QueriesAsync(bureau, "/gmt");
        foreach (var directie in new[] { "DV", "Com", "WPI" })
        {
            await AfspraakAsync(bureau, directie, "Overig", "2025-06-01");
        }

        var metAfspraken = await QueriesAsync(bureau, "/gmt?Jaar=2024");

        Assert.InRange(alles, 1, 25);
        Assert.Equal(alles, eenCluster);
        Assert.Equal(alles + 1, standaardjaar);
        Assert.Equal(alles, metAfspraken);
        // Read again with nothing changed: the dashboard and the reader's roles come from the cache (ADR 0030).
        Assert.Equal(0, await QueriesAsync(bureau, "/gmt?Jaar=2024", vers: false));
    }

    /// <param name="vers">Renew the change stamp first, so the page composes itself instead of coming from the cache (ADR 0030).</param>
    private async Task<int> QueriesAsync(HttpSessie sessie, string url, bool vers = true)
    {
        var toegang = Fabriek.Services.GetRequiredService<IHttpContextAccessor>();
        var meting = Guid.NewGuid().ToString();
        using var teller = new Queryteller(toegang, meting);
        using var abonnement = DiagnosticListener.AllListeners.Subscribe(teller);
        if (vers)
        {
            await Fabriek.Services.GetRequiredService<IWijzigingsstempel>().VernieuwAsync(default);
        }

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Add(Queryteller.Kop, meting);
        Assert.Equal(HttpStatusCode.OK, (await sessie.Client.SendAsync(verzoek)).StatusCode);
        return teller.Aantal;
    }

    private sealed class Queryteller(IHttpContextAccessor toegang, string meting)
        : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        public const string Kop = "X-Querymeting";

        private readonly List<IDisposable> _abonnementen = [];
        private int _aantal;

        public int Aantal => _aantal;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_abonnementen)
                {
                    _abonnementen.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> gebeurtenis)
        {
            if (gebeurtenis.Key == RelationalEventId.CommandExecuted.Name && toegang.HttpContext?.Request.Headers[Kop].ToString() == meting)
            {
                Interlocked.Increment(ref _aantal);
            }
        }

        public void Dispose()
        {
            lock (_abonnementen)
            {
                _abonnementen.ForEach(a => a.Dispose());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private static string Veld(string tekst) => tekst.Contains(';', StringComparison.Ordinal) ? $"\"{tekst}\"" : tekst;

    private static string Waarde(Cell cel) => cel.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString
        ? cel.InlineString!.InnerText
        : cel.CellValue!.Text;
}

public sealed class DashboardTests_Sqlite(SqliteDemoFabriek fabriek) : DashboardTests<SqliteDemoFabriek>(fabriek);

public sealed class DashboardTests_Postgres(PostgresDemoFabriek fabriek) : DashboardTests<PostgresDemoFabriek>(fabriek);
