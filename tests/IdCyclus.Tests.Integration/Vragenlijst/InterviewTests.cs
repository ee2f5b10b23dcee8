using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Vragenlijst;

/// <summary>The interview page over HTTP: drafts, missing answers, bad input, concurrent edits, who sees what.</summary>
public abstract class InterviewTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Accounthouder_slaat_een_concept_op_met_een_ontbrekend_antwoord_en_ziet_een_onvolledig_totaal()
    {
        var (url, _) = await InterviewUrlAsync("F&I");
        using var accounthouder = await AccounthouderAsync("F&I");

        var antwoord = await accounthouder.VerstuurFormulierAsync(url, AlleAntwoorden(zonder: "12"));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var pagina = await accounthouder.PaginaAsync(url);
        Assert.Equal("Concept", pagina.QuerySelector("#interviewstatus")!.TextContent.Trim());
        var totaal = pagina.QuerySelector("#totaalscore")!.TextContent;
        Assert.Contains("onvolledig", totaal);
        Assert.Contains("ontbreekt: 12", totaal);
        Assert.Equal("2", pagina.QuerySelector<IHtmlInputElement>("input[name='Antwoorden[1]'][checked]")!.Value);
    }

    [Fact]
    public async Task Een_score_buiten_het_bereik_wordt_geweigerd_met_een_nederlandse_melding_en_niets_wordt_opgeslagen()
    {
        var (url, _) = await InterviewUrlAsync("F&I");
        using var accounthouder = await AccounthouderAsync("F&I");
        var velden = AlleAntwoorden(zonder: null);
        velden["Antwoorden[6]"] = "3";

        var antwoord = await accounthouder.VerstuurFormulierAsync(url, velden);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains("Vraag 6", pagina.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Contains("2", pagina.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Equal("Nog niet gestart", (await accounthouder.PaginaAsync(url)).QuerySelector("#interviewstatus")!.TextContent.Trim());
    }

    [Fact]
    public async Task Opslaan_legt_in_de_geschiedenis_vast_wie_welke_velden_en_antwoorden_wijzigde()
    {
        var (url, _) = await InterviewUrlAsync("F&I");
        using var accounthouder = await AccounthouderAsync("F&I");
        Assert.Equal(HttpStatusCode.Redirect, (await accounthouder.VerstuurFormulierAsync(url, AlleAntwoorden(zonder: null))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await accounthouder.VerstuurFormulierAsync(url,
            new Dictionary<string, string> { ["Respondent"] = "Fictieve Respondent", ["Antwoorden[4]"] = "3" })).StatusCode);

        var regels = (await accounthouder.PaginaAsync(url)).QuerySelectorAll("li.idc-historieregel").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(2, regels.Count);
        Assert.EndsWith("Gewijzigd: respondent, vraag 4.", regels[^1]);
        Assert.Contains("Gewijzigd: soort respondent, vraag 1,", regels[0]);
    }

    [Fact]
    public async Task Twee_accounthouders_tegelijk_geeft_een_conflict_en_de_invoer_blijft_staan()
    {
        var (url, _) = await InterviewUrlAsync("F&I");
        using var eerste = await AccounthouderAsync("F&I");
        Assert.Equal(HttpStatusCode.Redirect, (await eerste.VerstuurFormulierAsync(url, AlleAntwoorden(zonder: null))).StatusCode);

        using var tweede = Fabriek.NieuweSessie();
        await tweede.AanmeldenAlsAsync(Rol.Projectleider);
        var oudePagina = await tweede.PaginaAsync(url);
        var oudeVelden = HttpSessie.FormulierVelden(oudePagina);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await eerste.VerstuurFormulierAsync(url, new Dictionary<string, string> { ["Respondent"] = "Eerste Wijziging" })).StatusCode);

        oudeVelden["Respondent"] = "Tweede Wijziging";
        var antwoord = await tweede.Client.PostAsync(url + "?handler=Opslaan", new FormUrlEncodedContent(oudeVelden));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Contains("Iemand anders heeft deze gegevens gewijzigd", pagina.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Equal("Tweede Wijziging", pagina.QuerySelector<IHtmlInputElement>("#Respondent")!.Value);
        Assert.Equal("Eerste Wijziging", (await eerste.PaginaAsync(url)).QuerySelector<IHtmlInputElement>("#Respondent")!.Value);
    }

    [Fact]
    public async Task De_directie_ziet_het_eigen_interview_zonder_observatie_en_andere_directies_niet()
    {
        var (url, directie) = await InterviewUrlAsync("F&I");
        using var accounthouder = await AccounthouderAsync("F&I");
        var velden = AlleAntwoorden(zonder: null);
        velden["Observatie"] = "Beeld van Bureau wijkt af";
        Assert.Equal(HttpStatusCode.Redirect, (await accounthouder.VerstuurFormulierAsync(url, velden)).StatusCode);
        Assert.Contains("Beeld van Bureau wijkt af", (await accounthouder.PaginaAsync(url)).Body!.TextContent);

        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "F&I");
        var eigen = await trekker.PaginaAsync(url);
        Assert.Null(eigen.QuerySelector("form.idc-formulier"));
        Assert.DoesNotContain("Beeld van Bureau wijkt af", eigen.Body!.TextContent);
        Assert.NotNull(eigen.QuerySelector("table.idc-antwoorden"));

        using var ander = Fabriek.NieuweSessie();
        await ander.AanmeldenAlsAsync(Rol.Trekker, "Com");
        HttpSessie.AssertGeenToegang(await ander.GetAsync(url));
        var andereCluster = directie.ClusterId == "sociaal" ? "dii" : "sociaal";
        using var vreemd = Fabriek.NieuweSessie();
        await vreemd.AanmeldenAlsAsync(Rol.Clusterdirecteur, cluster: andereCluster);
        HttpSessie.AssertGeenToegang(await vreemd.GetAsync(url));
    }

    [Fact]
    public async Task Een_geplande_afspraak_levert_een_geldige_agenda_uitnodiging()
    {
        var (url, _) = await InterviewUrlAsync("F&I");
        using var accounthouder = await AccounthouderAsync("F&I");
        var velden = AlleAntwoorden(zonder: null);
        velden["Datum"] = "2024-04-15";
        velden["Tijdstip"] = "14:30";
        Assert.Equal(HttpStatusCode.Redirect, (await accounthouder.VerstuurFormulierAsync(url, velden)).StatusCode);

        var ics = await accounthouder.GetAsync(url + "?handler=Uitnodiging");
        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        var tekst = await ics.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", tekst);
        Assert.Contains("DTSTART:20240415T123000Z\r\n", tekst);
    }

    [Fact]
    public async Task Een_ongeldige_datum_noemt_het_veld()
    {
        var (url, _) = await InterviewUrlAsync("F&I");
        using var accounthouder = await AccounthouderAsync("F&I");
        var velden = AlleAntwoorden(zonder: null);
        velden["Datum"] = "15 april";
        var pagina = await HttpSessie.LeesAsync(await accounthouder.VerstuurFormulierAsync(url, velden));
        Assert.Contains("geen datum", HttpSessie.FoutBijVeld(pagina, "Datum"));
    }

    private async Task<HttpSessie> AccounthouderAsync(string directie)
    {
        var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Accounthouder, cluster: (await Fabriek.DirectieAsync(directie)).ClusterId);
        return sessie;
    }

    private async Task<(string Url, DirectieGegevens Directie)> InterviewUrlAsync(string afkorting)
    {
        var directie = await Fabriek.DirectieAsync(afkorting);
        return ($"/interviews/2024/{directie.Id}", directie);
    }

    /// <summary>Every scored item answered with 2 (visie/ambitie too), except the one left out.</summary>
    internal static Dictionary<string, string> AlleAntwoorden(string? zonder)
    {
        var velden = new Dictionary<string, string>();
        foreach (var nummer in new[] { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14a", "14b", "15" })
        {
            velden[$"Antwoorden[{nummer}]"] = nummer == zonder ? "" : "2";
        }

        velden["Antwoorden[17]"] = "Meer dialoogsessies";
        velden["Respondenttype"] = "trekker";
        return velden;
    }
}

public sealed class InterviewTests_Sqlite(SqliteFabriek fabriek) : InterviewTests<SqliteFabriek>(fabriek);

public sealed class InterviewTests_Postgres(PostgresFabriek fabriek) : InterviewTests<PostgresFabriek>(fabriek);
