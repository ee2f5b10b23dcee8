using IdCyclus.Shared;
using AngleSharp.Dom;
using System.Net;
using IdCyclus.Tests.Integration.Infrastructuur;
using static IdCyclus.Tests.Integration.Actieplannen.Actieplanhulp;

namespace IdCyclus.Tests.Integration.Actieplannen;

/// <summary>The trekker edits and submits, the directeur approves or sends back through the cycle task; versions and history follow.</summary>
public abstract class ActieplanGoedkeurenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_fout_in_het_concept_staat_bij_het_veld_en_verandert_niets()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;

        var antwoord = await trekker.VerstuurFormulierAsync(dv + "/bewerken", new Dictionary<string, string>
        {
            ["doelen[0].acties[0].kwartaal"] = "Kwartaal 2",
            ["doelen[0].acties[1].termijn"] = "zo snel mogelijk",
            ["begroting.regels[0].bedragCent"] = "7,500.00",
        });

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains("'7,500.00' is geen bedrag in euro's", HttpSessie.FoutBijVeld(pagina, "begroting_regels_0_bedragCent"));
        Assert.Equal("7,500.00", pagina.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#begroting_regels_0_bedragCent")!.Value);
        var tweede = await trekker.VerstuurFormulierAsync(dv + "/bewerken", new Dictionary<string, string>
        {
            ["doelen[0].acties[0].kwartaal"] = "Kwartaal 2",
            ["doelen[0].acties[1].termijn"] = "zo snel mogelijk",
        });
        var regels = await HttpSessie.LeesAsync(tweede);
        Assert.Contains("schrijf jaar en kwartaal als 2024-Q2", HttpSessie.FoutBijVeld(regels, "doelen_0_acties_0_kwartaal"));
        Assert.Contains("geen termijn die IdCyclus kan lezen", HttpSessie.FoutBijVeld(regels, "doelen_0_acties_1_termijn"));
        Assert.DoesNotContain("Conceptversie 1 opgeslagen", Tekst(await trekker.PaginaAsync(dv), "#geschiedenis"));
    }

    [Fact]
    public async Task Twee_bewerkingen_op_dezelfde_versie_overschrijven_elkaar_niet()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;
        var oud = HttpSessie.FormulierVelden(await trekker.PaginaAsync(dv + "/bewerken"));

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await trekker.VerstuurFormulierAsync(dv + "/bewerken", new Dictionary<string, string> { ["titel"] = "Eerste" })).StatusCode);
        oud["titel"] = "Tweede";
        var conflict = await trekker.Client.PostAsync(dv + "/bewerken", new FormUrlEncodedContent(oud));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Iemand anders heeft deze gegevens gewijzigd", await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Eerste", (await trekker.PaginaAsync(dv)).QuerySelector("dl")!.TextContent);
    }

    [Fact]
    public async Task Indienen_terugsturen_met_opmerking_opnieuw_indienen_en_goedkeuren_bevriest_de_versie()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;
        using var directeur = await DirecteurAsync(Fabriek);

        await IndienenAsync(trekker, dv);
        Assert.Equal("Versie 1: ingediend", Tekst(await trekker.PaginaAsync(dv), "#versiestatus"));
        var tijdensIndiening = await trekker.VerstuurFormulierAsync(dv + "/bewerken", new Dictionary<string, string> { ["titel"] = "Anders" });
        Assert.Contains("ligt ter goedkeuring bij de directeur", (await HttpSessie.LeesAsync(tijdensIndiening)).QuerySelector("#foutenoverzicht")!.TextContent);
        var taak = await TaakAsync(directeur, "Keur het actieplan goed");
        var taakpagina = await directeur.PaginaAsync(taak);
        Assert.Contains("Actieplan 2024, versie 1 (ingediend)", taakpagina.QuerySelector("section[aria-labelledby=actieplan-kop]")!.TextContent);
        // The task form states the maximum the server enforces (CyclusFormulieren.MaxTekst).
        Assert.Equal("4000", taakpagina.QuerySelector("textarea#Velden_Opmerking")!.GetAttribute("maxlength"));
        Assert.EndsWith("Maximaal 4000 tekens.", taakpagina.QuerySelector("#Velden_Opmerking-hint")!.TextContent.Trim(), StringComparison.Ordinal);

        var zonderOpmerking = await HttpSessie.LeesAsync(await BesluitAsync(directeur, taak, "terugsturen"));
        Assert.Contains("Schrijf bij het terugsturen", zonderOpmerking.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await BesluitAsync(directeur, taak, "terugsturen", "Voeg de datum van aanvang van het project toe.")).StatusCode);

        var teruggestuurd = await trekker.PaginaAsync(dv);
        Assert.Equal("Versie 1: concept", Tekst(teruggestuurd, "#versiestatus"));
        Assert.Equal("Voeg de datum van aanvang van het project toe.", Tekst(teruggestuurd, "#terugkoppeling"));
        var ankers = new Dictionary<string, string> { ["ankers"] = "aanvang van het project: 2024-04-01" };
        Assert.Equal(HttpStatusCode.Redirect, (await trekker.VerstuurFormulierAsync(dv + "/bewerken", ankers)).StatusCode);

        await IndienenAsync(trekker, dv);
        var tweedeTaak = await TaakAsync(directeur, "Keur het actieplan goed");
        Assert.NotEqual(taak, tweedeTaak);
        Assert.Equal(HttpStatusCode.Redirect, (await BesluitAsync(directeur, tweedeTaak, "goedkeuren")).StatusCode);

        var goedgekeurd = await trekker.PaginaAsync(dv);
        Assert.StartsWith("Versie 1: goedgekeurd, goedgekeurd op 1 maart 2025 door", Tekst(goedgekeurd, "#versiestatus"));
        Assert.Equal("er ligt een volledig plan, geaccordeerd door het MT", Tekst(goedgekeurd, "#planstatus"));
        Assert.Contains(
            "uiterlijk 1 juni 2025 (3 maanden na goedkeuring van het plan (1 maart 2025))",
            goedgekeurd.QuerySelector("tr[data-actie='4.3.1']")!.TextContent);
        Assert.Contains(
            "uiterlijk 1 oktober 2024 (6 maanden na aanvang van het project (1 april 2024))",
            goedgekeurd.QuerySelector("tr[data-actie='4.2.1']")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await trekker.VerstuurFormulierAsync(dv + "/bewerken", new Dictionary<string, string>
        {
            ["doelen[0].acties[0].kwartaal"] = "2024-Q3",
            ["begroting.regels[4].bedragCent"] = "30.000",
        })).StatusCode);
        var nieuw = await trekker.PaginaAsync(dv);
        Assert.Equal("Versie 2: concept", Tekst(nieuw, "#versiestatus"));
        Assert.Contains("Geldende versie", nieuw.QuerySelector("dl")!.TextContent);
        var wijzigingen = Tekst(nieuw, "#versies");
        Assert.Contains("Status gewijzigd van 'er ligt een volledig plan, geaccordeerd door het MT' naar 'er ligt een concept plan'.", wijzigingen);
        Assert.Contains("Actie 4.1.1 'Aanvullen werkgroep vanuit overige Vakgroepen en i-Afdelingen': kwartaal van '2024-Q2' naar '2024-Q3'.", wijzigingen);
        Assert.Contains("Begrotingsregel 'Evenementen – Medewerkers' gewijzigd van € 25.000 naar € 30.000.", wijzigingen);
        Assert.Contains("Totaal van de begroting gewijzigd van € 287.200 naar € 292.200.", wijzigingen);
        Assert.Contains("Nieuwe conceptversie 2 begonnen; goedgekeurde versie 1 blijft ongewijzigd.", Tekst(nieuw, "#geschiedenis"));
    }

    [Fact]
    public async Task Alleen_de_directeur_besluit_en_niet_over_een_versie_die_hij_niet_zag()
    {
        var (trekker, dv) = await TrekkerDvAsync(Fabriek);
        using var _ = trekker;
        await IndienenAsync(trekker, dv);
        using var directeur = await DirecteurAsync(Fabriek);
        var taak = await TaakAsync(directeur, "Keur het actieplan goed");
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(IdCyclus.Modules.Organisatie.Contracts.Rol.Projectleider);

        var doorBureau = await HttpSessie.LeesAsync(await BesluitAsync(bureau, taak, "goedkeuren"));
        var andereVersie = await directeur.VerstuurFormulierAsync(
            taak, new Dictionary<string, string> { ["Velden[Besluit]"] = "goedkeuren", ["Velden[PlanVersie]"] = "7" }, "form[action*=Voltooien]");

        Assert.Contains("Alleen de directeur van DV", doorBureau.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Contains("Ter goedkeuring ligt versie 1", (await HttpSessie.LeesAsync(andereVersie)).QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Equal("Versie 1: ingediend", Tekst(await trekker.PaginaAsync(dv), "#versiestatus"));
    }

    [Fact]
    public async Task Een_ander_dan_de_trekker_bewerkt_of_dient_niet_in()
    {
        using var directeur = await DirecteurAsync(Fabriek);
        var dv = await PlanUrlAsync(Fabriek, "DV");
        var pagina = await directeur.PaginaAsync(dv);

        Assert.Null(pagina.QuerySelector("form[action*=Indienen]"));
        HttpSessie.AssertGeenToegang(await directeur.GetAsync(dv + "/bewerken"));
        HttpSessie.AssertGeenToegang(await directeur.GetAsync(dv + "/voortgang"));
        var post = await directeur.Client.PostAsync(dv + "/Indienen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Versie"] = "1", ["__RequestVerificationToken"] = HttpSessie.Token(pagina),
        }));
        HttpSessie.AssertGeenToegang(post);
    }

    [Fact]
    public async Task Een_trekker_stelt_een_nieuw_plan_op_vanuit_het_plan_van_vorig_jaar()
    {
        var (trekker, _) = await TrekkerDvAsync(Fabriek);
        using var s = trekker;
        var nieuw = $"/actieplannen/2025/{(await Fabriek.DirectieAsync("DV")).Id}";

        var formulier = await trekker.PaginaAsync(nieuw + "/bewerken");
        Assert.Equal(
            "Aanvullen werkgroep vanuit overige Vakgroepen en i-Afdelingen",
            formulier.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#doelen_0_acties_0_titel")!.Value);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await trekker.VerstuurFormulierAsync(nieuw + "/bewerken", new Dictionary<string, string> { ["titel"] = "Actieplan 2025" })).StatusCode);

        Assert.Equal("Versie 1: concept", Tekst(await trekker.PaginaAsync(nieuw), "#versiestatus"));
        Assert.Contains("2025, versie 1 (concept)", (await trekker.PaginaAsync("/actieplannen")).QuerySelector("tr[data-directie='DV']")!.TextContent);
    }
}

public sealed class ActieplanGoedkeurenTests_Sqlite(SqliteFabriek fabriek) : ActieplanGoedkeurenTests<SqliteFabriek>(fabriek);

public sealed class ActieplanGoedkeurenTests_Postgres(PostgresFabriek fabriek) : ActieplanGoedkeurenTests<PostgresFabriek>(fabriek);
