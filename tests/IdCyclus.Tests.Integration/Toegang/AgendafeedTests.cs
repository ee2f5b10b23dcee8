using System.Net;
using Ical.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>
/// The personal calendar feed (ADR 0025): the person makes a secret link on /agenda, Outlook fetches it without signing
/// in, a revoked, replaced or unknown token answers 404, and the feed holds the person's open task deadlines.
/// </summary>
public abstract class AgendafeedTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Een_gemaakte_link_werkt_zonder_aanmelden_en_bevat_de_deadlines_van_open_taken_als_hele_dag()
    {
        using var directeur = Fabriek.NieuweSessie();
        await directeur.AanmeldenAlsAsync(Rol.Directeur, "P&O");
        using (var bureau = Fabriek.NieuweSessie())
        {
            await bureau.AanmeldenAlsAsync(Rol.Projectleider);
            var start = await bureau.VerstuurFormulierAsync(
                "/workflows", new Dictionary<string, string> { ["DefinitieId"] = "benoem-een-trekker", ["Start"] = "2025-03-01" });
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        }

        var zonder = await directeur.PaginaAsync("/agenda");
        Assert.Contains("geen werkende agendalink", zonder.QuerySelector("#linkstatus")!.TextContent, StringComparison.Ordinal);
        var link = await LinkMakenAsync(directeur);
        var met = await directeur.PaginaAsync("/agenda");
        Assert.Contains("werkende agendalink, gemaakt op", met.QuerySelector("#linkstatus")!.TextContent, StringComparison.Ordinal);

        using var outlook = Fabriek.NieuweSessie();
        var antwoord = await outlook.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/calendar", antwoord.Content.Headers.ContentType!.MediaType);
        var agenda = Calendar.Load(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal("PUBLISH", agenda.Method);
        var deadline = Assert.Single(agenda.Events, e => e.Summary!.StartsWith("Deadline: Benoem een trekker", StringComparison.Ordinal));
        Assert.True(deadline.IsAllDay);
        Assert.Equal(new DateOnly(2025, 3, 29), deadline.DtStart!.Date);
    }

    [Fact]
    public async Task Een_ingetrokken_vervangen_of_onbekende_token_geeft_404()
    {
        using var persoon = Fabriek.NieuweSessie();
        await persoon.AanmeldenAlsAsync(Rol.Accounthouder, cluster: "sociaal");
        var eerste = await LinkMakenAsync(persoon);
        var tweede = await LinkMakenAsync(persoon);
        using var outlook = Fabriek.NieuweSessie();
        Assert.Equal(HttpStatusCode.NotFound, (await outlook.GetAsync(eerste)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outlook.GetAsync(tweede)).StatusCode);

        var ingetrokken = await persoon.VerstuurFormulierAsync("/agenda", new Dictionary<string, string>(), "form[action*=Intrekken]");
        Assert.Contains("ingetrokken", (await HttpSessie.LeesAsync(ingetrokken)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outlook.GetAsync(tweede)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outlook.GetAsync("/agenda/onbekend-token-dat-niet-bestaat.ics")).StatusCode);
        Assert.Null((await persoon.PaginaAsync("/agenda")).QuerySelector("form[action*=Intrekken]"));
    }

    [Fact]
    public async Task De_pagina_vraagt_aanmelding_en_de_link_is_alleen_direct_na_het_maken_te_zien()
    {
        using var anoniem = Fabriek.NieuweSessie();
        var antwoord = await anoniem.GetAsync("/agenda");
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var naar = antwoord.Headers.Location!;
        Assert.StartsWith("/aanmelden", naar.IsAbsoluteUri ? naar.PathAndQuery : naar.OriginalString);

        using var persoon = Fabriek.NieuweSessie();
        await persoon.AanmeldenAlsAsync(Rol.Trekker, "F&I");
        var link = await LinkMakenAsync(persoon);
        Assert.Matches("^/agenda/[A-Za-z0-9_-]{43}\\.ics$", link);
        Assert.Null((await persoon.PaginaAsync("/agenda")).QuerySelector("#agendalink"));
    }

    private static async Task<string> LinkMakenAsync(HttpSessie sessie)
    {
        var pagina = await HttpSessie.LeesAsync(await sessie.VerstuurFormulierAsync("/agenda", new Dictionary<string, string>(), "form[action*=Maken]"));
        var link = new Uri(pagina.QuerySelector("#agendalink")!.GetAttribute("value")!);
        return link.PathAndQuery;
    }
}

public sealed class AgendafeedTests_Sqlite(SqliteFabriek fabriek) : AgendafeedTests<SqliteFabriek>(fabriek);

public sealed class AgendafeedTests_Postgres(PostgresFabriek fabriek) : AgendafeedTests<PostgresFabriek>(fabriek);
