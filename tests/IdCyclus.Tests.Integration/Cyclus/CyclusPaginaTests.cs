using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>Bureau plans the yearly cycle on /cyclus: create a year, move its dates, start it once, follow it.</summary>
public abstract class CyclusPaginaTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    [Fact]
    public async Task Bureau_maakt_2025_aan_past_een_datum_aan_en_start_de_cyclus_een_keer()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        Assert.Equal("2026", (await bureau.PaginaAsync("/cyclus")).QuerySelector<IHtmlInputElement>("#Jaar")!.Value);

        var aangemaakt = await bureau.VerstuurFormulierAsync("/cyclus", new Dictionary<string, string> { ["Jaar"] = "2025" });
        Assert.Equal(HttpStatusCode.Redirect, aangemaakt.StatusCode);
        Assert.Equal("/cyclus/2025", aangemaakt.Headers.Location!.OriginalString);
        Assert.Contains("in voorbereiding", (await bureau.PaginaAsync("/cyclus")).QuerySelector("table")!.TextContent);

        var pagina = await bureau.PaginaAsync("/cyclus/2025");
        Assert.Equal("2025-02-03", pagina.QuerySelector<IHtmlInputElement>("#Datums_start")!.Value);
        var tijdlijn = pagina.QuerySelectorAll(".idc-tijdlijn tbody tr th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal("Vandaag", tijdlijn[tijdlijn.IndexOf("Vooraankondiging aan trekkers en directeuren") + 1]);
        Assert.Contains("wo 19 februari 2025", pagina.QuerySelector(".idc-tijdlijn")!.TextContent);
        // The whole year, to the follow-up: the template's parameters are the fields.
        Assert.Equal("2025-10-24", pagina.QuerySelector<IHtmlInputElement>("#Datums_duidingsgesprekken")!.Value);
        Assert.Equal("Stand van de opvolging naar het GMT", tijdlijn[^1]);

        var opgeslagen = await bureau.VerstuurFormulierAsync(
            "/cyclus/2025",
            new Dictionary<string, string> { ["Datums[werkgroep-1]"] = "2025-03-28" },
            "form[action*=Opslaan]");
        Assert.Equal(HttpStatusCode.Redirect, opgeslagen.StatusCode);
        pagina = await bureau.PaginaAsync("/cyclus/2025");
        Assert.Equal("2025-03-28", pagina.QuerySelector<IHtmlInputElement>("#Datums_werkgroep-1")!.Value);
        Assert.Contains("versie 2", pagina.QuerySelector("#cyclusstatus")!.TextContent);

        var fout = await bureau.VerstuurFormulierAsync(
            "/cyclus/2025",
            new Dictionary<string, string> { ["Datums[interviews-afgenomen]"] = "2025-04-01" },
            "form[action*=Opslaan]");
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        var foutPagina = await HttpSessie.LeesAsync(fout);
        Assert.Equal("Invoerfout: 'Alle interviews afgenomen' (1 april 2025) mag niet vóór 'Alle interviews gepland' (11 april 2025) liggen.",
            HttpSessie.FoutBijVeld(foutPagina, "Datums_interviews-afgenomen"));
        Assert.Equal("2025-04-01", foutPagina.QuerySelector<IHtmlInputElement>("#Datums_interviews-afgenomen")!.Value);
        pagina = await bureau.PaginaAsync("/cyclus/2025");
        Assert.Equal("2025-05-16", pagina.QuerySelector<IHtmlInputElement>("#Datums_interviews-afgenomen")!.Value);
        Assert.Contains("versie 2", pagina.QuerySelector("#cyclusstatus")!.TextContent);

        var oud = await bureau.VerstuurFormulierAsync(
            "/cyclus/2025",
            new Dictionary<string, string> { ["Versie"] = "1", ["Datums[start]"] = "2025-02-04" },
            "form[action*=Opslaan]");
        Assert.Equal(HttpStatusCode.OK, oud.StatusCode);
        var oudPagina = await HttpSessie.LeesAsync(oud);
        Assert.Contains("Iemand anders heeft deze gegevens gewijzigd", oudPagina.Body!.TextContent);
        Assert.Equal("2025-02-04", oudPagina.QuerySelector<IHtmlInputElement>("#Datums_start")!.Value);

        var gestart = await bureau.VerstuurFormulierAsync("/cyclus/2025", new Dictionary<string, string>(), "form[action*=Starten]");
        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        pagina = await bureau.PaginaAsync("/cyclus/2025");
        Assert.Contains("Gestart op ma 3 februari 2025 09:00 (versie 2)", pagina.QuerySelector("#cyclusstatus")!.TextContent);
        Assert.Null(pagina.QuerySelector("form[action*=Opslaan]"));
        Assert.NotNull(pagina.QuerySelector("section[aria-labelledby=matrix-kop]"));
        Assert.Contains("gestart op", (await bureau.PaginaAsync("/cyclus")).QuerySelector("table")!.TextContent);
        Assert.Contains(
            (await bureau.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij"), rij =>
                rij.TextContent.Contains("Voorbereiding bevestigen", StringComparison.Ordinal));

        // Next year's cycle copies this one's dates on the same weekday: Friday 28 March 2025 becomes Friday 27 March 2026.
        await bureau.VerstuurFormulierAsync("/cyclus", new Dictionary<string, string> { ["Jaar"] = "2026" });
        var volgend = await bureau.PaginaAsync("/cyclus/2026");
        Assert.Equal("2026-03-27", volgend.QuerySelector<IHtmlInputElement>("#Datums_werkgroep-1")!.Value);
        Assert.Equal("2026-02-18", volgend.QuerySelector<IHtmlInputElement>("#Datums_vooraankondiging")!.Value);

        var nogmaals = await bureau.Client.PostAsync("/cyclus/2025?handler=Starten", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSessie.Token(pagina), ["Versie"] = "2",
        }));
        Assert.Contains("is al gestart", (await HttpSessie.LeesAsync(nogmaals)).Body!.TextContent);
    }

    [Fact]
    public async Task De_voorbereiding_vraagt_een_gepubliceerde_vragenlijst_en_het_vinkje_en_houdt_de_taak_open()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        await bureau.VerstuurFormulierAsync("/cyclus", new Dictionary<string, string> { ["Jaar"] = "2025" });
        await bureau.VerstuurFormulierAsync("/cyclus/2025", new Dictionary<string, string>(), "form[action*=Starten]");
        var taakUrl = (await bureau.PaginaAsync("/taken")).QuerySelectorAll("tr.idc-taakrij")
            .First(rij => rij.TextContent.Contains("Voorbereiding bevestigen", StringComparison.Ordinal)).QuerySelector("a")!.GetAttribute("href")!;
        Assert.NotNull((await bureau.PaginaAsync(taakUrl)).QuerySelector("input[type=checkbox][name='Velden[OrganisatieGecontroleerd]']"));

        var antwoord = await bureau.VerstuurFormulierAsync(taakUrl, new Dictionary<string, string>(), "form[action*=Voltooien]");

        var pagina = await HttpSessie.LeesAsync(antwoord);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Publiceer eerst de vragenlijst voor 2025 op /vragenlijsten.", pagina.Body!.TextContent);
        Assert.Equal("Invoerfout: Bevestig dat de organisatiegegevens kloppen.", HttpSessie.FoutBijVeld(pagina, "Velden_OrganisatieGecontroleerd"));
        Assert.NotEqual("Afgerond", pagina.QuerySelector("#taakstatus")!.TextContent.Trim());
    }

    [Fact]
    public async Task Twee_keer_tegelijk_starten_geeft_een_cyclus_en_een_melding()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        await bureau.VerstuurFormulierAsync("/cyclus", new Dictionary<string, string> { ["Jaar"] = "2025" });
        var pagina = await bureau.PaginaAsync("/cyclus/2025");

        // Both posts carry the page as it was before either start, as two quick clicks (or two Bureau members) would.
        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            bureau.Client.PostAsync("/cyclus/2025?handler=Starten", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = HttpSessie.Token(pagina), ["Versie"] = "1",
            }))));

        Assert.Single(antwoorden, a => a.StatusCode == HttpStatusCode.Redirect);
        var geweigerd = Assert.Single(antwoorden, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Contains("is al gestart", (await HttpSessie.LeesAsync(geweigerd)).Body!.TextContent);
        var instanties = await Fabriek.MetDienstAsync(diensten => diensten.GetRequiredService<IWorkflowLezer>()
            .InstantiesAsync(new InstantieVraag { DefinitieId = "voortgangscyclus-2025", AlleenHoofd = true }, default));
        Assert.Single(instanties);
    }

    [Fact]
    public async Task Een_jaar_dat_al_bestaat_of_geen_jaar_is_wordt_geweigerd()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        await bureau.VerstuurFormulierAsync("/cyclus", new Dictionary<string, string> { ["Jaar"] = "2025" });

        var dubbel = await bureau.VerstuurFormulierAsync("/cyclus", new Dictionary<string, string> { ["Jaar"] = "2025" });
        Assert.Contains("De cyclus 2025 bestaat al", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(dubbel), "Jaar"));
        var onzin = await bureau.VerstuurFormulierAsync("/cyclus", new Dictionary<string, string> { ["Jaar"] = "1900" });
        Assert.Contains("Kies een jaar tussen 2020 en 2100", HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(onzin), "Jaar"));
    }

    [Fact]
    public async Task Wie_niet_van_Bureau_is_komt_niet_op_de_cycluspagina()
    {
        using var trekker = Fabriek.NieuweSessie();
        await trekker.AanmeldenAlsAsync(Rol.Trekker, "Com");

        foreach (var url in new[] { "/cyclus", "/cyclus/2025" })
        {
            var antwoord = await trekker.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            Assert.StartsWith("/geen-toegang", antwoord.Headers.Location!.PathAndQuery);
        }

        Assert.DoesNotContain("href=\"/cyclus\"", (await trekker.PaginaAsync("/taken")).Body!.InnerHtml);
    }
}

public sealed class CyclusPaginaTests_Sqlite(SqliteFabriek fabriek) : CyclusPaginaTests<SqliteFabriek>(fabriek);

public sealed class CyclusPaginaTests_Postgres(PostgresFabriek fabriek) : CyclusPaginaTests<PostgresFabriek>(fabriek);
