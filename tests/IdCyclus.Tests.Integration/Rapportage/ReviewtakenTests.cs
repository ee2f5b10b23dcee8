using System.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Actieplannen.Actieplanhulp;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Rapportage;

/// <summary>
/// The werkgroep review as a cycle workflow (ADR 0017): starting a round gives every werkgroep member a task in
/// "Mijn taken" with the round's deadline; completing it is recorded in Rapportage; reminders and the escalation follow
/// the clock; the member reads the concept version recorded for the round, not the live text.
/// </summary>
public abstract class ReviewtakenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Taaktitel = "Lees het concept van de Voortgangsrapportage";

    [Fact]
    public async Task Elk_werkgroeplid_krijgt_een_reviewtaak_en_afronden_wordt_in_Rapportage_vastgelegd()
    {
        using var bureau = await BureauAsync(Fabriek);
        await BlokAsync(bureau, "Tekst van de review.");
        var start = await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string> { ["Deadline"] = "2025-03-15" }, "form.idc-review");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        await BlokAsync(bureau, "Tekst van na de start.");

        var leden = await WerkgroepledenAsync();
        Assert.True(leden.Count >= 2, "De demo heeft minstens twee werkgroepleden nodig.");
        var taken = new Dictionary<Guid, string>();
        foreach (var lid in leden)
        {
            using var sessie = Fabriek.NieuweSessie();
            await sessie.AanmeldenAlsAsync(lid.Id);
            taken[lid.Id] = await TaakAsync(sessie, Taaktitel);
        }

        Assert.Equal(leden.Count, taken.Values.Distinct().Count());
        var eerste = leden[0];
        using var lidSessie = Fabriek.NieuweSessie();
        await lidSessie.AanmeldenAlsAsync(eerste.Id);
        var taakpagina = await lidSessie.PaginaAsync(taken[eerste.Id]);
        Assert.Contains("15 maart 2025", taakpagina.QuerySelector("dl")!.TextContent);
        Assert.Equal("/rapportage/2024/review", taakpagina.QuerySelector("#review-link")!.GetAttribute("href"));
        var review = await lidSessie.PaginaAsync("/rapportage/2024/review");
        Assert.Contains("Tekst van de review.", review.QuerySelector("#blok-samenvatting")!.TextContent);
        Assert.DoesNotContain("Tekst van na de start.", review.QuerySelector("article.rapport")!.TextContent);
        Assert.Null(review.QuerySelector("#reviewers"));

        var zonderBevestiging = await lidSessie.VerstuurFormulierAsync(taken[eerste.Id], new Dictionary<string, string>(), "form[action*=Voltooien]");
        Assert.Equal("Invoerfout: Bevestig dat u het concept hebt gelezen en uw opmerkingen hebt geplaatst.",
            HttpSessie.FoutBijVeld(await HttpSessie.LeesAsync(zonderBevestiging), "Velden_Gelezen"));
        var afgerond = await lidSessie.VerstuurFormulierAsync(
            taken[eerste.Id],
            new Dictionary<string, string> { ["Velden[Gelezen]"] = "true" },
            "form[action*=Voltooien]");
        Assert.Equal(HttpStatusCode.Redirect, afgerond.StatusCode);

        var stand = await bureau.PaginaAsync("/rapportage/2024/review");
        Assert.Contains($"(1 van {leden.Count} afgerond)", stand.QuerySelector("#reviewers-kop")!.TextContent);
        Assert.Equal("ja, op 1 maart 2025 om 10:00", stand.QuerySelector($"#reviewers tr[data-persoon='{eerste.Id}'] td:last-child")!.TextContent.Trim());
        Assert.Equal("nog niet", stand.QuerySelector($"#reviewers tr[data-persoon='{leden[1].Id}'] td:last-child")!.TextContent.Trim());
        Assert.Null(stand.QuerySelector("#verschil-sinds-review"));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string>(), "form[action*=Concept]")).StatusCode);
        Assert.Equal(
            "/rapportage/2024/verschil?van=1&naar=2",
            (await bureau.PaginaAsync("/rapportage/2024/review")).QuerySelector("#verschil-sinds-review")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Herinneringen_voor_de_deadline_en_een_escalatie_naar_Bureau_erna_alleen_voor_wie_nog_niet_klaar_is()
    {
        using var bureau = await BureauAsync(Fabriek);
        var review = new Dictionary<string, string> { ["Deadline"] = "2025-03-15" };
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync("/rapportage/2024", review, "form.idc-review")).StatusCode);
        var leden = await WerkgroepledenAsync();
        using (var lid = Fabriek.NieuweSessie())
        {
            await lid.AanmeldenAlsAsync(leden[0].Id);
            await lid.VerstuurFormulierAsync(
                await TaakAsync(lid, Taaktitel),
                new Dictionary<string, string> { ["Velden[Gelezen]"] = "true" },
                "form[action*=Voltooien]");
        }

        var verwerker = Fabriek.Services.GetRequiredService<Verwerker>();
        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 11, 12, 0, 0, TimeSpan.FromHours(1)));
        await verwerker.RondeAsync(default);
        Assert.Equal(0, await BerichtenAsync("Herinnering: " + Taaktitel));

        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 12, 18, 0, 0, TimeSpan.FromHours(1)));
        await verwerker.RondeAsync(default);
        Assert.Equal(leden.Count - 1, await BerichtenAsync("Herinnering: " + Taaktitel));
        Assert.Equal(0, await BerichtenAsync("Escalatie: " + Taaktitel));

        Fabriek.Klok.Zet(new DateTimeOffset(2025, 3, 16, 18, 0, 0, TimeSpan.FromHours(1)));
        await verwerker.RondeAsync(default);
        Assert.True(await BerichtenAsync("Escalatie: " + Taaktitel) >= leden.Count - 1);
        using var later = await BureauAsync(Fabriek);
        Assert.Contains("gesloten", (await later.PaginaAsync("/rapportage/2024/review")).QuerySelector("#review-status")!.TextContent);
    }

    [Fact]
    public async Task Een_tweede_review_terwijl_er_een_loopt_wordt_geweigerd_en_taken_aanmaken_geeft_geen_tweede_taak()
    {
        using var bureau = await BureauAsync(Fabriek);
        var review = new Dictionary<string, string> { ["Deadline"] = "2025-03-15" };
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync("/rapportage/2024", review, "form.idc-review")).StatusCode);

        var tweede = await HttpSessie.LeesAsync(await bureau.VerstuurFormulierAsync(
            "/rapportage/2024",
            new Dictionary<string, string> { ["Deadline"] = "2025-03-20" },
            "form.idc-review"));
        Assert.Equal(
            "Invoerfout: Er loopt al een review tot en met 15 maart 2025; start een nieuwe review na die deadline.",
            HttpSessie.FoutBijVeld(tweede, "Deadline"));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string>(), "form.idc-reviewtaken")).StatusCode);

        using var lid = Fabriek.NieuweSessie();
        await lid.AanmeldenAlsAsync((await WerkgroepledenAsync())[0].Id);
        var inbox = await lid.PaginaAsync("/taken");
        Assert.Single(inbox.QuerySelectorAll("tr.idc-taakrij"), r => r.TextContent.Contains(Taaktitel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_afronding_die_twee_keer_binnenkomt_telt_eenmaal_en_een_onbekende_ronde_blijft_een_incident()
    {
        using var bureau = await BureauAsync(Fabriek);
        var review = new Dictionary<string, string> { ["Deadline"] = "2025-03-15" };
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.VerstuurFormulierAsync("/rapportage/2024", review, "form.idc-review")).StatusCode);
        var lid = (await WerkgroepledenAsync())[0];
        var afgerond = new ReviewAfgerond(2024, 1, lid.Id, lid.Naam, Fabriek.Klok.GetUtcNow());

        var aantal = await Fabriek.MetDienstAsync(async s =>
        {
            var handler = s.GetServices<IIntegratieHandler<ReviewAfgerond>>().Single();
            await handler.VerwerkAsync("taak:een", afgerond, CancellationToken.None);
            await handler.VerwerkAsync("taak:een", afgerond, CancellationToken.None);
            return await s.GetRequiredService<RapportageDbContext>().Reviewafrondingen.CountAsync();
        });
        Assert.Equal(1, aantal);

        var onbekend = new ReviewAfgerond(2024, 9, lid.Id, lid.Naam, Fabriek.Klok.GetUtcNow());
        await Assert.ThrowsAsync<InvalidOperationException>(() => Fabriek.MetDienstAsync(async s =>
        {
            await s.GetServices<IIntegratieHandler<ReviewAfgerond>>().Single().VerwerkAsync("taak:twee", onbekend, CancellationToken.None);
            return 0;
        }));
    }

    private Task<IReadOnlyList<PersoonGegevens>> WerkgroepledenAsync() => Fabriek.MetDienstAsync(async s =>
        (IReadOnlyList<PersoonGegevens>)(await s.GetRequiredService<IOrganisatieQueries>().RolhoudersAsync(Rol.WerkgroepLid, Fabriek.Klok.Vandaag()))
            .Select(r => r.Persoon).DistinctBy(p => p.Id).ToList());

    private static async Task BlokAsync(HttpSessie bureau, string tekst)
    {
        var pad = "/rapportage/2024/blok?sleutel=samenvatting";
        var velden = HttpSessie.FormulierVelden(await bureau.PaginaAsync(pad));
        velden["Tekst"] = tekst;
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.Client.PostAsync(pad, new FormUrlEncodedContent(velden))).StatusCode);
    }

    /// <summary>Signs in anew: the clock moved past the lifetime of the earlier sign-in.</summary>
    private async Task<int> BerichtenAsync(string onderwerp)
    {
        using var bureau = await BureauAsync(Fabriek);
        return (await bureau.PaginaAsync("/berichten")).QuerySelectorAll("tr.idc-berichtregel").Count(r => r.TextContent.Contains(
            onderwerp,
            StringComparison.Ordinal));
    }
}

public sealed class ReviewtakenTests_Sqlite(SqliteFabriek fabriek) : ReviewtakenTests<SqliteFabriek>(fabriek);

public sealed class ReviewtakenTests_Postgres(PostgresFabriek fabriek) : ReviewtakenTests<PostgresFabriek>(fabriek);
