using System.Net;
using IdCyclus.Modules.Indicatoren.Persistence;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using static IdCyclus.Tests.Integration.Indicatoren.Indicatorenhulp;

namespace IdCyclus.Tests.Integration.Indicatoren;

/// <summary>
/// The import over HTTP: a file is checked, previewed (new, changed, unchanged) and only stored when Bureau confirms;
/// a changed figure keeps its old value; a bad file lists every problem and changes nothing. The demo data holds the
/// 2024 figures of the report, so the preview compares with those.
/// </summary>
public abstract class ImporterenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Bestand =
        "indicator;eenheid;periode;waarde;toelichting\n" +
        "banenafspraak_gerealiseerd;Sociaal;2024-04;195;herzien door P&O\n" +
        "banenafspraak_gerealiseerd;Sociaal;2024-05;196;\n" +
        "banenafspraak_quotum;Gemeente;2024;667,5;VGR2024 Bijlage 1a\n" +
        "migratieachtergrond_schaal12plus;B&O;2023;x;CBS: geheim\n";

    [Fact]
    public async Task Bureau_ziet_eerst_een_voorbeeld_en_pas_na_bevestigen_staan_de_cijfers_erin_met_het_oude_cijfer_in_de_historie()
    {
        using var bureau = await BureauAsync(Fabriek);

        var voorbeeld = await VoorbeeldAsync(bureau, Bestand);
        var pagina = await bureau.PaginaAsync(voorbeeld);

        Assert.Contains("1 nieuw, 2 gewijzigd, 1 ongewijzigd", pagina.QuerySelector("#samenvatting")!.TextContent.Replace("\n", " "));
        Assert.Equal(194m, await GetalAsync(Fabriek, "banenafspraak_gerealiseerd", "sociaal", "2024-04"));
        Assert.Null(await GetalAsync(Fabriek, "banenafspraak_gerealiseerd", "sociaal", "2024-05"));

        var antwoord = await BevestigAsync(bureau, voorbeeld);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(195m, await GetalAsync(Fabriek, "banenafspraak_gerealiseerd", "sociaal", "2024-04"));
        Assert.Equal(196m, await GetalAsync(Fabriek, "banenafspraak_gerealiseerd", "sociaal", "2024-05"));
        var (oud, symbool) = await MetDbAsync(Fabriek, async db =>
        {
            var waarde = await db.Waarden.AsNoTracking()
                .SingleAsync(w => w.IndicatorId == "migratieachtergrond_schaal12plus" && w.EenheidId == "bestuur_en_organisatie");
            var historie = await (from h in db.Historie.AsNoTracking()
                                  join w in db.Waarden on h.WaardeId equals w.Id
                                  join i in db.Imports on h.ImportId equals i.Id
                                  where w.IndicatorId == "banenafspraak_gerealiseerd" && w.EenheidId == "sociaal" && w.Periode == "2024-04"
                                  select new { h.Getal, i.Bestandsnaam, h.VervangenDoorImportId }).SingleAsync();
            Assert.Equal("demo-2024.csv", historie.Bestandsnaam);
            return (historie.Getal, (waarde.Getal, waarde.Symbool));
        });
        Assert.Equal(194m, oud);
        Assert.Equal((null, "x"), symbool);

        var overzicht = await bureau.PaginaAsync("/indicatoren?jaar=2024");
        var gerealiseerd = Tabel(overzicht, "banenafspraak_gerealiseerd")["Sociaal"];
        Assert.Equal(["mei 2024", "196", "166,34", "+29,66 banen", "ja"], gerealiseerd.Take(5));
        var migratie = Tabel(overzicht, "migratieachtergrond_schaal12plus")["Bestuur en Organisatie (B&O)"];
        Assert.Equal(["2023", "x (geheim: CBS publiceert te kleine groepen niet)", "30", "–", "onbekend"], migratie.Take(5));
    }

    [Fact]
    public async Task Een_xlsx_bestand_wordt_net_zo_ingelezen()
    {
        using var bureau = await BureauAsync(Fabriek);
        var xlsx = Xlsx.Maak(["indicator", "eenheid", "periode", "waarde"], ["jongeren", "WPI", 2024, 21.5], ["dialoogsessies", "WPI", 2024, 3]);

        var antwoord = await UploadAsync(bureau, xlsx, "jongeren.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await BevestigAsync(bureau, antwoord.Headers.Location!.OriginalString)).StatusCode);

        var wpi = (await Fabriek.DirectieAsync("WPI")).Id.ToString();
        Assert.Equal(21.5m, await GetalAsync(Fabriek, "jongeren", wpi, "2024"));
        Assert.Equal(3m, await GetalAsync(Fabriek, "dialoogsessies", wpi, "2024"));
    }

    [Fact]
    public async Task Een_ongeldig_bestand_toont_elke_fout_met_regelnummer_en_verandert_niets()
    {
        using var bureau = await BureauAsync(Fabriek);
        var importsVooraf = await MetDbAsync(Fabriek, db => db.Imports.CountAsync());

        var antwoord = await UploadAsync(bureau,
            "indicator;eenheid;periode;waarde\nbanenafspraak_gerealiseerd;Sociaal;2024-04;0\njongeren;Inkomen;2024;25\n"
            + "banenafspraak_gerealiseerd;Sociaal;2024-13;5\njongeren;WPI;2024;120\n");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Equal(
        [
            "Regel 3: onbekende eenheid 'Inkomen'; gebruik Gemeente, een cluster, een rapportsectie of een directie "
            + "(naam of afkorting zoals Organisatie ze kent).",
            "Regel 4: periode '2024-13' bestaat niet: een maand loopt van 01 tot en met 12.",
            "Regel 5: jongeren is een percentage; 120 ligt buiten 0 tot en met 100.",
        ], pagina.QuerySelectorAll(".idc-importfout").Select(f => f.TextContent.Trim()));
        Assert.Contains("er is niets opgeslagen", pagina.QuerySelector("#importfouten")!.TextContent);
        Assert.Equal(importsVooraf, await MetDbAsync(Fabriek, db => db.Imports.CountAsync()));
        Assert.Equal(194m, await GetalAsync(Fabriek, "banenafspraak_gerealiseerd", "sociaal", "2024-04"));
    }

    [Fact]
    public async Task Een_voorbeeld_dat_niet_meer_klopt_wordt_niet_bevestigd()
    {
        using var bureau = await BureauAsync(Fabriek);
        var eerste = await VoorbeeldAsync(bureau, "indicator;eenheid;periode;waarde\nbanenafspraak_gerealiseerd;Sociaal;2024-04;200\n");
        var tweede = await VoorbeeldAsync(bureau, "indicator;eenheid;periode;waarde\nbanenafspraak_gerealiseerd;Sociaal;2024-04;201\n");
        var tweedePagina = await bureau.PaginaAsync(tweede);
        Assert.Equal(HttpStatusCode.Redirect, (await BevestigAsync(bureau, eerste)).StatusCode);

        var velden = HttpSessie.FormulierVelden(tweedePagina, "form[action*='handler=Bevestigen']");
        var antwoord = await bureau.Client.PostAsync(tweede + "?handler=Bevestigen", new FormUrlEncodedContent(velden));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains(
            IdCyclus.Modules.Indicatoren.Features.CijfersImporteren.ImportBevestigenHandler.Verouderd,
            pagina.QuerySelectorAll(".idc-importfout").Select(f => f.TextContent.Trim()));
        Assert.Equal(200m, await GetalAsync(Fabriek, "banenafspraak_gerealiseerd", "sociaal", "2024-04"));
    }

    [Fact]
    public async Task Een_bevestigde_import_kan_niet_nog_eens_worden_bevestigd_en_een_geannuleerde_slaat_niets_op()
    {
        using var bureau = await BureauAsync(Fabriek);
        var voorbeeld = await VoorbeeldAsync(bureau, "indicator;eenheid;periode;waarde\nbanenafspraak_gerealiseerd;Sociaal;2024-05;199\n");
        var pagina = await bureau.PaginaAsync(voorbeeld);
        var velden = HttpSessie.FormulierVelden(pagina, "form[action*='handler=Bevestigen']");
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.Client.PostAsync(voorbeeld + "?handler=Bevestigen", new FormUrlEncodedContent(velden))).StatusCode);

        var nogmaals = await bureau.Client.PostAsync(voorbeeld + "?handler=Bevestigen", new FormUrlEncodedContent(velden));
        Assert.Contains("Deze import is al bevestigd", await nogmaals.Content.ReadAsStringAsync());

        var geannuleerd = await VoorbeeldAsync(bureau, "indicator;eenheid;periode;waarde\nbanenafspraak_gerealiseerd;Sociaal;2024-06;1\n");
        var annuleren = await bureau.VerstuurFormulierAsync(geannuleerd, new Dictionary<string, string>(), "form[action*='handler=Annuleren']");
        Assert.Equal(HttpStatusCode.Redirect, annuleren.StatusCode);
        Assert.Null(await GetalAsync(Fabriek, "banenafspraak_gerealiseerd", "sociaal", "2024-06"));
        Assert.Equal(
            Importstatus.Geannuleerd,
            await MetDbAsync(Fabriek, db => db.Imports.Where(i => i.Status != Importstatus.Bevestigd).Select(i => i.Status).SingleAsync()));
    }

    [Theory]
    [InlineData(Rol.Trekker)]
    [InlineData(Rol.Directeur)]
    [InlineData(Rol.Clusterdirecteur)]
    [InlineData(Rol.Accounthouder)]
    public async Task Alleen_bureau_importeert(Rol rol)
    {
        using var bureau = await BureauAsync(Fabriek);
        var voorbeeld = await VoorbeeldAsync(bureau, "indicator;eenheid;periode;waarde\nbanenafspraak_gerealiseerd;Sociaal;2024-05;199\n");
        using var ander = Fabriek.NieuweSessie();
        await ander.AanmeldenAlsAsync(
            rol, rol is Rol.Trekker or Rol.Directeur ? "WPI" : null, rol is Rol.Clusterdirecteur or Rol.Accounthouder ? "sociaal" : null);

        HttpSessie.AssertGeenToegang(await ander.GetAsync(Importpagina));
        HttpSessie.AssertGeenToegang(await ander.GetAsync(voorbeeld));
        var post = await ander.Client.PostAsync(voorbeeld + "?handler=Bevestigen", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Null(await GetalAsync(Fabriek, "banenafspraak_gerealiseerd", "sociaal", "2024-05"));
    }
}

public sealed class IndicatorenImporterenTests_Sqlite(SqliteFabriek fabriek) : ImporterenTests<SqliteFabriek>(fabriek);

public sealed class IndicatorenImporterenTests_Postgres(PostgresFabriek fabriek) : ImporterenTests<PostgresFabriek>(fabriek);
