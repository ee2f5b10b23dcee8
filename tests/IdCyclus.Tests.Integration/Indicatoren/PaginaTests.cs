using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using static IdCyclus.Tests.Integration.Indicatoren.Indicatorenhulp;

namespace IdCyclus.Tests.Integration.Indicatoren;

/// <summary>
/// The overview and the directie page on the 2024 demo figures, per role: Bureau sees everything with the checks, the
/// GMT every section, a trekker or directeur only the own directie.
/// </summary>
public abstract class PaginaTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Quotumcontrole =
        "Quotum Wet banenafspraak 2024: het gemeentetotaal is 667,5, de som van 7 rapportsecties is 663,29 (verschil 4,21). "
        + "De cijfers worden niet aangepast: leg vast welke juist is.";

    [Fact]
    public async Task Bureau_ziet_per_indicator_doel_waarde_verschil_en_de_controles_met_een_grafiek_met_dezelfde_cijfers()
    {
        using var bureau = await BureauAsync(Fabriek);

        var pagina = await bureau.PaginaAsync("/indicatoren?jaar=2024");

        Assert.Contains(Quotumcontrole, Controles(pagina));
        Assert.Contains(
            "Percentage jongeren (medewerkers tot 35 jaar): voor Bestuur en Organisatie is alleen een cijfer op sectieniveau (22, 2024), "
            + "geen uitsplitsing per directie.",
            Controles(pagina));
        var migratie = Tabel(pagina, "migratieachtergrond_schaal12plus");
        Assert.Equal(7, migratie.Count);
        Assert.Equal(["2023", "8", "30", "−22 procentpunt", "nee"], migratie["Ruimte en Economie (R&E)"].Take(5));
        Assert.Equal(["april 2024", "50", "86,11", "−36,11 banen", "nee"], Tabel(pagina, "banenafspraak_gerealiseerd")["Bedrijfsvoering"].Take(5));
        Assert.Equal([". (gegevens ontbreken)", "–", "–", "geen doel"], Tabel(pagina, "aantal_medewerkers")["Gemeente"].Skip(1).Take(4));

        var grafiek = pagina.QuerySelector("svg#grafiek-migratieachtergrond_schaal12plus, svg[aria-labelledby^='grafiek-migratieachtergrond_schaal12plus']")!;
        Assert.Equal("img", grafiek.GetAttribute("role"));
        Assert.Contains("Ruimte en Economie (R&E): 8 (doel 30)", grafiek.QuerySelector("desc")!.TextContent);
        Assert.Equal(7, grafiek.QuerySelectorAll("rect").Length);
        var maanden = pagina.QuerySelector("table.idc-maandreeks")!;
        Assert.Equal(["Eenheid", "januari 2024", "april 2024", "Quotum"], maanden.QuerySelectorAll("thead th").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Het_gmt_ziet_alle_secties_en_de_quotumcontrole_maar_geen_directies_buiten_het_eigen_cluster()
    {
        // A named GMT member: "the first GMT member" is not ordered, and which directies show depends on the own cluster.
        // The clusterdirecteur of Sociaal sits in the GMT; BIA belongs to Bedrijfsvoering.
        var clusterdirecteur = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: "sociaal");
        using var gmt = Fabriek.NieuweSessie();
        await gmt.AanmeldenAlsAsync(clusterdirecteur.Persoon.Id);

        var pagina = await gmt.PaginaAsync("/indicatoren?jaar=2024");

        Assert.Contains(Quotumcontrole, Controles(pagina));
        Assert.Equal(7, Tabel(pagina, "migratieachtergrond_schaal12plus").Count);
        Assert.Equal(7, Tabel(pagina, "banenafspraak_quotum").Count - 1);
        Assert.DoesNotContain("BIA", Tabel(pagina, "jongeren").Keys);
        Assert.Contains("Bestuur en Organisatie (B&O)", Tabel(pagina, "jongeren").Keys);
        Assert.Null(pagina.QuerySelector("a[href='/indicatoren/importeren']"));
    }

    [Theory]
    [InlineData(Rol.Trekker)]
    [InlineData(Rol.Directeur)]
    public async Task Een_trekker_of_directeur_ziet_alleen_de_eigen_directie(Rol rol)
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(rol, "F&I");
        var fi = await Fabriek.DirectieAsync("F&I");
        var bia = await Fabriek.DirectieAsync("BIA");

        var doorverwezen = await sessie.GetAsync("/indicatoren");
        Assert.Equal(HttpStatusCode.Redirect, doorverwezen.StatusCode);
        Assert.Equal($"/indicatoren/directie/{fi.Id}", doorverwezen.Headers.Location!.OriginalString);

        var eigen = await sessie.PaginaAsync($"/indicatoren/directie/{fi.Id}?jaar=2024");
        var jongeren = Tabel(eigen, "jongeren");
        Assert.Equal(["2024", "16", "20", "−4 procentpunt", "nee"], jongeren[fi.Weergavenaam].Take(5));
        Assert.DoesNotContain(bia.Weergavenaam, jongeren.Keys);
        Assert.Contains("Bedrijfsvoering", Tabel(eigen, "banenafspraak_gerealiseerd").Keys);
        Assert.Equal(["2023", "nee"], Tabel(eigen, "groeipanel")[fi.Weergavenaam].Take(2));

        HttpSessie.AssertGeenToegang(await sessie.GetAsync($"/indicatoren/directie/{bia.Id}"));
    }

    [Fact]
    public async Task Een_onbekende_directie_of_import_geeft_404()
    {
        using var bureau = await BureauAsync(Fabriek);

        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/indicatoren/directie/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/indicatoren/importeren/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Zonder_aanmelding_geen_indicatoren()
    {
        using var anoniem = Fabriek.NieuweSessie();

        var antwoord = await anoniem.GetAsync("/indicatoren");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var adres = antwoord.Headers.Location!;
        Assert.StartsWith("/aanmelden", adres.IsAbsoluteUri ? adres.PathAndQuery : adres.OriginalString);
    }
}

public sealed class IndicatorenPaginaTests_Sqlite(SqliteFabriek fabriek) : PaginaTests<SqliteFabriek>(fabriek);

public sealed class IndicatorenPaginaTests_Postgres(PostgresFabriek fabriek) : PaginaTests<PostgresFabriek>(fabriek);
