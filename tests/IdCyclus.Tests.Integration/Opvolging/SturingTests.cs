using System.Net;
using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Tests.Integration.Opvolging;

/// <summary>The GMT's sturing: proposals computed from Organisatie and Actieplannen, recorded all or nothing.</summary>
public abstract class SturingTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    /// <summary>What the proposals must say, worked out here from Organisatie's own answers rather than from the module.</summary>
    private Task<(HashSet<Guid> ZonderGenoegUren, HashSet<Guid> ZonderActueelPlan)> VerwachtAsync() => Fabriek.MetDienstAsync(async d =>
    {
        var organisatie = d.GetRequiredService<IOrganisatieQueries>();
        var plannen = (await d.GetRequiredService<IActieplannenQueries>().HuidigeActieplannenAsync()).ToDictionary(p => p.DirectieId);
        var vandaag = Fabriek.Klok.Vandaag();
        var zonderUren = new HashSet<Guid>();
        var zonderPlan = new HashSet<Guid>();
        foreach (var directie in await organisatie.ActieveDirectiesAsync(vandaag))
        {
            if ((await organisatie.TrekkersAsync(directie.Id, vandaag)).All(t => (t.UrenPerWeek ?? 0) < 8))
            {
                zonderUren.Add(directie.Id);
            }

            if (plannen.GetValueOrDefault(directie.Id)?.LaatstGoedgekeurdOp is not { } goedgekeurd || goedgekeurd.Year < vandaag.Year)
            {
                zonderPlan.Add(directie.Id);
            }
        }

        return (zonderUren, zonderPlan);
    });

    [Fact]
    public async Task Het_voorstel_volgt_uit_de_gegevens_en_wordt_in_een_keer_vastgelegd()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var (zonderGenoegUren, zonderActueelPlan) = await VerwachtAsync();

        var pagina = await bureau.PaginaAsync("/opvolging/sturing?Jaar=2024");
        var rijen = pagina.QuerySelectorAll("tr.idc-voorstel").Select(r => r.GetAttribute("data-sleutel")!).ToList();
        HashSet<Guid> Directies(string soort) =>
            rijen.Where(s => s.EndsWith(":" + soort, StringComparison.Ordinal)).Select(s => Guid.Parse(s.Split(':')[0])).ToHashSet();
        Assert.NotEmpty(zonderGenoegUren);
        Assert.Equal(zonderGenoegUren, Directies("TrekkerBenoemd"));
        Assert.Equal(zonderActueelPlan, Directies("ActieplanOpgeleverd"));
        Assert.Contains(
            "aanbeveling uit de Voortgangsrapportage 2024; het GMT heeft dit nog niet als eigen afspraak vastgelegd",
            pagina.QuerySelector("#norm")!.TextContent);

        var zonderDeadline = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync(
            "/opvolging/sturing?Jaar=2024",
            new Dictionary<string, string> { ["DeadlineTrekker"] = "2025-06-01" }));
        Assert.Contains("Vul de deadline in", HttpSessie.FoutBijVeld(zonderDeadline, "DeadlinePlan"));
        Assert.Empty(await AfsprakenAsync());

        // The checkboxes share one name, which the single-value form helper cannot send; post what a browser posts.
        var velden = HttpSessie.FormulierVelden(pagina).Where(v => v.Key is not ("Gekozen" or "DeadlineTrekker" or "DeadlinePlan"))
            .Select(v => new KeyValuePair<string, string>(v.Key, v.Value))
            .Append(new("DeadlineTrekker", "2025-06-01")).Append(new("DeadlinePlan", "2025-09-01"))
            .Concat(pagina.QuerySelectorAll("input[name=Gekozen][checked]").Select(c => new KeyValuePair<string, string>("Gekozen", c.GetAttribute("value")!)));
        var vastgelegd = await bureau.Client.PostAsync("/opvolging/sturing", new FormUrlEncodedContent(velden));
        Assert.True(vastgelegd.StatusCode == HttpStatusCode.Redirect,
            (await HttpSessie.LeesAsync(vastgelegd)).QuerySelector("#foutenoverzicht")?.TextContent ?? vastgelegd.StatusCode.ToString());
        var afspraken = await AfsprakenAsync();
        Assert.Equal(rijen.Count, afspraken.Count);
        Assert.All(afspraken.Where(a => a.Soort == "TrekkerBenoemd"), a => Assert.Equal(new DateOnly(2025, 6, 1), a.HuidigeDeadline));

        var opnieuw = await bureau.PaginaAsync("/opvolging/sturing?Jaar=2024");
        Assert.Empty(opnieuw.QuerySelectorAll("input[name=Gekozen]"));
        var niets = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync("/opvolging/sturing?Jaar=2024", new Dictionary<string, string>
        {
            ["DeadlineTrekker"] = "2025-06-01", ["DeadlinePlan"] = "2025-09-01",
        }));
        Assert.Contains("Kies minstens één afspraak", niets.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Equal(rijen.Count, (await AfsprakenAsync()).Count);
    }

    [Fact]
    public async Task Een_teruggestuurd_voorstel_dat_al_loopt_wordt_geweigerd_en_legt_niets_vast()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var pagina = await bureau.PaginaAsync("/opvolging/sturing?Jaar=2024");
        var velden = HttpSessie.FormulierVelden(pagina);
        var sleutel = pagina.QuerySelector("tr.idc-voorstel")!.GetAttribute("data-sleutel")!;
        var directie = Guid.Parse(sleutel.Split(':')[0]);
        var soort = sleutel.Split(':')[1];
        var nieuw = await bureau.VerstuurFormulierAsync("/opvolging/nieuw", new Dictionary<string, string>
        {
            ["DirectieId"] = directie.ToString(), ["Soort"] = soort, ["Bron"] = "Bureau", ["Deadline"] = "2025-05-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);

        var inhoud = velden.Where(v => v.Key is not ("Gekozen" or "DeadlineTrekker" or "DeadlinePlan"))
            .Select(v => new KeyValuePair<string, string>(v.Key, v.Value))
            .Append(new("DeadlineTrekker", "2025-06-01")).Append(new("DeadlinePlan", "2025-09-01"))
            .Append(new("Gekozen", sleutel));
        var antwoord = await HttpSessie.LeesAsync(await bureau.Client.PostAsync("/opvolging/sturing", new FormUrlEncodedContent(inhoud)));

        Assert.Contains("heeft al een lopende afspraak", antwoord.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Single(await AfsprakenAsync());
    }

    [Fact]
    public async Task Een_norm_van_het_GMT_geldt_daarna_in_de_sturing_en_op_het_dashboard_en_wordt_niet_stil_overschreven()
    {
        using var bureau = Fabriek.NieuweSessie();
        await bureau.AanmeldenAlsAsync(Rol.Projectleider);
        var vandaag = Fabriek.Klok.Vandaag();
        string Dag(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var gisteren = Dag(vandaag.AddDays(-1));

        // Other hours than the report's 8 without the GMT's day: refused, nothing recorded.
        var pagina = await bureau.PaginaAsync("/opvolging/sturing?Jaar=2024&Uren=12");
        var zonderDag = await HttpSessie.LeesAsync(await bureau.Client.PostAsync("/opvolging/sturing", new FormUrlEncodedContent(Formulier(pagina, 1))));
        Assert.Contains("andere uren kunnen alleen als afspraak van het GMT", HttpSessie.FoutBijVeld(zonderDag, "NormDoorGmtOp"));
        Assert.Empty(await AfsprakenAsync());

        pagina = await bureau.PaginaAsync($"/opvolging/sturing?Jaar=2024&Uren=12&NormDoorGmtOp={gisteren}");
        var vastgelegd = await bureau.Client.PostAsync("/opvolging/sturing", new FormUrlEncodedContent(Formulier(pagina, 1)));
        Assert.True(vastgelegd.StatusCode == HttpStatusCode.Redirect,
            (await HttpSessie.LeesAsync(vastgelegd)).QuerySelector("#foutenoverzicht")?.TextContent ?? vastgelegd.StatusCode.ToString());
        var afspraken = await AfsprakenAsync();
        Assert.Single(afspraken);

        // Opened again without hours in the address: the GMT's norm, named as such, also on the dashboard.
        var gmtTekst = $"afspraak van het GMT van {Nederlands.Datum(vandaag.AddDays(-1))}";
        var opnieuw = await bureau.PaginaAsync("/opvolging/sturing?Jaar=2024");
        Assert.Contains($"minimaal 12 uur per week ({gmtTekst})", HttpSessie.Tekst(opnieuw, "#norm"));
        var dashboard = await bureau.PaginaAsync("/gmt?Jaar=2024");
        Assert.Contains($"minimaal 12 uur per week ({gmtTekst})", HttpSessie.Tekst(dashboard, "#norm"));
        var nieuweAfspraak = await bureau.PaginaAsync("/opvolging/nieuw");
        Assert.Equal("12", nieuweAfspraak.QuerySelector("input[name=MinimaleUren]")!.GetAttribute("value"));

        // A page opened before the norm was stored (version 0) cannot replace it: the conflict message, nothing recorded.
        var ouderePagina = await bureau.PaginaAsync($"/opvolging/sturing?Jaar=2024&Uren=40&NormDoorGmtOp={Dag(vandaag)}");
        Assert.NotEmpty(ouderePagina.QuerySelectorAll("input[name=Gekozen]"));
        var verouderd = Formulier(ouderePagina, 1).Where(v => v.Key != "NormVersie").Append(new("NormVersie", "0"));
        var conflict = await HttpSessie.LeesAsync(await bureau.Client.PostAsync("/opvolging/sturing", new FormUrlEncodedContent(verouderd)));
        Assert.Contains("Iemand anders heeft deze gegevens gewijzigd", conflict.QuerySelector("#foutenoverzicht")!.TextContent);
        Assert.Single(await AfsprakenAsync());
        Assert.Contains("minimaal 12 uur", HttpSessie.Tekst(await bureau.PaginaAsync("/gmt?Jaar=2024"), "#norm"));

        // The same page with the version it showed records the new norm.
        var actueel = await bureau.Client.PostAsync("/opvolging/sturing", new FormUrlEncodedContent(Formulier(ouderePagina, 1)));
        Assert.Equal(HttpStatusCode.Redirect, actueel.StatusCode);
        Assert.Contains("minimaal 40 uur", HttpSessie.Tekst(await bureau.PaginaAsync("/gmt?Jaar=2024"), "#norm"));
    }

    /// <summary>What a browser posts from the sturing page: its fields, deadlines ahead, and the first <paramref name="aantal"/> proposals ticked.</summary>
    private IEnumerable<KeyValuePair<string, string>> Formulier(AngleSharp.Dom.IDocument pagina, int aantal)
    {
        var vandaag = Fabriek.Klok.Vandaag();
        return HttpSessie.FormulierVelden(pagina)
            .Where(v => v.Key is not ("Gekozen" or "DeadlineTrekker" or "DeadlinePlan"))
            .Select(v => new KeyValuePair<string, string>(v.Key, v.Value))
            .Append(new("DeadlineTrekker", vandaag.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("DeadlinePlan", vandaag.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(pagina.QuerySelectorAll("input[name=Gekozen]").Take(aantal)
                .Select(c => new KeyValuePair<string, string>("Gekozen", c.GetAttribute("value")!)));
    }

    [Fact]
    public async Task Alleen_Bureau_legt_de_sturing_vast()
    {
        using var directeur = Fabriek.NieuweSessie();
        await directeur.AanmeldenAlsAsync(Rol.Directeur, "DV");

        HttpSessie.AssertGeenToegang(await directeur.GetAsync("/opvolging/sturing"));
    }

    private Task<IReadOnlyList<AfspraakGegevens>> AfsprakenAsync() =>
        Fabriek.MetDienstAsync(d => d.GetRequiredService<IOpvolgingQueries>().AfsprakenAsync(null, Fabriek.Klok.Vandaag()));
}

public sealed class SturingTests_Sqlite(SqliteFabriek fabriek) : SturingTests<SqliteFabriek>(fabriek);

public sealed class SturingTests_Postgres(PostgresFabriek fabriek) : SturingTests<PostgresFabriek>(fabriek);
