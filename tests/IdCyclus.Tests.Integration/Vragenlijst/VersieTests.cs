using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Vragenlijst;

/// <summary>The questionnaire versions over HTTP: next year's copy, editing a concept, publishing, and what is refused.</summary>
public abstract class VersieTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Bureau_ziet_de_versies_en_maakt_de_kopie_voor_2025_als_concept()
    {
        using var bureau = await BureauAsync(Fabriek);
        var lijst = await bureau.PaginaAsync("/vragenlijsten");
        var regels = Versieregels(lijst);
        Assert.Equal(["2024", "2023"], regels.Keys);
        Assert.StartsWith("gepubliceerd", regels["2024"]);
        Assert.StartsWith("gepubliceerd", regels["2023"]);

        var url = await KopieAsync(bureau);

        var versie = await bureau.PaginaAsync(url);
        Assert.StartsWith("Concept", versie.QuerySelector("#versiestatus")!.TextContent.Trim());
        Assert.Contains("2025", versie.QuerySelector("h1")!.TextContent);
        Assert.Contains("zelfde als vraag 5 (wordt vergeleken)", Vraagsectie(versie, "5").TextContent);
        var nu = Versieregels(await bureau.PaginaAsync("/vragenlijsten"));
        Assert.Equal("concept", nu["2025"]);
        Assert.StartsWith("gepubliceerd", nu["2024"]);
    }

    [Fact]
    public async Task Bureau_past_een_concept_aan_en_na_publiceren_ligt_het_vast()
    {
        using var bureau = await BureauAsync(Fabriek);
        var url = await KopieAsync(bureau);

        await VerstuurAsync(bureau, url, "Tekst", "3", new() { ["Tekst"] = "Is er een werkgroep met een vast budget?" }, verwachtGelukt: true);
        Assert.Contains("Is er een werkgroep met een vast budget?", Vraagsectie(await bureau.PaginaAsync(url), "3").TextContent);

        await VerstuurAsync(bureau, url, "Opties", "5", new() { ["Opties"] = "0 = nee\n1 = deels\n2 = grotendeels\n3 = volledig" }, verwachtGelukt: true);
        Assert.Equal(["0 — nee", "1 — deels", "2 — grotendeels", "3 — volledig"], Opties(await bureau.PaginaAsync(url), "5"));

        var fout = await VerstuurAsync(bureau, url, "Opties", "5", new() { ["Opties"] = "0 = niets\nvolledig" }, verwachtGelukt: false);
        Assert.Equal(["Regel 2 ('volledig'): schrijf een optie als 'score = tekst', bijvoorbeeld '0 = geen trekker'."], Fouten(fout));
        Assert.Equal(["0 — nee", "1 — deels", "2 — grotendeels", "3 — volledig"], Opties(await bureau.PaginaAsync(url), "5"));

        await VerstuurAsync(bureau, url, "Koppeling", "4", new() { ["Koppeling"] = "Gewijzigd" }, verwachtGelukt: true);
        Assert.Contains("gewijzigd t.o.v. vraag 4 (niet vergeleken)", Vraagsectie(await bureau.PaginaAsync(url), "4").TextContent);

        var gat = await VerstuurAsync(bureau, url, "Groepen", null, new() { ["Groepen"] = "0-1 = nog niet begonnen\n3 = resultaten" }, verwachtGelukt: false);
        Assert.Equal(["Score 2 valt in geen enkele themagroep."], Fouten(gat));
        Assert.Equal("0–1: nog niet of beperkt begonnen; 2–2: gestart; 3–3: eerste resultaten behaald", Groepen(await bureau.PaginaAsync(url)));

        await VerstuurAsync(bureau, url, "Groepen", null, new() { ["Groepen"] = "0 = niet begonnen\n1-2 = gestart\n3 = resultaten" }, verwachtGelukt: true);
        Assert.Equal("0–0: niet begonnen; 1–2: gestart; 3–3: resultaten", Groepen(await bureau.PaginaAsync(url)));

        await VerstuurAsync(bureau, url, "Vervallen", "19", [], verwachtGelukt: true);
        var zonder19 = await bureau.PaginaAsync(url);
        Assert.Null(zonder19.QuerySelector("#vraag-19"));
        Assert.Contains("Vervallen ten opzichte van vorig jaar: 19", zonder19.Body!.TextContent);

        var voorPubliceren = await bureau.PaginaAsync(url);
        var tekstformulier = HttpSessie.FormulierVelden(Formulier(voorPubliceren, "Tekst", "3"));
        var publiceren = HttpSessie.FormulierVelden(Formulier(voorPubliceren, "Publiceren", null));
        var antwoord = await bureau.Client.PostAsync(url + "?handler=Publiceren", new FormUrlEncodedContent(publiceren));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var gepubliceerd = await bureau.PaginaAsync(url);
        Assert.StartsWith("Gepubliceerd: deze vragenlijst ligt vast.", gepubliceerd.QuerySelector("#versiestatus")!.TextContent.Trim());
        Assert.Null(gepubliceerd.QuerySelector("form.idc-formulier"));
        Assert.StartsWith("gepubliceerd", Versieregels(await bureau.PaginaAsync("/vragenlijsten"))["2025"]);

        // The same form, posted with the version number the publication left behind: the status check refuses it.
        var volgende = int.Parse(publiceren["Versienummer"], System.Globalization.CultureInfo.InvariantCulture) + 1;
        tekstformulier["Versienummer"] = volgende.ToString(System.Globalization.CultureInfo.InvariantCulture);
        tekstformulier["Tekst"] = "Nog een wijziging";
        var vast = await bureau.Client.PostAsync(url + "?handler=Tekst", new FormUrlEncodedContent(tekstformulier));
        Assert.Equal(HttpStatusCode.OK, vast.StatusCode);
        Assert.Equal(["Een gepubliceerde vragenlijst ligt vast. Maak een nieuwe versie voor het volgende jaar."], Fouten(await HttpSessie.LeesAsync(vast)));
        Assert.Contains("Is er een werkgroep met een vast budget?", Vraagsectie(await bureau.PaginaAsync(url), "3").TextContent);
    }

    [Fact]
    public async Task Elke_wijziging_van_een_concept_legt_vast_wie_wat_wanneer_wijzigde()
    {
        using var bureau = await BureauAsync(Fabriek);
        var url = await KopieAsync(bureau);

        await VerstuurAsync(bureau, url, "Tekst", "3", new() { ["Tekst"] = "Is er een werkgroep met een vast budget?" }, verwachtGelukt: true);
        await VerstuurAsync(bureau, url, "Vervallen", "19", [], verwachtGelukt: true);

        var regels = (await bureau.PaginaAsync(url)).QuerySelectorAll("#versiegeschiedenis tr.idc-versiewijziging")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var naam = (await Fabriek.RolhouderAsync(Rol.Projectleider)).Persoon.Naam;
        Assert.Equal(3, regels.Count);
        Assert.Equal(["1 maart 2025 10:00", naam, "Vraag 19 vervalt"], regels[0]);
        Assert.Equal(["1 maart 2025 10:00", naam, "Vraagtekst van vraag 3: Is er een werkgroep met een vast budget?"], regels[1]);
        Assert.Equal("Gemaakt als kopie van 2024", regels[2][2]);
    }

    [Fact]
    public async Task Een_te_lange_vraagtekst_of_optie_wordt_geweigerd_met_het_maximum_en_verandert_niets()
    {
        using var bureau = await BureauAsync(Fabriek);
        var url = await KopieAsync(bureau);
        var voor = await bureau.PaginaAsync(url);
        Assert.Equal("1000", Formulier(voor, "Tekst", "3").QuerySelector("textarea[name=Tekst]")!.GetAttribute("maxlength"));
        Assert.Contains("Hooguit 1000 tekens", Formulier(voor, "Tekst", "3").TextContent);
        var tekst = Vraagsectie(voor, "3").QuerySelector("p")!.TextContent;

        var teLang = await VerstuurAsync(bureau, url, "Tekst", "3", new() { ["Tekst"] = new string('a', 1001) }, verwachtGelukt: false);
        Assert.Equal(["De vraagtekst is 1001 tekens lang; het maximum is 1000."], Fouten(teLang));

        var optie = await VerstuurAsync(bureau, url, "Opties", "5", new() { ["Opties"] = "0 = nee\n1 = " + new string('b', 301) }, verwachtGelukt: false);
        Assert.Equal(["De tekst van optie 2 is 301 tekens lang; het maximum is 300."], Fouten(optie));

        var na = await bureau.PaginaAsync(url);
        Assert.Equal(tekst, Vraagsectie(na, "3").QuerySelector("p")!.TextContent);
        Assert.Single(na.QuerySelectorAll("#versiegeschiedenis tr.idc-versiewijziging"));
    }

    [Fact]
    public async Task Een_verouderd_versienummer_geeft_het_conflict_en_verandert_niets()
    {
        using var bureau = await BureauAsync(Fabriek);
        var url = await KopieAsync(bureau);
        var oud = HttpSessie.FormulierVelden(Formulier(await bureau.PaginaAsync(url), "Tekst", "2"));
        await VerstuurAsync(bureau, url, "Tekst", "2", new() { ["Tekst"] = "Eerste wijziging" }, verwachtGelukt: true);

        oud["Tekst"] = "Tweede wijziging";
        var antwoord = await bureau.Client.PostAsync(url + "?handler=Tekst", new FormUrlEncodedContent(oud));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var fouten = Fouten(await HttpSessie.LeesAsync(antwoord));
        Assert.Single(fouten);
        Assert.StartsWith("Iemand anders heeft deze gegevens gewijzigd", fouten[0]);
        var pagina = await bureau.PaginaAsync(url);
        Assert.Contains("Eerste wijziging", Vraagsectie(pagina, "2").TextContent);
        Assert.DoesNotContain("Tweede wijziging", pagina.Body!.TextContent);
    }

    [Theory]
    [InlineData(Rol.Accounthouder)]
    [InlineData(Rol.Trekker)]
    [InlineData(Rol.Clusterdirecteur)]
    [InlineData(Rol.Gmt)]
    public async Task Wie_niet_van_bureau_is_ziet_geen_vragenlijsten_en_kan_geen_kopie_maken(Rol rol)
    {
        using var bureau = await BureauAsync(Fabriek);
        var versie = Versielinks(await bureau.PaginaAsync("/vragenlijsten"))["2024"];
        using var ander = Fabriek.NieuweSessie();
        // Not the first accounthouder found: in the demo organisation one of them is also projectleider (Bureau).
        await ander.AanmeldenAlsAsync(rol, cluster: rol switch { Rol.Accounthouder => "dii", Rol.Clusterdirecteur => "sociaal", _ => null });

        HttpSessie.AssertGeenToegang(await ander.GetAsync("/vragenlijsten"));
        HttpSessie.AssertGeenToegang(await ander.GetAsync(versie));
        var token = HttpSessie.Token(await ander.PaginaAsync("/"));
        HttpSessie.AssertGeenToegang(await ander.Client.PostAsync("/vragenlijsten?handler=Kopie",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })));
        HttpSessie.AssertGeenToegang(await ander.Client.PostAsync(versie + "?handler=Tekst",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Nummer"] = "1", ["Tekst"] = "x", ["Versienummer"] = "1",
            })));
        Assert.Equal(["2024", "2023"], Versieregels(await bureau.PaginaAsync("/vragenlijsten")).Keys);
    }

    /// <summary>Bureau copies the latest version for next year; returns the copy's page.</summary>
    [Fact]
    public async Task Bureau_legt_de_vragenlijst_van_2022_vast_en_importeert_dat_jaar_zonder_vergelijking_per_vraag()
    {
        // 2023 is reference data (a reconstruction, every item new), so the earliest year Bureau can add is 2022.
        using var bureau = await BureauAsync(Fabriek);
        var te_laat = await bureau.VerstuurFormulierAsync(
            "/vragenlijsten",
            new Dictionary<string, string> { ["EerderJaar"] = "2023" },
            "form[action*='handler=EerderJaar']");
        Assert.Equal(HttpStatusCode.OK, te_laat.StatusCode);
        Assert.Contains("tot en met 2022", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(te_laat), "EerderJaar"));

        var antwoord = await bureau.VerstuurFormulierAsync(
            "/vragenlijsten",
            new Dictionary<string, string> { ["EerderJaar"] = "2022" },
            "form[action*='handler=EerderJaar']");
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var url = antwoord.Headers.Location!.OriginalString;
        var versie = await bureau.PaginaAsync(url);
        Assert.StartsWith("Concept", versie.QuerySelector("#versiestatus")!.TextContent.Trim());
        Assert.Contains("nieuw (niet vergeleken)", Vraagsectie(versie, "5").TextContent);
        await PubliceerAsync(bureau, url);

        await ImporteerAsync(bureau, Bestand(2022, Interview("Com", Allemaal(1))));
        await ImporteerAsync(bureau, Bestand(2023, Interview("Com", Allemaal(2))));
        Assert.Equal(1, await AantalInterviewsAsync(Fabriek, 2022));
        var scores = await bureau.PaginaAsync("/scores?jaar=2023");
        Assert.Contains("Geen enkele vraag is met vorig jaar te vergelijken.", scores.QuerySelector("tr.idc-scoreregel")!.TextContent);
    }

    [Fact]
    public async Task De_vragenlijst_van_2024_toont_per_vraag_of_ze_met_2023_vergeleken_wordt_en_waarom()
    {
        using var bureau = await BureauAsync(Fabriek);
        var versie = await bureau.PaginaAsync(Versielinks(await bureau.PaginaAsync("/vragenlijsten"))["2024"]);

        Assert.Contains("zelfde als vraag 5 (wordt vergeleken)", Vraagsectie(versie, "5").TextContent);
        Assert.Contains("Aangenomen gelijk", Vraagsectie(versie, "5").TextContent);
        Assert.Contains("nieuw (niet vergeleken)", Vraagsectie(versie, "16").TextContent);
        Assert.Contains("VGR2024, bijlage 2.1", Vraagsectie(versie, "16").TextContent);
    }

    internal static async Task<string> KopieAsync(HttpSessie bureau)
    {
        var lijst = await bureau.PaginaAsync("/vragenlijsten");
        var velden = HttpSessie.FormulierVelden(lijst, "form[action*='handler=Kopie']");
        var antwoord = await bureau.Client.PostAsync("/vragenlijsten?handler=Kopie", new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var url = antwoord.Headers.Location!.OriginalString;
        Assert.Matches("^/vragenlijsten/[0-9a-f-]{36}$", url);
        return url;
    }

    internal static async Task PubliceerAsync(HttpSessie bureau, string url)
    {
        var velden = HttpSessie.FormulierVelden(Formulier(await bureau.PaginaAsync(url), "Publiceren", null));
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.Client.PostAsync(url + "?handler=Publiceren", new FormUrlEncodedContent(velden))).StatusCode);
    }

    /// <summary>Fills the form of one handler (for one item) as shown, with the given values, and posts it.</summary>
    private static async Task<IDocument> VerstuurAsync(
        HttpSessie bureau, string url, string handler, string? nummer, Dictionary<string, string> waarden, bool verwachtGelukt)
    {
        var velden = HttpSessie.FormulierVelden(Formulier(await bureau.PaginaAsync(url), handler, nummer));
        foreach (var (naam, waarde) in waarden)
        {
            velden[naam] = waarde;
        }

        var antwoord = await bureau.Client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(velden));
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.True(
            antwoord.StatusCode == (verwachtGelukt ? HttpStatusCode.Redirect : HttpStatusCode.OK),
            $"{handler} {nummer}: {(int)antwoord.StatusCode} {string.Join(" | ", Fouten(pagina))}");
        return pagina;
    }

    private static IHtmlFormElement Formulier(IDocument pagina, string handler, string? nummer) =>
        pagina.QuerySelectorAll<IHtmlFormElement>($"form[action*='handler={handler}']")
            .FirstOrDefault(f => nummer is null || f.QuerySelector($"input[name=Nummer][value='{nummer}']") is not null)
        ?? throw new InvalidOperationException($"Geen formulier {handler} {nummer}.");

    private static IElement Vraagsectie(IDocument pagina, string nummer) =>
        pagina.QuerySelector($"#vraag-{nummer}")?.ParentElement ?? throw new InvalidOperationException($"Geen vraag {nummer}.");

    private static List<string> Opties(IDocument pagina, string nummer) =>
        Vraagsectie(pagina, nummer).QuerySelectorAll(":scope > ul li").Select(li => li.TextContent.Trim()).ToList();

    private static string Groepen(IDocument pagina) =>
        pagina.QuerySelector("#groepen-kop")!.ParentElement!.QuerySelector("p")!.TextContent.Trim();

    private static List<string> Fouten(IDocument pagina) =>
        pagina.QuerySelectorAll("#foutenoverzicht li").Select(li => li.TextContent.Trim()).ToList();

    private static Dictionary<string, string> Versieregels(IDocument pagina) =>
        pagina.QuerySelectorAll("tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[2].TextContent.Trim());

    private static Dictionary<string, string> Versielinks(IDocument pagina) =>
        pagina.QuerySelectorAll("tbody tr th a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href")!);
}

public sealed class VersieTests_Sqlite(SqliteFabriek fabriek) : VersieTests<SqliteFabriek>(fabriek);

public sealed class VersieTests_Postgres(PostgresFabriek fabriek) : VersieTests<PostgresFabriek>(fabriek);
