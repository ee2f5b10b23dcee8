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
/// Moving a planned duidingsgesprek (ADR 0029): the extra participants are mailed when it is planned; the accounthouder
/// moves it with Dutch errors per field and a version token; the invitation keeps its UID with SEQUENCE one higher and
/// goes by mail to the clusterdirecteur and every participant; who is taken off hears it; after the outcome it stays.
/// </summary>
public abstract class GesprekVerplaatsenTests<TFabriek>(TFabriek fabriek) : ProviderTests<TFabriek>(fabriek) where TFabriek : IdCyclusFabriek
{
    private const string Cluster = "sociaal";

    [Fact]
    public async Task De_accounthouder_verplaatst_het_gesprek_en_iedereen_krijgt_de_nieuwe_uitnodiging_met_dezelfde_UID()
    {
        await Rapportage.RapportageTestdata.PublicerenAsync(Fabriek);
        using var bureau = await BureauAsync(Fabriek);
        var gestart = await bureau.VerstuurFormulierAsync("/cyclus/2024/duidingsgesprekken", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        var accounthouder = await Fabriek.RolhouderAsync(Rol.Accounthouder, cluster: Cluster);
        using var ah = Fabriek.NieuweSessie();
        await ah.AanmeldenAlsAsync(accounthouder.Persoon.Id);
        var taak = await PlantaakAsync();
        var fout = await HttpSessie.LeesAsync(await ah.VerstuurFormulierAsync($"/taken/{taak.Id}", Planning("2025-03-10", "staf@amsterdam.nl\nniet-goed"),
            "form[action*=Voltooien]"));
        Assert.Equal("Invoerfout: Regel 2: ‘niet-goed’ is geen e-mailadres; zet één e-mailadres per regel, zoals naam@amsterdam.nl.",
            HttpSessie.FoutBijVeld(fout, "Velden_Deelnemers"));
        Assert.Equal(HttpStatusCode.Redirect, (await ah.VerstuurFormulierAsync($"/taken/{taak.Id}",
            Planning("2025-03-10", "staf@amsterdam.nl\nadviseur@amsterdam.nl"), "form[action*=Voltooien]")).StatusCode);
        await BezorgAsync();
        var mails = await MailsAsync();
        Assert.Contains(mails, m => m.OntvangerAdres == "staf@amsterdam.nl" && m.Onderwerp.StartsWith("Uitnodiging: duidingsgesprek", StringComparison.Ordinal)
            && m.Tekst.Contains($"/duidingsgesprekken/{taak.InstantieId}/uitnodiging.ics", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.OntvangerAdres == "adviseur@amsterdam.nl");
        var clusterdirecteur = await Fabriek.RolhouderAsync(Rol.Clusterdirecteur, cluster: Cluster);
        // Besides the workflow's message the clusterdirecteur gets the invitation itself, with the ICS attached (ADR 0027).
        var eerste = Assert.Single(mails, m => m.OntvangerAdres == clusterdirecteur.Persoon.Email
            && m.Onderwerp.StartsWith("Uitnodiging: duidingsgesprek Voortgangsrapportage 2024 –", StringComparison.Ordinal));
        Assert.Equal(("REQUEST", 0), (Calendar.Load(eerste.Bijlage!.Inhoud)!.Method, Calendar.Load(eerste.Bijlage.Inhoud)!.Events.Single().Sequence));

        var gesprek = $"/duidingsgesprekken/{taak.InstantieId}";
        Assert.NotNull((await ah.PaginaAsync(gesprek)).QuerySelector("#verplaatsen-link"));
        var verouderd = HttpSessie.FormulierVelden(await ah.PaginaAsync($"{gesprek}/verplaatsen"));
        var leeg = await HttpSessie.LeesAsync(await ah.VerstuurFormulierAsync($"{gesprek}/verplaatsen",
            new Dictionary<string, string> { ["Datum"] = "", ["Eindtijd"] = "09:00", ["Deelnemers"] = "staf@amsterdam.nl, x@" }));
        Assert.Equal("Invoerfout: Vul de datum van het gesprek in.", HttpSessie.FoutBijVeld(leeg, "Datum"));
        Assert.Equal("Invoerfout: De eindtijd ligt niet na de begintijd.", HttpSessie.FoutBijVeld(leeg, "Eindtijd"));
        Assert.Contains("Regel 1, adres 2: ‘x@’", HttpSessie.FoutBijVeld(leeg, "Deelnemers"), StringComparison.Ordinal);
        Assert.Equal("09:00", leeg.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Eindtijd")!.Value);

        var verplaatst = await ah.VerstuurFormulierAsync($"{gesprek}/verplaatsen", new Dictionary<string, string>
        {
            ["Datum"] = "2025-03-17", ["Begintijd"] = "14:00", ["Eindtijd"] = "15:00", ["Locatie"] = "Teams",
            ["Deelnemers"] = "staf@amsterdam.nl\nnieuw@amsterdam.nl",
        });
        Assert.Equal(HttpStatusCode.Redirect, verplaatst.StatusCode);
        Assert.Contains("maandag 17 maart 2025, 14:00–15:00, Teams", (await ah.PaginaAsync(gesprek)).QuerySelector("main")!.TextContent,
            StringComparison.Ordinal);
        var afspraak = Calendar.Load(await (await ah.GetAsync($"{gesprek}/uitnodiging.ics")).Content.ReadAsStringAsync())!.Events.Single();
        Assert.Equal(($"duidingsgesprek-{taak.InstantieId:N}@idcyclus.amsterdam.nl", 1), (afspraak.Uid, afspraak.Sequence));
        Assert.Equal(new DateTime(2025, 3, 17, 13, 0, 0), afspraak.DtStart!.Value);

        // A second person who opened the form before the move gets the conflict message; nothing is overwritten.
        verouderd["Datum"] = "2025-03-20";
        var conflict = await HttpSessie.LeesAsync(await ah.Client.PostAsync($"{gesprek}/verplaatsen", new FormUrlEncodedContent(verouderd)));
        Assert.Contains(SerieelUitvoeren.ConflictMelding, conflict.QuerySelector("#foutenoverzicht")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-03-20", conflict.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Datum")!.Value);
        Assert.Equal(1, Calendar.Load(await (await ah.GetAsync($"{gesprek}/uitnodiging.ics")).Content.ReadAsStringAsync())!.Events.Single().Sequence);

        await BezorgAsync();
        await BezorgAsync();
        mails = await MailsAsync();
        foreach (var adres in new[] { clusterdirecteur.Persoon.Email, "staf@amsterdam.nl", "nieuw@amsterdam.nl" })
        {
            var mail = Assert.Single(mails, m => m.OntvangerAdres == adres && m.Onderwerp.StartsWith("Gewijzigd: duidingsgesprek", StringComparison.Ordinal));
            Assert.Contains("maandag 17 maart 2025, 14:00–15:00, Teams", mail.Tekst, StringComparison.Ordinal);
        }

        var afgemeld = Assert.Single(mails, m => m.OntvangerAdres == "adviseur@amsterdam.nl" && m.Onderwerp.StartsWith("Afgemeld", StringComparison.Ordinal));
        var afmelding = Calendar.Load(afgemeld.Bijlage!.Inhoud)!;
        Assert.Equal(("CANCEL", 1), (afmelding.Method, afmelding.Events.Single().Sequence));
        Assert.Equal(["mailto:adviseur@amsterdam.nl"], afmelding.Events.Single().Attendees.Select(d => d.Value!.ToString()));
        var gewijzigd = Assert.Single(mails, m => m.OntvangerAdres == "nieuw@amsterdam.nl" && m.Onderwerp.StartsWith("Gewijzigd", StringComparison.Ordinal));
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", gewijzigd.Bijlage!.Inhoudstype);
        using var cd = Fabriek.NieuweSessie();
        await cd.AanmeldenAlsAsync(clusterdirecteur.Persoon.Id);
        Assert.Null((await cd.PaginaAsync(gesprek)).QuerySelector("#verplaatsen-link"));
        HttpSessie.AssertGeenToegang(await cd.GetAsync($"{gesprek}/verplaatsen"));

        var uitkomst = await Fabriek.MetDienstAsync(async s => (await s.GetRequiredService<IWorkflowLezer>()
            .TakenAsync(new TaakVraag { Bereik = Cluster }, default)).Single(t => t.StapId == "duidingsgesprek-uitkomst"));
        Assert.Equal(HttpStatusCode.Redirect, (await ah.VerstuurFormulierAsync($"/taken/{uitkomst.Id}",
            new Dictionary<string, string> { ["Velden[Uitkomst]"] = "Goed gesprek." }, "form[action*=Voltooien]")).StatusCode);
        Assert.Null((await ah.PaginaAsync(gesprek)).QuerySelector("#verplaatsen-link"));
        Assert.Equal(HttpStatusCode.Redirect, (await ah.GetAsync($"{gesprek}/verplaatsen")).StatusCode);
    }

    private static Dictionary<string, string> Planning(string datum, string deelnemers) => new()
    {
        ["Velden[Datum]"] = datum, ["Velden[Begintijd]"] = "10:00", ["Velden[Eindtijd]"] = "11:30", ["Velden[Locatie]"] = "Stadhuis",
        ["Velden[Deelnemers]"] = deelnemers,
    };

    private Task<WorkflowTaak> PlantaakAsync() => Fabriek.MetDienstAsync(async s =>
        (await s.GetRequiredService<IWorkflowLezer>().TakenAsync(new TaakVraag { Bereik = Cluster, OokAfgerond = true }, default))
            .Single(t => t.StapId == "duidingsgesprek-plannen"));

    private Task BezorgAsync() => Fabriek.MetDienstAsync(s => s.GetRequiredService<WorkflowMotor>().BezorgGebeurtenissenAsync(default));

    private Task<IReadOnlyList<WorkflowBericht>> MailsAsync() =>
        Fabriek.MetDienstAsync(s => s.GetRequiredService<IWorkflowLezer>().BerichtenAsync(new BerichtVraag(BerichtKanaal.Mail), default));
}

public sealed class GesprekVerplaatsenTests_Sqlite(SqliteFabriek fabriek) : GesprekVerplaatsenTests<SqliteFabriek>(fabriek);

public sealed class GesprekVerplaatsenTests_Postgres(PostgresFabriek fabriek) : GesprekVerplaatsenTests<PostgresFabriek>(fabriek);
