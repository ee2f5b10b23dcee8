using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Toegang;

public abstract class ToegangTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Theory]
    [InlineData("/")]
    [InlineData("/organisatie")]
    [InlineData("/organisatie/personen")]
    [InlineData("/organisatie/rollen/nieuw")]
    [InlineData("/organisatie/clusters/sociaal")]
    public async Task Anoniem_wordt_naar_aanmelden_gestuurd(string url)
    {
        using var sessie = Fabriek.NieuweSessie();
        var antwoord = await sessie.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/aanmelden", antwoord.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Anoniem_krijgt_401_van_de_api_en_geen_html()
    {
        using var sessie = Fabriek.NieuweSessie();
        var antwoord = await sessie.GetAsync("/api/organisatie/clusters");
        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
    }

    [Fact]
    public async Task Aanmeldpagina_toont_demopersonen_per_rol()
    {
        using var sessie = Fabriek.NieuweSessie();
        var pagina = await sessie.PaginaAsync("/aanmelden");
        var groepen = pagina.QuerySelectorAll("details.idc-demo-groep summary").Select(s => s.TextContent).ToList();
        Assert.Contains(groepen, g => g.StartsWith("Projectleider", StringComparison.Ordinal));
        Assert.Contains(groepen, g => g.StartsWith("Trekker", StringComparison.Ordinal));
        Assert.Contains(groepen, g => g.StartsWith("Clusterdirecteur", StringComparison.Ordinal));
        Assert.Contains(groepen, g => g.StartsWith("GMT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Aanmelden_met_wachtwoord_lukt_en_fout_wachtwoord_geeft_nederlandse_melding()
    {
        var projectleider = await Fabriek.RolhouderAsync(Rol.Projectleider);
        using var sessie = Fabriek.NieuweSessie();

        var fout = await sessie.VerstuurFormulierAsync("/aanmelden", new Dictionary<string, string>
        {
            ["Email"] = projectleider.Persoon.Email,
            ["Wachtwoord"] = "niet-het-wachtwoord",
        });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        var foutPagina = await HttpSessie.LeesAsync(fout);
        Assert.Contains("klopt niet", HttpSessie.FoutBijVeld(foutPagina, "Email"));

        var goed = await sessie.VerstuurFormulierAsync("/aanmelden", new Dictionary<string, string>
        {
            ["Email"] = projectleider.Persoon.Email,
            ["Wachtwoord"] = IdCyclusFabriek.DemoWachtwoord,
        });
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        var start = await sessie.PaginaAsync("/");
        Assert.Contains(projectleider.Persoon.Naam, start.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Aanmelden_zonder_invoer_noemt_beide_velden()
    {
        using var sessie = Fabriek.NieuweSessie();
        var antwoord = await sessie.VerstuurFormulierAsync("/aanmelden", new Dictionary<string, string> { ["Email"] = "", ["Wachtwoord"] = "" });
        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Equal("Invoerfout: Vul uw e-mailadres in.", HttpSessie.FoutBijVeld(pagina, "Email"));
        Assert.Equal("Invoerfout: Vul uw wachtwoord in.", HttpSessie.FoutBijVeld(pagina, "Wachtwoord"));
    }

    [Fact]
    public async Task Formulier_zonder_antiforgery_token_wordt_geweigerd()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        var antwoord = await sessie.Client.PostAsync($"/organisatie/rollen/{trekker.Id}/uren",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UrenPerWeek"] = "12", ["Versie"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal(trekker.UrenPerWeek, (await Fabriek.RolhouderAsync(Rol.Trekker, "Com")).UrenPerWeek);
    }

    [Fact]
    public async Task Afmelden_beeindigt_de_sessie()
    {
        using var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        var start = await sessie.PaginaAsync("/");
        var antwoord = await sessie.Client.PostAsync("/afmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSessie.Token(start),
        }));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await sessie.GetAsync("/organisatie")).StatusCode);
    }

    [Fact]
    public async Task Menu_toont_alleen_wat_de_rol_mag()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var bureauMenu = (await bureau.PaginaAsync("/")).QuerySelectorAll("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent).ToList();
        Assert.Equal(
            [
                "Mijn taken", "Mijn agenda", "Organisatie", "Personen en rollen", "Interviews", "Scores", "Indicatoren", "Actieplannen",
                "Rapportage", "Duidingsgesprekken", "Opvolging", "GMT-dashboard", "Cyclus", "Alle taken", "Workflows", "Verzonden berichten",
                "Vragenlijsten", "Achtergrondtaken", "Aanmeldlogboek",
            ],
            bureauMenu);

        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "Com");
        var trekkerMenu = (await trekker.PaginaAsync("/")).QuerySelectorAll("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Mijn taken", "Mijn agenda", "Mijn directie", "Interviews", "Indicatoren", "Actieplannen", "Opvolging"], trekkerMenu);

        using var clusterdirecteur = Fabriek.NieuweSessie();
        await clusterdirecteur.AanmeldenAlsAsync(Rol.Clusterdirecteur, cluster: "sociaal");
        var cdMenu = (await clusterdirecteur.PaginaAsync("/")).QuerySelectorAll("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent).ToList();
        Assert.Equal(
            [
                "Mijn taken", "Mijn agenda", "Organisatie", "Interviews", "Scores", "Indicatoren", "Actieplannen", "Rapportage",
                "Duidingsgesprekken", "Opvolging", "GMT-dashboard",
            ],
            cdMenu);
    }
}

public sealed class ToegangTests_Sqlite(SqliteFabriek fabriek) : ToegangTests<SqliteFabriek>(fabriek);

public sealed class ToegangTests_Postgres(PostgresFabriek fabriek) : ToegangTests<PostgresFabriek>(fabriek);
