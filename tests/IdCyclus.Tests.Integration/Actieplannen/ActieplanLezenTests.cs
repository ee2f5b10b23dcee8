using IdCyclus.Shared;
using AngleSharp.Dom;
using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Actieplannen.Actieplanhulp;

namespace IdCyclus.Tests.Integration.Actieplannen;

/// <summary>Who reads which plan: Bureau all, GMT the overview without free text, a cluster its directies, a directie its own.</summary>
public abstract class ActieplanLezenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Bureau_ziet_alle_directies_met_status_laatste_wijziging_en_achterstallige_acties_en_filtert_op_cluster()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        var alle = await bureau.PaginaAsync("/actieplannen");
        var dii = await bureau.PaginaAsync("/actieplannen?Cluster=dii");

        var rijen = alle.QuerySelectorAll("tr.idc-actieplanregel").ToDictionary(r => r.GetAttribute("data-directie")!, r => r.TextContent);
        var actief = await Fabriek.MetDienstAsync(d => d.GetRequiredService<IOrganisatieQueries>().ActieveDirectiesAsync(Fabriek.Klok.Vandaag()));
        Assert.Equal(actief.Count, rijen.Count);
        Assert.Contains("er ligt een concept plan (2)", rijen["DV"]);
        Assert.Contains("2024, versie 1 (concept)", rijen["DV"]);
        Assert.Contains("over de termijn", rijen["DV"]);
        Assert.Contains("geen actieplan in IdCyclus", rijen["F&I"]);
        Assert.Equal(
            ["D&I", "DSI", "DV", "Data", "Stadsarchief"],
            dii.QuerySelectorAll("tr.idc-actieplanregel").Select(r => r.GetAttribute("data-directie")!).Order(StringComparer.Ordinal));
        Assert.NotNull(alle.QuerySelector("a[href='/actieplannen/importeren']"));
    }

    [Fact]
    public async Task Het_DV_plan_toont_de_afwijkingen_uit_de_bron_en_de_berekende_begroting()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        var pagina = await bureau.PaginaAsync(await PlanUrlAsync(Fabriek, "DV"));

        var afwijkingen = Tekst(pagina, "#afwijkingen");
        Assert.Contains("rekent met 60 uur per week werkgroeptijd, maar de werkgroep heeft samen 44 uur per week", afwijkingen);
        Assert.Contains("'€287,200.000' (AP-DV 1.4 Gevraagde Besluitvorming, punt 2) is geen eenduidig bedrag", afwijkingen);
        Assert.Contains("'€ 287,200 -'", afwijkingen);
        Assert.DoesNotContain("'€287.200' (", afwijkingen);
        Assert.Contains("€ 115.200", afwijkingen);
        Assert.Equal("€ 287.200", Tekst(pagina, "#begroting-totaal"));
        Assert.Contains("60 uur/week × € 60/uur × 52 weken = € 187.200", Tekst(pagina, "#begroting"));
        Assert.Contains("Jeroen Hoekstra, 8 uur per week (uit de organisatiegegevens)", Tekst(pagina, "#werkgroep"));
        var actie = pagina.QuerySelector("tr[data-actie='4.3.1']")!.TextContent;
        Assert.Contains("binnen 3 maanden na goedkeuring van het plan", actie);
        Assert.Contains("nog niet te bepalen: de datum van 'goedkeuring van het plan' is nog niet bekend", actie);
        Assert.Contains("over de termijn", pagina.QuerySelector("tr[data-actie='4.1.1']")!.TextContent);
    }

    [Fact]
    public async Task Het_Data_plan_is_een_concept_zonder_begroting_met_de_opmerkingen_uit_de_bron()
    {
        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "Data");

        var pagina = await trekker.PaginaAsync(await PlanUrlAsync(Fabriek, "Data"));

        Assert.Equal("er ligt een concept plan", Tekst(pagina, "#planstatus"));
        Assert.Equal("Dit plan heeft geen begroting.", Tekst(pagina, "#geen-begroting"));
        Assert.Contains("SMART-doelen ontbreken", Tekst(pagina, "#afwijkingen"));
        Assert.Contains("Data heeft nog geen middelen tot beschikking", Tekst(pagina, "#afwijkingen"));
    }

    [Fact]
    public async Task Een_trekker_ziet_alleen_de_eigen_directie()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;

        var overzicht = await trekker.PaginaAsync("/actieplannen");

        Assert.Equal(["DV"], overzicht.QuerySelectorAll("tr.idc-actieplanregel").Select(r => r.GetAttribute("data-directie")));
        Assert.Equal(HttpStatusCode.OK, (await trekker.GetAsync(dv)).StatusCode);
        HttpSessie.AssertGeenToegang(await trekker.GetAsync(await PlanUrlAsync(Fabriek, "Data")));
        HttpSessie.AssertGeenToegang(await trekker.GetAsync(await PlanUrlAsync(Fabriek, "Data") + "/export"));
        HttpSessie.AssertGeenToegang(await trekker.GetAsync("/actieplannen/importeren"));
    }

    [Fact]
    public async Task Zonder_plan_krijgt_alleen_de_trekker_de_link_om_het_op_te_stellen_en_de_directeur_de_uitleg()
    {
        // FB has no plan in the demo. Only a trekker may write one; the directeur got a link that ended on "geen toegang".
        var directeur = await Fabriek.RolhouderAsync(Rol.Directeur, "FB");
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "FB");
        var bewerken = $"/actieplannen/{Fabriek.Klok.Vandaag().Year}/{(await Fabriek.DirectieAsync("FB")).Id}/bewerken";
        using var d = Fabriek.NieuweSessie();
        await d.AanmeldenAlsAsync(directeur.Persoon.Id);
        using var t = Fabriek.NieuweSessie();
        await t.AanmeldenAlsAsync(trekker.Persoon.Id);

        var regelDirecteur = (await d.PaginaAsync("/actieplannen")).QuerySelector("tr[data-directie='FB']")!;
        var regelTrekker = (await t.PaginaAsync("/actieplannen")).QuerySelector("tr[data-directie='FB']")!;

        Assert.Null(regelDirecteur.QuerySelector("a"));
        Assert.Contains("De trekker van de directie stelt het actieplan op.", regelDirecteur.TextContent, StringComparison.Ordinal);
        HttpSessie.AssertGeenToegang(await d.GetAsync(bewerken));
        Assert.Equal(bewerken, regelTrekker.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await t.GetAsync(bewerken)).StatusCode);
    }

    [Fact]
    public async Task Cluster_rollen_zien_de_plannen_van_het_eigen_cluster_en_niet_van_een_ander()
    {
        // DII has no clusterdirecteur (DISCREPANCIES B13); its accounthouder has the same cluster view.
        using var accounthouder = Fabriek.NieuweSessie();
        await accounthouder.AanmeldenAlsAsync(Rol.Accounthouder, cluster: "dii");
        using var clusterdirecteur = Fabriek.NieuweSessie();
        await clusterdirecteur.AanmeldenAlsAsync(Rol.Clusterdirecteur, cluster: "sociaal");
        var sociaal = await Fabriek.MetDienstAsync(async d => (await d.GetRequiredService<IOrganisatieQueries>().ActieveDirectiesAsync(Fabriek.Klok.Vandaag()))
            .Where(x => x.ClusterId == "sociaal").Select(x => x.Afkorting).Order(StringComparer.Ordinal).ToList());

        var overzicht = await accounthouder.PaginaAsync("/actieplannen");
        var overzichtSociaal = await clusterdirecteur.PaginaAsync("/actieplannen");

        Assert.Equal(
            ["D&I", "DSI", "DV", "Data", "Stadsarchief"],
            overzicht.QuerySelectorAll("tr.idc-actieplanregel").Select(r => r.GetAttribute("data-directie")!).Order(StringComparer.Ordinal));
        Assert.Equal(
            sociaal,
            overzichtSociaal.QuerySelectorAll("tr.idc-actieplanregel").Select(r => r.GetAttribute("data-directie")!).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await accounthouder.GetAsync(await PlanUrlAsync(Fabriek, "DV"))).StatusCode);
        HttpSessie.AssertGeenToegang(await clusterdirecteur.GetAsync(await PlanUrlAsync(Fabriek, "DV")));
        HttpSessie.AssertGeenToegang(await accounthouder.GetAsync(await PlanUrlAsync(Fabriek, "DV") + "/bewerken"));
    }

    [Fact]
    public async Task Het_GMT_ziet_de_status_per_directie_zonder_vrije_tekst_en_opent_geen_plan()
    {
        var lid = await Fabriek.MetDienstAsync(async diensten =>
        {
            var organisatie = diensten.GetRequiredService<IOrganisatieQueries>();
            var clusterdirecteuren = (await organisatie.RolhoudersAsync(Rol.Clusterdirecteur, Fabriek.Klok.Vandaag())).Select(r => r.Persoon.Id).ToHashSet();
            return (await organisatie.RolhoudersAsync(Rol.Gmt, Fabriek.Klok.Vandaag())).First(r => !clusterdirecteuren.Contains(r.Persoon.Id)).Persoon;
        });
        using var gmt = Fabriek.NieuweSessie();
        await gmt.AanmeldenAlsAsync(lid.Id);

        var overzicht = await gmt.PaginaAsync("/actieplannen");

        Assert.Contains("er ligt een concept plan (2)", overzicht.QuerySelector("tr[data-directie='DV']")!.TextContent);
        Assert.Empty(overzicht.QuerySelectorAll("#actieplannen a"));
        Assert.DoesNotContain("evenwichtige afspiegeling", overzicht.Body!.TextContent);
        HttpSessie.AssertGeenToegang(await gmt.GetAsync(await PlanUrlAsync(Fabriek, "DV")));
    }

    [Fact]
    public async Task Afdrukken_en_exporteren_geven_het_plan_in_het_importformaat()
    {
        using var directeur = await DirecteurAsync(Fabriek);
        var dv = await PlanUrlAsync(Fabriek, "DV");

        var afdruk = await directeur.PaginaAsync(dv + "/afdrukken");
        var export = await directeur.GetAsync(dv + "/export");

        Assert.Null(afdruk.QuerySelector("form[action*=Indienen]"));
        Assert.Equal("€ 287.200", Tekst(afdruk, "#begroting-totaal"));
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.Contains("actieplan-DV-2024.json", export.Content.Headers.ContentDisposition!.ToString());
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains("\"formaat\": \"idcyclus-actieplan/1\"", json);
        Assert.Contains("\"termijn\": \"binnen 3 maanden na goedkeuring van het plan\"", json);
        Assert.Contains("\"tekst\": \"€287,200.000\"", json);
    }

    [Fact]
    public async Task Onbekend_plan_geeft_niet_gevonden()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/actieplannen/2024/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync("/actieplannen/2019/" + (await Fabriek.DirectieAsync("DV")).Id)).StatusCode);
    }
}

public sealed class ActieplanLezenTests_Sqlite(SqliteFabriek fabriek) : ActieplanLezenTests<SqliteFabriek>(fabriek);

public sealed class ActieplanLezenTests_Postgres(PostgresFabriek fabriek) : ActieplanLezenTests<PostgresFabriek>(fabriek);
