using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>Bureau publishes a definition on /workflows; errors come back with their JSON path, in Dutch.</summary>
public abstract class DefinitiePublicerenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Akkoord = """
        {
          "id": "akkoord-vragen",
          "naam": "Akkoord vragen",
          "versie": 1,
          "stappen": [
            { "id": "akkoord", "naam": "Geef akkoord op het plan van aanpak", "soort": "taak", "rol": "bureau",
              "uitkomsten": ["akkoord", "niet akkoord"], "deadline": { "na": "P7D", "vanaf": "start" } }
          ]
        }
        """;

    [Fact]
    public async Task Ongeldige_definitie_geeft_elke_fout_met_pad_en_publiceert_niets()
    {
        using var bureau = await BureauAsync();
        var antwoord = await bureau.VerstuurFormulierAsync("/workflows", new Dictionary<string, string>
        {
            ["Json"] = """{ "id": "Fout", "naam": "x", "versie": 1, "stappen": [ { "id": "a", "naam": "A", "soort": "taak", "rol": "koning" } ] }""",
        }, "form[action*=Publiceer]");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var fout = (await HttpSessie.LeesAsync(antwoord)).QuerySelector("#Json-fout")!.TextContent;
        Assert.Contains("$.id:", fout);
        Assert.Contains("$.stappen[0].rol:", fout);
        Assert.Contains("koning", fout);
        Assert.DoesNotContain("akkoord-vragen", (await bureau.PaginaAsync("/workflows")).QuerySelector("#DefinitieId")!.InnerHtml);
    }

    [Fact]
    public async Task Geen_json_of_kapotte_json_geeft_een_melding()
    {
        using var bureau = await BureauAsync();
        var leeg = await bureau.VerstuurFormulierAsync("/workflows", new Dictionary<string, string> { ["Json"] = "" }, "form[action*=Publiceer]");
        Assert.Contains("Plak de definitie", (await HttpSessie.LeesAsync(leeg)).QuerySelector("#Json-fout")!.TextContent);
        var kapot = await bureau.VerstuurFormulierAsync("/workflows", new Dictionary<string, string> { ["Json"] = "{ \"id\": " }, "form[action*=Publiceer]");
        Assert.Contains("$", (await HttpSessie.LeesAsync(kapot)).QuerySelector("#Json-fout")!.TextContent);
    }

    [Fact]
    public async Task Gepubliceerde_definitie_met_uitkomsten_vraagt_bij_afronden_een_keuze()
    {
        using var bureau = await BureauAsync();
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync("/workflows", new Dictionary<string, string> { ["Json"] = Akkoord }, "form[action*=Publiceer]")).StatusCode);
        var gestart = await bureau.VerstuurFormulierAsync(
            "/workflows",
            new Dictionary<string, string> { ["DefinitieId"] = "akkoord-vragen", ["Start"] = "2025-03-01" });
        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);

        var taakUrl = (await bureau.PaginaAsync("/taken")).QuerySelector("tr.idc-taakrij a")!.GetAttribute("href")!;
        var zonder = await bureau.VerstuurFormulierAsync(taakUrl, new Dictionary<string, string>(), "form[action*=Voltooien]");
        Assert.Contains("Kies een uitkomst: akkoord, niet akkoord", (await HttpSessie.LeesAsync(zonder)).QuerySelector("#Uitkomst-fout")!.TextContent);

        var met = await bureau.VerstuurFormulierAsync(taakUrl, new Dictionary<string, string> { ["Uitkomst"] = "niet akkoord" }, "form[action*=Voltooien]");
        Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        Assert.Contains("met uitkomst 'niet akkoord'", (await bureau.PaginaAsync(taakUrl)).QuerySelector("section[aria-labelledby=historie-kop]")!.TextContent);

        var opnieuw = await bureau.VerstuurFormulierAsync(
            "/workflows",
            new Dictionary<string, string> { ["Json"] = Akkoord.Replace("P7D", "P14D", StringComparison.Ordinal) },
            "form[action*=Publiceer]");
        Assert.Contains("Verhoog de versie", (await HttpSessie.LeesAsync(opnieuw)).QuerySelector("#Json-fout")!.TextContent);
    }

    private async Task<HttpSessie> BureauAsync()
    {
        var sessie = Fabriek.NieuweSessie();
        await sessie.AanmeldenAlsAsync(Rol.Projectleider);
        return sessie;
    }
}

public sealed class DefinitiePublicerenTests_Sqlite(SqliteFabriek fabriek) : DefinitiePublicerenTests<SqliteFabriek>(fabriek);

public sealed class DefinitiePublicerenTests_Postgres(PostgresFabriek fabriek) : DefinitiePublicerenTests<PostgresFabriek>(fabriek);
