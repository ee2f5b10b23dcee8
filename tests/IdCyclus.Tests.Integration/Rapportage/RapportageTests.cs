using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.Publiceren;
using IdCyclus.Modules.Rapportage.Features.TekstBewerken;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared.Achtergrond;
using IdCyclus.Shared.Security;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Rapportage;

/// <summary>
/// The report over HTTP: the demo data starts "Rapportage 2024"; Bureau imports final interviews, takes a new snapshot
/// (the changes are listed), reads the concept, writes a block, publishes, and every signed-in person reads the
/// definitive version and its PDF.
/// </summary>
public abstract class RapportageTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private static readonly string Bestand2024 = Bestand(2024,
        Interview("F&I", Allemaal(3)),
        Interview("Com", Allemaal(2, "12"), "directeur"),
        Interview("GGD", Allemaal(1)));

    [Fact]
    public async Task Een_nieuwe_momentopname_neemt_de_interviews_mee_en_noemt_wat_veranderde()
    {
        using var bureau = await BureauAsync(Fabriek);
        var voor = await bureau.PaginaAsync("/rapportage/2024");
        Assert.Contains("Momentopname 1", voor.QuerySelector("#huidige-momentopname")!.TextContent);
        await ImporteerAsync(bureau, Bestand2024);

        var antwoord = await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string>(), "form[action*=Momentopname]");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var na = await bureau.PaginaAsync("/rapportage/2024");
        Assert.Contains("Momentopname 2", na.QuerySelector("#huidige-momentopname")!.TextContent);
        var wijzigingen = na.QuerySelectorAll("#wijzigingen li").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Interview 2024 F&I: nieuw definitief.", wijzigingen);
        Assert.Contains("Interview 2024 GGD: nieuw definitief.", wijzigingen);
        Assert.Matches("[0-9a-f]{64}", na.QuerySelector("#huidige-momentopname code")!.TextContent);

        var concept = await bureau.PaginaAsync("/rapportage/2024/concept");
        var totalen = Tabel(concept, "Totaalscore per directie, Bedrijfsvoering");
        Assert.Equal("47", totalen["F&I"][0]);
        Assert.Equal("onvolledig (ontbreekt: 12)", totalen["Com"][0]);
        Assert.Equal("directeur", totalen["Com"][3]);
        Assert.Equal("16", Tabel(concept, "Totaalscore per directie, Sociaal")["GGD"][0]);
        Assert.Equal(["31,5", "2", "Com (onvolledig: vraag 12 ontbreekt)"], Tabel(concept, "Gemiddelde totaalscore per cluster")["Alle clusters"]);
        Assert.Matches(
            "F&I: geen (vragenlijst van 2023 in IdCyclus|definitief interview in 2023)",
            concept.QuerySelector("#sectie-bedrijfsvoering ul.niet-vergelijkbaar")!.TextContent);
        Assert.Contains("Het interview van Com is onvolledig", concept.QuerySelector("#bijlage-2")!.TextContent);
    }

    [Fact]
    public async Task Een_afwijkend_beeld_van_de_accounthouder_staat_in_het_concept_zonder_de_tekst_van_de_observatie()
    {
        using var bureau = await BureauAsync(Fabriek);
        var metObservatie = Interview("F&I", Allemaal(3))[..^1] + ", \"observatie\": \"Geheime observatie: het beeld is rooskleuriger.\"}";
        await ImporteerAsync(bureau, Bestand(2024, metObservatie, Interview("GGD", Allemaal(1))));
        await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string>(), "form[action*=Momentopname]");

        var concept = await bureau.PaginaAsync("/rapportage/2024/concept");

        var markering = concept.QuerySelector("#sectie-bedrijfsvoering p.afwijkend-beeld")!.TextContent;
        Assert.Contains("bij F&I komt het beeld uit de vragenlijst niet overeen met het beeld van de accounthouder", markering);
        Assert.Null(concept.QuerySelector("#sectie-sociaal p.afwijkend-beeld"));
        Assert.DoesNotContain("Geheime observatie", concept.Body!.TextContent);
        Assert.Contains("Bij 1 directie(s) wijkt het beeld van Bureau I&D af van de vragenlijst", concept.QuerySelector("#bijlage-2")!.TextContent);
    }

    [Fact]
    public async Task Een_nieuwe_momentopname_met_een_oude_versie_wordt_geweigerd()
    {
        using var bureau = await BureauAsync(Fabriek);

        var antwoord = await bureau.VerstuurFormulierAsync(
            "/rapportage/2024",
            new Dictionary<string, string> { ["Versie"] = "0" },
            "form[action*=Momentopname]");

        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains("intussen gewijzigd", pagina.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Contains("Momentopname 1", pagina.QuerySelector("#huidige-momentopname")!.TextContent);
    }

    [Fact]
    public async Task Bureau_start_een_jaar_eenmaal_en_een_ongeldig_jaar_krijgt_een_melding_bij_het_veld()
    {
        using var bureau = await BureauAsync(Fabriek);

        var dubbel = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync("/rapportage", new Dictionary<string, string> { ["Jaar"] = "2024" }));
        Assert.Equal("Invoerfout: Rapportage 2024 is al gestart; neem daar een nieuwe momentopname.", HttpSessie.FoutBijVeld(dubbel, "Jaar"));
        var oud = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync("/rapportage", new Dictionary<string, string> { ["Jaar"] = "1999" }));
        Assert.Equal("Invoerfout: Kies een jaar van 2020 tot en met 2026.", HttpSessie.FoutBijVeld(oud, "Jaar"));

        var nieuw = await bureau.VerstuurFormulierAsync("/rapportage", new Dictionary<string, string> { ["Jaar"] = "2025" });
        Assert.Equal("/rapportage/2025", nieuw.Headers.Location!.OriginalString);
        var lijst = await bureau.PaginaAsync("/rapportage");
        Assert.Equal(["Rapportage 2025", "Rapportage 2024"], lijst.QuerySelectorAll("#rapportages a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Een_tekstblok_met_een_verouderde_versie_wordt_niet_opgeslagen_en_de_tekst_blijft_staan()
    {
        using var bureau = await BureauAsync(Fabriek);
        var pad = "/rapportage/2024/blok?sleutel=samenvatting";
        var pagina = await bureau.PaginaAsync(pad);
        var velden = HttpSessie.FormulierVelden(pagina);
        velden["Tekst"] = "Eerste **conclusie**.";
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.Client.PostAsync(pad, new FormUrlEncodedContent(velden))).StatusCode);

        velden["Tekst"] = "Mijn tekst op een oude versie";
        var geweigerd = await HttpSessie.LeesAsync(await bureau.Client.PostAsync(pad, new FormUrlEncodedContent(velden)));

        Assert.Contains("intussen gewijzigd", geweigerd.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Equal("Mijn tekst op een oude versie", geweigerd.QuerySelector("textarea#Tekst")!.TextContent);
        Assert.Contains("<strong>conclusie</strong>", (await bureau.PaginaAsync(pad)).QuerySelector("#voorbeeld")!.InnerHtml);
    }

    [Fact]
    public async Task Publiceren_kan_pas_als_alles_definitief_is_en_daarna_leest_iedereen_de_definitieve_versie_en_de_pdf()
    {
        using var bureau = await BureauAsync(Fabriek);
        var geweigerd = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync(
            "/rapportage/2024",
            new Dictionary<string, string>(),
            "form[action*=Publiceren]"));
        Assert.Contains("Nog niet definitief (37)", geweigerd.QuerySelector("#foutenoverzicht")!.TextContent);

        await AllesDefinitiefAsync();
        var gepubliceerd = await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string>(), "form[action*=Publiceren]");
        Assert.Equal(HttpStatusCode.Redirect, gepubliceerd.StatusCode);

        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "F&I");
        var definitief = await trekker.PaginaAsync("/rapportage/2024/definitief");
        Assert.Contains("Definitieve versie 1", definitief.QuerySelector("#titel")!.TextContent);
        Assert.Null(definitief.QuerySelector(".blokstaat"));
        Assert.Contains("De PDF van deze versie wordt nog gemaakt.", definitief.QuerySelector(".idc-rapportkop")!.TextContent);
        HttpSessie.AssertGeenToegang(await trekker.GetAsync("/rapportage/2024/concept"));
        HttpSessie.AssertGeenToegang(await trekker.GetAsync("/rapportage/2024"));

        await Fabriek.MetDienstAsync(async s =>
        {
            var id = await s.GetRequiredService<RapportageDbContext>().Publicaties.Select(p => p.Id).SingleAsync();
            return await s.GetRequiredService<PdfMaken>().VoerUitAsync(id, new StilleMelder(), CancellationToken.None);
        });
        var pdf = await trekker.GetAsync("/rapportage/2024/definitief/1/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bestand = Path.Combine(Path.GetTempPath(), $"idcyclus-rapport-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(bestand, await pdf.Content.ReadAsByteArrayAsync());
        try
        {
            var tekst = await Pdfcontrole.TekstAsync(bestand);
            Assert.Contains("Definitieve versie 1", tekst);
            Assert.Contains("Cluster Beheer en Dienstverlening", tekst);
            Assert.Equal("yes", (await Pdfcontrole.InfoAsync(bestand))["Tagged"]);
        }
        finally
        {
            File.Delete(bestand);
        }

        using var anoniem = Fabriek.NieuweSessie();
        Assert.Equal(HttpStatusCode.Redirect, (await anoniem.GetAsync("/rapportage/2024/definitief")).StatusCode);
    }

    [Fact]
    public async Task De_werkgroep_geeft_opmerkingen_op_een_blok_en_publiceren_wacht_tot_Bureau_ze_heeft_afgehandeld()
    {
        using var bureau = await BureauAsync(Fabriek);
        var zonderDeadline = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync(
            "/rapportage/2024",
            new Dictionary<string, string>(),
            "form.idc-review"));
        Assert.Equal("Invoerfout: Vul de deadline van de review in, bijvoorbeeld 15-09-2024.", HttpSessie.FoutBijVeld(zonderDeadline, "Deadline"));
        var review = new Dictionary<string, string> { ["Deadline"] = "2025-03-15" };
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync("/rapportage/2024", review, "form.idc-review")).StatusCode);
        Assert.Contains(
            "Review op conceptversie 1 tot en met 15 maart 2025",
            (await bureau.PaginaAsync("/rapportage/2024")).QuerySelector("#review-status")!.TextContent);

        using var lid = Fabriek.NieuweSessie();
        await lid.AanmeldenAlsAsync(Rol.WerkgroepLid);
        var leeg = await HttpSessie.LeesAsync(await lid.VerstuurFormulierAsync(
            "/rapportage/2024/review",
            new Dictionary<string, string> { ["Sleutel"] = "samenvatting", ["Tekst"] = "" }));
        Assert.Equal("Invoerfout: Schrijf de opmerking.", HttpSessie.FoutBijVeld(leeg, "Tekst"));
        Assert.Equal(HttpStatusCode.Redirect, (await lid.VerstuurFormulierAsync("/rapportage/2024/review",
            new Dictionary<string, string> { ["Sleutel"] = "sociaal:aanbevelingen", ["Tekst"] = "Noem ook de trekkersoverleggen." })).StatusCode);
        HttpSessie.AssertGeenToegang(await lid.GetAsync("/rapportage/2024/blok?sleutel=sociaal:aanbevelingen"));

        await AllesDefinitiefAsync();
        var geweigerd = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync(
            "/rapportage/2024",
            new Dictionary<string, string>(),
            "form[action*=Publiceren]"));
        Assert.Contains("Er staan nog 1 opmerking(en) uit de review open.", geweigerd.QuerySelector("#foutenoverzicht")!.TextContent);

        var blok = "/rapportage/2024/blok?sleutel=sociaal%3Aaanbevelingen";
        Assert.Contains("Noem ook de trekkersoverleggen.", (await bureau.PaginaAsync(blok)).QuerySelector("#opmerkingen")!.TextContent);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync(
                blok,
                new Dictionary<string, string> { ["Afhandeling"] = "Toegevoegd aan aanbeveling 2." },
                "form.idc-afhandelen")).StatusCode);
        Assert.Contains("Afgehandeld door", (await bureau.PaginaAsync(blok)).QuerySelector("#opmerkingen")!.TextContent);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string>(), "form[action*=Publiceren]")).StatusCode);
    }

    private Task<int> AllesDefinitiefAsync() => Fabriek.MetDienstAsync(async s =>
    {
        var db = s.GetRequiredService<RapportageDbContext>();
        var blokken = await db.Tekstblokken.AsNoTracking().ToListAsync();
        foreach (var blok in blokken)
        {
            var staat = s.GetRequiredService<BlokstaatWijzigenHandler>();
            var versie = (await staat.VoerUitAsync(
                new BlokstaatWijzigen(2024, blok.Sleutel, Blokstaat.InReview, blok.Versie, Actor.Systeem),
                CancellationToken.None)).Waarde;
            Assert.True((await staat.VoerUitAsync(
                new BlokstaatWijzigen(2024, blok.Sleutel, Blokstaat.Definitief, versie, Actor.Systeem),
                CancellationToken.None)).IsGelukt);
        }

        return blokken.Count;
    });

    /// <summary>Rows of the table with this caption: first cell → the other cells.</summary>
    private static Dictionary<string, string[]> Tabel(AngleSharp.Dom.IDocument pagina, string bijschrift) =>
        pagina.QuerySelectorAll("table.rapport-tabel").Single(t => t.QuerySelector("caption")!.TextContent == bijschrift)
            .QuerySelectorAll("tbody tr").ToDictionary(
                r => r.Children[0].TextContent.Trim(),
                r => r.Children.Skip(1).Select(c => c.TextContent.Trim()).ToArray());

    private sealed class StilleMelder : IVoortgangMelder
    {
        public Task MeldAsync(int gedaan, int totaal, string? stap, CancellationToken ct) => Task.CompletedTask;
    }
}

public sealed class RapportageTests_Sqlite(SqliteFabriek fabriek) : RapportageTests<SqliteFabriek>(fabriek);

public sealed class RapportageTests_Postgres(PostgresFabriek fabriek) : RapportageTests<PostgresFabriek>(fabriek);
