using System.Net;
using AngleSharp.Dom;
using Ical.Net;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Persistence;
using IdCyclus.Tests.Integration.Infrastructuur;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Cyclus;

/// <summary>
/// Cancelling a planned duidingsgesprek (ADR 0027): a reason is required; only the accounthouder or Bureau; a stale
/// version is a conflict; the ICS becomes METHOD:CANCEL with the same UID and SEQUENCE one up, attached to a
/// "Geannuleerd" mail for the clusterdirecteur and every participant; the outcome waits and the feed drops it; planned
/// again with the old fields it is a REQUEST once more; cancelling twice or after the outcome is refused.
/// </summary>
public abstract class GesprekAnnulerenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Cluster = "sociaal";

    [Fact]
    public async Task De_accounthouder_annuleert_met_reden_iedereen_krijgt_de_afzegging_en_plant_het_gesprek_opnieuw()
    {
        await Rapportage.RapportageTestdata.PublicerenAsync(Fabriek);
        using var bureau = await BureauAsync(Fabriek);
        var gestart = await bureau.VerstuurFormulierAsync("/cyclus/2024/duidingsgesprekken", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        var accounthouder = await Fabriek.RolhouderAsync(Rol.Accounthouder, cluster: Cluster);
        using var ah = Fabriek.NieuweSessie();
        await ah.AanmeldenAlsAsync(accounthouder.Persoon.Id);
        var taak = await PlantaakAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ah.VerstuurFormulierAsync($"/taken/{taak.Id}", new Dictionary<string, string>
        {
            ["Velden[Datum]"] = "2025-03-10", ["Velden[Begintijd]"] = "10:00", ["Velden[Eindtijd]"] = "11:30", ["Velden[Locatie]"] = "Stadhuis",
            ["Velden[Deelnemers]"] = "staf@amsterdam.nl",
        }, "form[action*=Voltooien]")).StatusCode);
        await BezorgAsync();
        var uitnodiging = Assert.Single(await MailsAsync(), m => m.OntvangerAdres == "staf@amsterdam.nl");
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", uitnodiging.Bijlage!.Inhoudstype);

        var gesprek = $"/duidingsgesprekken/{taak.InstantieId}";
        Assert.NotNull((await ah.PaginaAsync(gesprek)).QuerySelector("#annuleren-link"));
        var clusterdirecteur = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: Cluster);
        using var cd = Fabriek.NieuweSessie();
        await cd.AanmeldenAlsAsync(clusterdirecteur.Persoon.Id);
        Assert.Null((await cd.PaginaAsync(gesprek)).QuerySelector("#annuleren-link"));
        HttpSessie.AssertGeenToegang(await cd.GetAsync($"{gesprek}/annuleren"));
        var feed = new Uri((await HttpSessie.LeesAsync(await cd.VerstuurFormulierAsync("/agenda", new Dictionary<string, string>(), "form[action*=Maken]")))
            .QuerySelector("#agendalink")!.GetAttribute("value")!).PathAndQuery;
        Assert.Contains((await FeedAsync(feed)).Events, e => e.Uid == $"duidingsgesprek-{taak.InstantieId:N}@idcyclus.amsterdam.nl");
        var formulier = HttpSessie.FormulierVelden(await ah.PaginaAsync($"{gesprek}/annuleren"));
        formulier["Reden"] = "Geen reden";
        // The clusterdirecteur's own antiforgery token (from a page of theirs), so it is the access rule that refuses.
        var alsClusterdirecteur = new Dictionary<string, string>(formulier)
        {
            ["__RequestVerificationToken"] = HttpSessie.Token(await cd.PaginaAsync("/agenda")),
        };
        HttpSessie.AssertGeenToegang(await cd.Client.PostAsync($"{gesprek}/annuleren", new FormUrlEncodedContent(alsClusterdirecteur)));
        Assert.Equal(0, await VolgnummerAsync(ah, gesprek));

        var leeg = await HttpSessie.LeesAsync(await ah.VerstuurFormulierAsync($"{gesprek}/annuleren", new Dictionary<string, string> { ["Reden"] = "  " }));
        Assert.Equal("Invoerfout: Vul de reden van de annulering in; de deelnemers lezen die in de afzegging.", HttpSessie.FoutBijVeld(leeg, "Reden"));
        Assert.Equal(0, await VolgnummerAsync(ah, gesprek));

        var geannuleerd = await ah.VerstuurFormulierAsync($"{gesprek}/annuleren",
            new Dictionary<string, string> { ["Reden"] = "De clusterdirecteur is die week met verlof." });
        Assert.Equal(HttpStatusCode.Redirect, geannuleerd.StatusCode);
        var pagina = await ah.PaginaAsync(gesprek);
        Assert.Contains("De clusterdirecteur is die week met verlof.", pagina.QuerySelector("#annulering")!.TextContent, StringComparison.Ordinal);
        Assert.Null(pagina.QuerySelector("#annuleren-link"));
        Assert.Equal("Gesprek opnieuw plannen", pagina.QuerySelector("#verplaatsen-link")!.TextContent.Trim());
        Assert.Contains("geannuleerd", (await ah.PaginaAsync("/duidingsgesprekken")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var afzegging = Calendar.Load(await (await cd.GetAsync($"{gesprek}/uitnodiging.ics")).Content.ReadAsStringAsync())!;
        Assert.Equal("CANCEL", afzegging.Method);
        Assert.Equal(($"duidingsgesprek-{taak.InstantieId:N}@idcyclus.amsterdam.nl", 1, "CANCELLED"),
            (afzegging.Events.Single().Uid, afzegging.Events.Single().Sequence, afzegging.Events.Single().Status));

        // The same form again (its version is now stale) and a fresh second cancellation: both refused, nothing changes.
        var conflict = await HttpSessie.LeesAsync(await ah.Client.PostAsync($"{gesprek}/annuleren", new FormUrlEncodedContent(formulier)));
        Assert.Contains("al geannuleerd", conflict.QuerySelector("#foutenoverzicht")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ah.GetAsync($"{gesprek}/annuleren")).StatusCode);

        await BezorgAsync();
        await BezorgAsync();
        var mails = await MailsAsync();
        foreach (var adres in new[] { clusterdirecteur.Persoon.Email, "staf@amsterdam.nl" })
        {
            var mail = Assert.Single(mails, m => m.OntvangerAdres == adres && m.Onderwerp.StartsWith("Geannuleerd: duidingsgesprek", StringComparison.Ordinal));
            Assert.Contains("De clusterdirecteur is die week met verlof.", mail.Tekst, StringComparison.Ordinal);
            Assert.Contains($"{gesprek}/uitnodiging.ics", mail.Tekst, StringComparison.Ordinal);
            Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", mail.Bijlage!.Inhoudstype);
            var bijlage = Calendar.Load(mail.Bijlage.Inhoud)!;
            Assert.Equal(("CANCEL", 1), (bijlage.Method, bijlage.Events.Single().Sequence));
        }

        // The outcome waits for a conversation that takes place; the clusterdirecteur's feed no longer shows it.
        var uitkomst = await Fabriek.MetDienstAsync(async s => (await s.GetRequiredService<IWorkflowLezer>()
            .TakenAsync(new TaakVraag { Bereik = Cluster }, default)).Single(t => t.StapId == "duidingsgesprek-uitkomst"));
        var geweigerd = await HttpSessie.LeesAsync(await ah.VerstuurFormulierAsync($"/taken/{uitkomst.Id}",
            new Dictionary<string, string> { ["Velden[Uitkomst]"] = "Goed gesprek." }, "form[action*=Voltooien]"));
        Assert.Contains("Het duidingsgesprek is geannuleerd. Plan het opnieuw", geweigerd.QuerySelector("#foutenoverzicht")!.TextContent,
            StringComparison.Ordinal);
        Assert.DoesNotContain((await FeedAsync(feed)).Events, e => e.Uid == afzegging.Events.Single().Uid);

        // Planned again: the old fields are prefilled, the invitation is a REQUEST again with SEQUENCE 2.
        var opnieuw = HttpSessie.FormulierVelden(await ah.PaginaAsync($"{gesprek}/verplaatsen"));
        Assert.Equal(("2025-03-10", "Stadhuis"), (opnieuw["Datum"], opnieuw["Locatie"]));
        opnieuw["Datum"] = "2025-03-24";
        Assert.Equal(HttpStatusCode.Redirect, (await ah.Client.PostAsync($"{gesprek}/verplaatsen", new FormUrlEncodedContent(opnieuw))).StatusCode);
        var weer = Calendar.Load(await (await ah.GetAsync($"{gesprek}/uitnodiging.ics")).Content.ReadAsStringAsync())!;
        Assert.Equal(("REQUEST", 2, "CONFIRMED"), (weer.Method, weer.Events.Single().Sequence, weer.Events.Single().Status));

        // A stale cancel form after that move: the house conflict message, and the conversation stands.
        var verouderd = HttpSessie.FormulierVelden(await ah.PaginaAsync($"{gesprek}/annuleren"));
        verouderd["Reden"] = "Toch niet.";
        Assert.Equal(HttpStatusCode.Redirect, (await ah.Client.PostAsync($"{gesprek}/verplaatsen",
            new FormUrlEncodedContent(new Dictionary<string, string>(opnieuw) { ["Versie"] = HttpSessie.FormulierVelden(
                await ah.PaginaAsync($"{gesprek}/verplaatsen"))["Versie"], ["Locatie"] = "Teams" }))).StatusCode);
        var botsing = await HttpSessie.LeesAsync(await ah.Client.PostAsync($"{gesprek}/annuleren", new FormUrlEncodedContent(verouderd)));
        Assert.Contains(SerieelUitvoeren.ConflictMelding, botsing.QuerySelector("#foutenoverzicht")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Toch niet.", botsing.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Reden")!.Value.Trim());
        Assert.Equal(3, await VolgnummerAsync(ah, gesprek));

        // After the outcome the conversation took place: no cancelling any more.
        var laatste = HttpSessie.FormulierVelden(await ah.PaginaAsync($"{gesprek}/annuleren"));
        Assert.Equal(HttpStatusCode.Redirect, (await ah.VerstuurFormulierAsync($"/taken/{uitkomst.Id}",
            new Dictionary<string, string> { ["Velden[Uitkomst]"] = "Goed gesprek." }, "form[action*=Voltooien]")).StatusCode);
        Assert.Null((await ah.PaginaAsync(gesprek)).QuerySelector("#annuleren-link"));
        laatste["Reden"] = "Te laat.";
        var telaat = await HttpSessie.LeesAsync(await ah.Client.PostAsync($"{gesprek}/annuleren", new FormUrlEncodedContent(laatste)));
        Assert.Contains("De uitkomst van dit gesprek is al vastgelegd", telaat.QuerySelector("#foutenoverzicht")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, await VolgnummerAsync(ah, gesprek));
    }

    private async Task<Calendar> FeedAsync(string link)
    {
        using var outlook = Fabriek.NieuweSessie();
        return Calendar.Load(await (await outlook.GetAsync(link)).Content.ReadAsStringAsync())!;
    }

    private static async Task<int> VolgnummerAsync(HttpSessie sessie, string gesprek) =>
        Calendar.Load(await (await sessie.GetAsync($"{gesprek}/uitnodiging.ics")).Content.ReadAsStringAsync())!.Events.Single().Sequence;

    private Task<WorkflowTaak> PlantaakAsync() => Fabriek.MetDienstAsync(async s =>
        (await s.GetRequiredService<IWorkflowLezer>().TakenAsync(new TaakVraag { Bereik = Cluster, OokAfgerond = true }, default))
            .Single(t => t.StapId == "duidingsgesprek-plannen"));

    private Task BezorgAsync() => Fabriek.MetDienstAsync(s => s.GetRequiredService<WorkflowMotor>().BezorgGebeurtenissenAsync(default));

    private Task<IReadOnlyList<WorkflowBericht>> MailsAsync() =>
        Fabriek.MetDienstAsync(s => s.GetRequiredService<IWorkflowLezer>().BerichtenAsync(new BerichtVraag(BerichtKanaal.Mail), default));
}

public sealed class GesprekAnnulerenTests_Sqlite(SqliteFabriek fabriek) : GesprekAnnulerenTests<SqliteFabriek>(fabriek);

public sealed class GesprekAnnulerenTests_Postgres(PostgresFabriek fabriek) : GesprekAnnulerenTests<PostgresFabriek>(fabriek);
