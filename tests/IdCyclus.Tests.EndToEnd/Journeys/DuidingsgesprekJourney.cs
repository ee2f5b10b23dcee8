using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static IdCyclus.Tests.EndToEnd.Infrastructuur.Demoaanmelding;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

/// <summary>
/// Duidingsgesprekken and the calendar feed in a real browser, with an axe scan of every page (ADR 0025): Bureau makes
/// the 2024 report definitive, publishes it and starts the duidingsgesprekken; an accounthouder plans a conversation
/// (first with an error), downloads the invitation and makes a calendar link that Outlook could fetch; then moves it and
/// cancels it (ADR 0027, 0029), and the participant's mail carries the cancellation as a text/calendar attachment.
/// </summary>
[Collection(DuidingAppCollectie.Naam)]
public sealed class DuidingsgesprekJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    [Fact(DisplayName = "Bureau start de duidingsgesprekken, een accounthouder plant er een, downloadt de uitnodiging, maakt een agendalink, "
                        + "verplaatst en annuleert het gesprek; de afzegging komt als ICS-bijlage aan")]
    public async Task Accounthouder_plant_het_duidingsgesprek_en_abonneert_zich_op_de_agenda()
    {
        SetDefaultExpectTimeout(20_000);
        var controle = new PaginaControle(app, "duiding");
        await using var bureauContext = await browser.NieuweContextAsync(app);
        var bureau = await bureauContext.NewPageAsync();
        await using var ahContext = await browser.NieuweContextAsync(app);
        var ah = await ahContext.NewPageAsync();
        try
        {
            await MeldAanAsync(bureau, new Regex(@"^\s*Projectleider"));
            await bureau.GotoAsync("/cyclus/2024/duidingsgesprekken");
            await Expect(bureau.Locator("main")).ToContainTextAsync("nog niet gepubliceerd");
            await controle.ControleerAsync(bureau, "start-voor-publicatie");
            await PublicerenAsync(bureau);

            await bureau.GotoAsync("/cyclus/2024/duidingsgesprekken");
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Duidingsgesprekken starten" }).ClickAsync();
            await Expect(bureau.GetByRole(AriaRole.Status)).ToContainTextAsync("De duidingsgesprekken 2024 zijn gestart");
            await controle.ControleerAsync(bureau, "gestart");

            await MeldAanAsync(ah, new Regex(@"^\s*Accounthouder"));
            await Menu(ah, "Mijn taken").ClickAsync();
            await ah.GetByRole(AriaRole.Link, new() { Name = "Plan het duidingsgesprek met de clusterdirecteur", Exact = true }).First.ClickAsync();
            await controle.ControleerAsync(ah, "plantaak");
            await ah.GetByRole(AriaRole.Button, new() { Name = "Gesprek plannen" }).ClickAsync();
            await Expect(ah.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul de datum van het gesprek in.");
            await controle.ControleerAsync(ah, "plantaak-fouten");

            var dag = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await ah.Locator("#Velden_Datum").FillAsync(dag);
            await ah.Locator("#Velden_Begintijd").FillAsync("10:00");
            await ah.Locator("#Velden_Eindtijd").FillAsync("11:00");
            await ah.GetByLabel("Plaats of link").FillAsync("Stadhuis, kamer 2.14");
            await ah.GetByLabel("Andere deelnemers").FillAsync(Deelnemer);
            await ah.GetByRole(AriaRole.Button, new() { Name = "Gesprek plannen" }).ClickAsync();
            await Expect(ah.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");

            await Menu(ah, "Duidingsgesprekken").ClickAsync();
            await controle.ControleerAsync(ah, "mijn-gesprekken");
            await ah.Locator("main tr").Filter(new() { HasText = "Stadhuis, kamer 2.14" }).Locator("td:nth-child(2) a").ClickAsync();
            await Expect(ah.Locator("main")).ToContainTextAsync("Stadhuis, kamer 2.14");
            await controle.ControleerAsync(ah, "gesprek");
            var gesprek = ah.Url;
            var download = await ah.RunAndWaitForDownloadAsync(() => ah.Locator("#ics-link").ClickAsync());
            var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
            Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
            Assert.Contains("METHOD:REQUEST\r\n", ics, StringComparison.Ordinal);
            Assert.Contains("LOCATION:Stadhuis\\, kamer 2.14", ics, StringComparison.Ordinal);

            await Menu(ah, "Mijn agenda").ClickAsync();
            await controle.ControleerAsync(ah, "agenda");
            await ah.GetByRole(AriaRole.Button, new() { Name = "Agendalink maken" }).ClickAsync();
            var link = await ah.Locator("#agendalink").InputValueAsync();
            await controle.ControleerAsync(ah, "agenda-link");
            await using var outlook = await browser.Browser.NewContextAsync(new() { IgnoreHTTPSErrors = true });
            var feed = await outlook.APIRequest.GetAsync(link);
            Assert.Equal(200, feed.Status);
            var inhoud = await feed.TextAsync();
            Assert.Contains("METHOD:PUBLISH", inhoud, StringComparison.Ordinal);
            var ontvouwen = inhoud.Replace("\r\n ", "", StringComparison.Ordinal);
            Assert.Contains("Deadline: Leg de uitkomst van het duidingsgesprek vast", ontvouwen, StringComparison.Ordinal);

            await VerplaatsEnAnnuleerAsync(ah, controle, gesprek, dag);
            await OpnieuwPlannenEnUitkomstVastleggenAsync(ah, controle, gesprek);
        }
        catch
        {
            uitvoer.WriteLine($"Bureau op {bureau.Url}, accounthouder op {ah.Url}");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }

    /// <summary>
    /// From the conversation page: move it (a day later, Teams), then cancel it, first without a reason; each page axe-clean.
    /// The extra participant gets the cancellation with the ICS attached (METHOD:CANCEL, the conversation's UID, SEQUENCE 2).
    /// </summary>
    private async Task VerplaatsEnAnnuleerAsync(IPage ah, PaginaControle controle, string gesprek, string dag)
    {
        await ah.GotoAsync(gesprek);
        await ah.Locator("#verplaatsen-link").ClickAsync();
        await Expect(ah.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("verplaatsen");
        await controle.ControleerAsync(ah, "verplaatsen");
        await ah.GetByLabel("Plaats of link").FillAsync("");
        await ah.GetByRole(AriaRole.Button, new() { Name = "Gesprek verplaatsen en uitnodiging versturen" }).ClickAsync();
        await Expect(ah.Locator("#foutenoverzicht")).ToContainTextAsync("Vul de plaats van het gesprek in");
        await controle.ControleerAsync(ah, "verplaatsen-fouten");
        await ah.Locator("#Datum").FillAsync(DateOnly.ParseExact(dag, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(1)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await ah.GetByLabel("Plaats of link").FillAsync("Teams");
        await ah.GetByRole(AriaRole.Button, new() { Name = "Gesprek verplaatsen en uitnodiging versturen" }).ClickAsync();
        await Expect(ah.GetByRole(AriaRole.Status)).ToContainTextAsync("Het gesprek is verplaatst.");
        await Expect(ah.Locator("#stand")).ToContainTextAsync("Teams");

        await ah.Locator("#annuleren-link").ClickAsync();
        await Expect(ah.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("annuleren");
        await controle.ControleerAsync(ah, "annuleren");
        await ah.GetByRole(AriaRole.Button, new() { Name = "Gesprek annuleren en afzegging versturen" }).ClickAsync();
        await Expect(ah.Locator("#foutenoverzicht")).ToContainTextAsync("Vul de reden van de annulering in");
        await controle.ControleerAsync(ah, "annuleren-fouten");
        await ah.GetByLabel("Reden van de annulering").FillAsync("De clusterdirecteur is die week met verlof.");
        await ah.GetByRole(AriaRole.Button, new() { Name = "Gesprek annuleren en afzegging versturen" }).ClickAsync();
        await Expect(ah.GetByRole(AriaRole.Status)).ToContainTextAsync("Het gesprek is geannuleerd.");
        await Expect(ah.Locator("#annulering")).ToContainTextAsync("De clusterdirecteur is die week met verlof.");
        await Expect(ah.Locator("#verplaatsen-link")).ToHaveTextAsync("Gesprek opnieuw plannen");
        await controle.ControleerAsync(ah, "geannuleerd");

        var uid = $"duidingsgesprek-{Guid.Parse(new Uri(gesprek).Segments[^1]):N}@idcyclus.amsterdam.nl";
        var mail = await app.Maildev.WachtOpMailAsync(
            m => m.Subject.StartsWith("Geannuleerd: duidingsgesprek", StringComparison.Ordinal) && m.To.Any(t => t.Address == Deelnemer),
            $"met de afzegging aan {Deelnemer}", TimeSpan.FromSeconds(20));
        var bron = (await app.Maildev.BronAsync(mail.Id)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("De clusterdirecteur is die week met verlof.", mail.Text, StringComparison.Ordinal);
        Assert.Matches(@"(?i)content-type: text/calendar;\s*method=CANCEL", bron);
        var bijlage = Assert.Single(mail.Attachments ?? [], b => b.Inhoudstype == "text/calendar");
        var afzegging = (await app.Maildev.BijlageAsync(mail.Id, bijlage)).Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("METHOD:CANCEL\r\n", afzegging, StringComparison.Ordinal);
        Assert.Contains($"UID:{uid}\r\n", afzegging, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2\r\n", afzegging, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED\r\n", afzegging, StringComparison.Ordinal);
    }

    /// <summary>
    /// The cancelled conversation planned again (the move page, prefilled), then its outcome recorded with one agreement;
    /// the conversation page shows the outcome and the agreement, axe-clean.
    /// </summary>
    private static async Task OpnieuwPlannenEnUitkomstVastleggenAsync(IPage ah, PaginaControle controle, string gesprek)
    {
        await ah.GotoAsync(gesprek);
        await ah.Locator("#verplaatsen-link").ClickAsync();
        await ah.GetByRole(AriaRole.Button, new() { Name = "Gesprek opnieuw plannen en uitnodiging versturen" }).ClickAsync();
        await Expect(ah.GetByRole(AriaRole.Status)).ToContainTextAsync("Het gesprek is verplaatst.");
        await Expect(ah.Locator("#annulering")).ToHaveCountAsync(0);

        await Menu(ah, "Mijn taken").ClickAsync();
        await ah.GetByRole(AriaRole.Link, new() { Name = "Leg de uitkomst van het duidingsgesprek vast", Exact = true }).First.ClickAsync();
        await ah.GetByLabel("Uitkomst van het gesprek").FillAsync("De clusterdirecteur herkent het beeld.\nZij bespreekt het met elke directeur.");
        var eersteDirectie = await ah.Locator("#Velden_Afspraak1Directie option").Nth(1).GetAttributeAsync("value");
        await ah.Locator("#Velden_Afspraak1Directie").SelectOptionAsync(eersteDirectie!);
        await ah.Locator("#Velden_Afspraak1Soort").SelectOptionAsync("trekker");
        await ah.Locator("#Velden_Afspraak1Deadline").FillAsync(
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await ah.GetByRole(AriaRole.Button, new() { Name = "Taak afronden" }).ClickAsync();
        await Expect(ah.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");

        await ah.GotoAsync(gesprek);
        await Expect(ah.Locator("#uitkomst")).ToContainTextAsync("De clusterdirecteur herkent het beeld.");
        await Expect(ah.Locator("#afspraken")).ToContainTextAsync("Trekker met minimaal 8 uur per week benoemen");
        await controle.ControleerAsync(ah, "gesprek-uitkomst");
    }

    private const string Deelnemer = "clusterstaf.e2e@amsterdam.nl";

    /// <summary>Every text block through review to definitief, then publish: what Bureau does before the conversations.</summary>
    private static async Task PublicerenAsync(IPage bureau)
    {
        await bureau.GotoAsync("/rapportage/2024");
        var blokken = await bureau.Locator("a[href*='/rapportage/2024/blok?sleutel=']").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        foreach (var blok in blokken.Distinct())
        {
            await bureau.GotoAsync(blok);
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Naar review" }).ClickAsync();
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Definitief maken" }).ClickAsync();
            await Expect(bureau.GetByRole(AriaRole.Button, new() { Name = "Terug naar concept" })).ToBeVisibleAsync();
        }

        await bureau.GotoAsync("/rapportage/2024");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "Definitieve versie publiceren" }).ClickAsync();
        await Expect(bureau.GetByRole(AriaRole.Status).Filter(new() { HasText = "Definitieve versie" }).First).ToBeVisibleAsync();
    }

    private static ILocator Menu(IPage pagina, string naam) =>
        pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });
}

/// <summary>A host of its own: publishing the 2024 report and starting the conversations would change what other journeys find.</summary>
[CollectionDefinition(Naam)]
public sealed class DuidingAppCollectie : ICollectionFixture<AppProces>, ICollectionFixture<BrowserFixture>
{
    public const string Naam = "IdCyclus-app-duiding";
}
