using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Toegang.Features.Logboek;
using IdCyclus.Modules.Toegang.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Toegang;

/// <summary>Bureau reads the sign-in log at /aanmeldlogboek: who, how, when and the result, filtered and a page at a time.</summary>
public abstract class AanmeldlogboekTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Bureau_ziet_wie_hoe_wanneer_en_met_welk_resultaat_en_filtert_op_persoon()
    {
        var trekker = await Fabriek.RolhouderAsync(Rol.Trekker, "Com");
        using (var poging = Fabriek.NieuweSessie())
        {
            await poging.VerstuurFormulierAsync(
                "/aanmelden", new Dictionary<string, string> { ["Email"] = "bestaat.niet@idcyclus.example", ["Wachtwoord"] = "fout" });
            var goed = await poging.VerstuurFormulierAsync(
                "/aanmelden", new Dictionary<string, string> { ["Email"] = trekker.Persoon.Email, ["Wachtwoord"] = IdCyclusFabriek.DemoWachtwoord });
            Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        }

        using var bureau = Fabriek.NieuweSessie();
        var projectleider = await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var regels = Regels(await bureau.PaginaAsync(LogboekModel.Pad));
        Assert.Equal(
            [
                [projectleider.Persoon.Naam, projectleider.Persoon.Email, "Demo-aanmelding", "Aangemeld"],
                [trekker.Persoon.Naam, trekker.Persoon.Email, "E-mailadres en wachtwoord", "Aangemeld"],
                ["Onbekend", "bestaat.niet@idcyclus.example", "E-mailadres en wachtwoord", "Mislukt (onjuist e-mailadres of wachtwoord)"],
            ],
            regels.Select(r => r[1..5]).ToList());
        Assert.All(regels, r => Assert.Equal("za 1 maart 2025", string.Join(' ', r[0].Split(' ')[..4])));

        var alleenTrekker = Regels(await bureau.PaginaAsync($"{LogboekModel.Pad}?Persoon={trekker.Persoon.Id}"));
        Assert.Equal([trekker.Persoon.Naam], alleenTrekker.Select(r => r[1]).ToList());
    }

    [Fact]
    public async Task Het_logboek_wordt_per_50_regels_getoond_en_filtert_op_datum()
    {
        await LegVastAsync(new DateTimeOffset(2025, 2, 3, 23, 30, 0, TimeSpan.FromHours(1)), 3);
        await LegVastAsync(new DateTimeOffset(2025, 2, 4, 0, 30, 0, TimeSpan.FromHours(1)), 60);
        Fabriek.Klok.Zet(IdCyclusFabriek.Startmoment);
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        var eerste = await bureau.PaginaAsync(LogboekModel.Pad);
        Assert.Equal(50, Regels(eerste).Count);
        Assert.Contains("64 regels, nieuwste eerst. Pagina 1 van 2.", eerste.QuerySelector("#logboek-telling")!.TextContent);
        Assert.Null(eerste.QuerySelector("a[rel=prev]"));
        var tweede = await bureau.PaginaAsync(eerste.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(14, Regels(tweede).Count);
        Assert.Null(tweede.QuerySelector("a[rel=next]"));

        // Days are Amsterdam days: 23:30 on 3 February belongs to the 3rd, 00:30 on the 4th to the 4th.
        var derde = await bureau.PaginaAsync($"{LogboekModel.Pad}?Van=2025-02-03&Tot=2025-02-03");
        Assert.Equal(3, Regels(derde).Count);
        var vierde = await bureau.PaginaAsync($"{LogboekModel.Pad}?Van=2025-02-04&Tot=2025-02-04&Pagina=2");
        Assert.Equal(10, Regels(vierde).Count);
        Assert.Contains("Van=2025-02-04", vierde.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Een_onmogelijke_periode_geeft_een_nederlandse_melding_en_geen_regels()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);

        var pagina = await bureau.PaginaAsync($"{LogboekModel.Pad}?Van=2025-03-01&Tot=2025-02-01");
        Assert.Equal("Invoerfout: De datum 'tot en met' ligt vóór de datum 'vanaf'. Kies een latere datum.", HttpSessie.FoutBijVeld(pagina, "Tot"));
        Assert.Empty(Regels(pagina));

        var onleesbaar = await bureau.PaginaAsync($"{LogboekModel.Pad}?Van=gisteren");
        Assert.NotNull(HttpSessie.FoutBijVeld(onleesbaar, "Van"));
        Assert.Empty(Regels(onleesbaar));
    }

    [Fact]
    public async Task Alleen_bureau_leest_het_logboek()
    {
        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "Com");
        HttpSessie.AssertGeenToegang(await trekker.GetAsync(LogboekModel.Pad));
        Assert.DoesNotContain("Aanmeldlogboek", (await trekker.PaginaAsync("/")).QuerySelector("nav[aria-label=Hoofdmenu]")!.TextContent);
    }

    private async Task LegVastAsync(DateTimeOffset moment, int aantal)
    {
        Fabriek.Klok.Zet(moment);
        await Fabriek.MetDienstAsync(async d =>
        {
            var logboek = d.GetRequiredService<Aanmeldlogboek>();
            for (var i = 0; i < aantal; i++)
            {
                await logboek.LegVastAsync(Aanmeldsoort.Mislukt, Aanmeldwijze.Wachtwoord, null, $"poging-{i}@idcyclus.example");
            }

            return 0;
        });
    }

    private static List<string[]> Regels(AngleSharp.Dom.IDocument pagina) =>
        pagina.QuerySelectorAll("tr.idc-logregel").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
}

public sealed class AanmeldlogboekTests_Sqlite(SqliteFabriek fabriek) : AanmeldlogboekTests<SqliteFabriek>(fabriek);

public sealed class AanmeldlogboekTests_Postgres(PostgresFabriek fabriek) : AanmeldlogboekTests<PostgresFabriek>(fabriek);
