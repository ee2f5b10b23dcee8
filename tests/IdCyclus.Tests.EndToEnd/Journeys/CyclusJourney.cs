using System.Diagnostics;
using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

/// <summary>
/// The first half of the yearly cycle in a real browser, with an axe scan of every page: Bureau publishes the 2025
/// questionnaire and starts the 2025 cycle; the accounthouder of DII plans and takes the interview of Data with one item
/// left open and submits it; Data's trekker confirms; the scores page shows Data's total as incomplete; and a directeur
/// without a trekker finds the appointment task.
/// </summary>
[Collection(CyclusAppCollectie.Naam)]
public sealed class CyclusJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    private static readonly TimeSpan AchtergrondMaximum = TimeSpan.FromSeconds(30);

    [Fact(DisplayName = "Bureau start de cyclus 2025, een interview met een ontbrekend antwoord wordt bevestigd en telt als onvolledig")]
    public async Task Cyclus_2025_van_start_tot_onvolledige_score()
    {
        var klok = Stopwatch.StartNew();
        // The background round fans out to every directie and mails hundreds of people while the journey clicks on;
        // on SQLite a completion can wait for that write, so the assertions allow for it.
        SetDefaultExpectTimeout(20_000);
        var controle = new PaginaControle(app, "cyclus");
        await using var bureauContext = await browser.NieuweContextAsync(app);
        var bureau = await bureauContext.NewPageAsync();
        try
        {
            // --- Bureau publishes the 2025 questionnaire as a copy of 2024 ------------------------------------------
            await bureau.GotoAsync("/aanmelden");
            await MeldAanAsync(bureau, controle, "bureau", new Regex(@"^\s*Projectleider"), null);
            await Menu(bureau, "Vragenlijsten").ClickAsync();
            await Expect(bureau.GetByRole(AriaRole.Heading, new() { Name = "Vragenlijsten", Level = 1 })).ToBeVisibleAsync();
            await controle.ControleerAsync(bureau, "vragenlijsten");
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Vragenlijst voor 2025 maken als kopie" }).ClickAsync();
            await Expect(bureau.Locator("#versiestatus")).ToContainTextAsync("Concept");
            await controle.ControleerAsync(bureau, "vragenlijst-2025-concept");
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Publiceren", Exact = true }).ClickAsync();
            await Expect(bureau.Locator("#versiestatus")).ToContainTextAsync("Gepubliceerd");

            // --- Bureau creates and starts the 2025 cycle ------------------------------------------------------------
            await Menu(bureau, "Cyclus").ClickAsync();
            await Expect(bureau.GetByRole(AriaRole.Heading, new() { Name = "Voortgangscyclus", Level = 1 })).ToBeVisibleAsync();
            await controle.ControleerAsync(bureau, "cycli");
            await bureau.GetByLabel("Jaar", new() { Exact = true }).FillAsync("2025");
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Cyclus aanmaken" }).ClickAsync();
            await Expect(bureau.GetByRole(AriaRole.Heading, new() { Name = "Voortgangscyclus 2025", Level = 1 })).ToBeVisibleAsync();
            await Expect(bureau.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("Mijlpalen van de cyclus 2025") }))
                .ToContainTextAsync("19 februari 2025");
            await controle.ControleerAsync(bureau, "cyclus-2025-tijdlijn");
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Cyclus starten" }).ClickAsync();
            await Expect(bureau.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("Waar staat elke directie") })).ToBeVisibleAsync();

            // --- Bureau confirms the preparation ---------------------------------------------------------------------
            await OpenTaakAsync(bureau, "Voorbereiding bevestigen", null);
            await controle.ControleerAsync(bureau, "voorbereiding");
            await bureau.Locator("#Velden_OrganisatieGecontroleerd").CheckAsync();
            await RondAfAsync(bureau, "Taak afronden");

            // --- The accounthouder of DII plans the interview of Data --------------------------------------------------
            await using var ahContext = await browser.NieuweContextAsync(app);
            var ah = await ahContext.NewPageAsync();
            await ah.GotoAsync("/aanmelden");
            await MeldAanAsync(ah, controle, "accounthouder", new Regex(@"^\s*Accounthouder"), new Regex("Digitalisering"));
            await OpenTaakAsync(ah, "Plan het interview", "Data");
            await controle.ControleerAsync(ah, "interview-plannen");
            await ah.GetByRole(AriaRole.Link, new() { Name = "Vragenlijst invullen" }).ClickAsync();
            await Expect(ah.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Interview 2025 — .*Data"), Level = 1 })).ToBeVisibleAsync();
            await ah.GetByLabel("Datum van het interview (niet verplicht)").FillAsync("2025-04-10");
            await ah.GetByLabel("Begintijd (niet verplicht)").FillAsync("14:30");
            await ah.GetByLabel("Respondenttype (niet verplicht)").SelectOptionAsync("trekker");
            await ah.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).ClickAsync();
            await Expect(ah.GetByRole(AriaRole.Status)).ToContainTextAsync("opgeslagen als concept");
            await Expect(ah.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Agenda-uitnodiging") })).ToBeVisibleAsync();
            await controle.ControleerAsync(ah, "interview-gepland");
            await OpenTaakAsync(ah, "Plan het interview", "Data");
            await RondAfAsync(ah, "Taak afronden");

            // --- …takes it, with item 12 left open, and submits it -----------------------------------------------------
            await OpenTaakAsync(ah, "Neem het interview af", "Data");
            await ah.GetByRole(AriaRole.Link, new() { Name = "Vragenlijst invullen" }).ClickAsync();
            foreach (var nummer in new[] { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "13", "14a", "14b", "15" })
            {
                var vraag = ah.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^Vraag {Regex.Escape(nummer)}\\. ") });
                await vraag.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^2 — ") }).CheckAsync();
            }

            await ah.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Vraag 12\\. ") })
                .GetByRole(AriaRole.Radio, new() { Name = "Geen antwoord (ontbreekt)" })
                .CheckAsync();
            await ah.GetByLabel(new Regex("^Vraag 17\\.")).FillAsync("Meer collega's doen mee aan de dialoogsessies.");
            await controle.ControleerAsync(ah, "interview-invullen");
            await ah.GetByRole(AriaRole.Button, new() { Name = "Opslaan en naar indienen" }).ClickAsync();
            await Expect(ah).ToHaveURLAsync(new Regex(@"/taken/[0-9a-f-]{36}$"));
            await Expect(ah.Locator("#interviewstatus")).ToContainTextAsync("concept");
            await controle.ControleerAsync(ah, "interview-indienen");
            await ah.GetByRole(AriaRole.Button, new() { Name = "Antwoorden indienen ter bevestiging" }).ClickAsync();
            await Expect(ah.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");

            // --- Data's trekker confirms -----------------------------------------------------------------------------
            await using var trekkerContext = await browser.NieuweContextAsync(app);
            var trekker = await trekkerContext.NewPageAsync();
            await trekker.GotoAsync("/aanmelden");
            await MeldAanAsync(trekker, controle, "trekker", new Regex(@"^\s*Trekker"), new Regex(@"Data\s*$"));
            await OpenTaakAsync(trekker, "Bevestig de antwoorden", "Data");
            await controle.ControleerAsync(trekker, "bevestigen");
            await trekker.GetByRole(AriaRole.Link, new() { Name = "Antwoorden bekijken" }).ClickAsync();
            await Expect(trekker.Locator("#totaalscore")).ToContainTextAsync("onvolledig");
            await Expect(trekker.GetByRole(AriaRole.Table, new() { Name = "Antwoorden per vraag" })).ToContainTextAsync("ontbreekt");
            await controle.ControleerAsync(trekker, "antwoorden-bekijken");
            await trekker.GoBackAsync();
            await trekker.GetByRole(AriaRole.Button, new() { Name = "Antwoorden bevestigen" }).ClickAsync();
            await Expect(trekker.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");

            // --- The cluster table: Data's total is incomplete, item 12 missing ------------------------------------------
            var regel = ah.Locator("tr.idc-scoreregel").Filter(new() { Has = ah.GetByRole(AriaRole.Link, new() { Name = "Data", Exact = true }) });
            await WachtTotAsync(ah, "/scores?jaar=2025", regel);
            await Expect(regel.Locator(".idc-totaal")).ToContainTextAsync("onvolledig");
            await Expect(regel.Locator(".idc-totaal")).ToContainTextAsync("ontbreekt: 12");
            await controle.ControleerAsync(ah, "scores");

            // --- The fictional 2024 demo interviews: marked as such, DII as its own report section ------------------
            await ah.GotoAsync("/scores?jaar=2024");
            await Expect(ah.GetByRole(AriaRole.Heading, new() { Name = "Fictieve demogegevens" })).ToBeVisibleAsync();
            await Expect(ah.GetByRole(AriaRole.Heading, new() { Name = "Digitalisering, Innovatie en Informatie", Level = 2 })).ToBeVisibleAsync();
            await controle.ControleerAsync(ah, "scores-demo-2024");

            // --- A directeur without a trekker finds the appointment task ------------------------------------------------
            await using var directeurContext = await browser.NieuweContextAsync(app);
            var directeur = await directeurContext.NewPageAsync();
            await directeur.GotoAsync("/aanmelden");
            await MeldAanAsync(directeur, controle, "directeur", new Regex(@"^\s*Directeur\b"), new Regex(@"Stadsarchief\s*$"));
            await Menu(directeur, "Mijn taken").ClickAsync();
            await Expect(directeur.Locator("tr.idc-taakrij").Filter(new() { HasText = "Benoem een trekker" })).ToHaveCountAsync(1);
            await controle.ControleerAsync(directeur, "directeur-taken");
            uitvoer.WriteLine($"Cyclusjourney in {klok.Elapsed.TotalSeconds:0.0} s; schermafdrukken in {PaginaControle.SchermafdrukMap}");
        }
        catch
        {
            uitvoer.WriteLine($"Mislukt na {klok.Elapsed.TotalSeconds:0.0} s; Bureau op {bureau.Url}");
            uitvoer.WriteLine(await bureau.InnerTextAsync("body"));
            uitvoer.WriteLine("--- hostuitvoer ---");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }

    /// <summary>Opens "Mijn taken" until the task (title, optionally for a directie) is there — the background round creates some — and opens it.</summary>
    private static async Task OpenTaakAsync(IPage pagina, string titel, string? directie)
    {
        var rij = pagina.Locator("tr.idc-taakrij").Filter(new() { Has = pagina.GetByRole(AriaRole.Link, new() { Name = titel, Exact = true }) });
        if (directie is not null)
        {
            rij = rij.Filter(new() { HasTextRegex = new Regex($@"(\(|\b){Regex.Escape(directie)}(\)|\b)") });
        }

        await WachtTotAsync(pagina, "/taken", rij);
        await rij.First.GetByRole(AriaRole.Link, new() { Name = titel, Exact = true }).ClickAsync();
        await Expect(pagina).ToHaveURLAsync(new Regex(@"/taken/[0-9a-f-]{36}$"));
    }

    /// <summary>
    /// Completes the open task. The 2025 cycle runs on past dates, so its tasks are overdue at once and the background
    /// round may mark one late or escalate it between opening and completing; the page then says somebody changed it and
    /// keeps the input, and a person completes again, as here (once).
    /// </summary>
    private static async Task RondAfAsync(IPage pagina, string knop)
    {
        await pagina.GetByRole(AriaRole.Button, new() { Name = knop }).ClickAsync();
        var conflict = pagina.Locator("#foutenoverzicht", new() { HasText = "Iemand anders heeft deze gegevens gewijzigd" });
        await Expect(pagina.Locator("#taakstatus").Filter(new() { HasText = "Afgerond" }).Or(conflict)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        if (await conflict.CountAsync() > 0)
        {
            await pagina.GetByRole(AriaRole.Button, new() { Name = knop }).ClickAsync();
        }

        await Expect(pagina.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");
    }

    private static async Task WachtTotAsync(IPage pagina, string url, ILocator locator)
    {
        var wachten = Stopwatch.StartNew();
        await pagina.GotoAsync(url);
        while (await locator.CountAsync() == 0 && wachten.Elapsed < AchtergrondMaximum)
        {
            await Task.Delay(500);
            await pagina.GotoAsync(url);
        }

        await Expect(locator.First).ToBeVisibleAsync(new() { Timeout = 1000 });
    }

    private static ILocator Menu(IPage pagina, string naam) =>
        pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });

    private static async Task MeldAanAsync(IPage pagina, PaginaControle controle, string wie, Regex groepKop, Regex? knop)
    {
        var groep = pagina.Locator("details").Filter(new() { Has = pagina.Locator("summary", new() { HasTextRegex = groepKop }) });
        if (!await groep.EvaluateAsync<bool>("d => d.open"))
        {
            await groep.Locator("summary").ClickAsync();
        }

        var knoppen = groep.GetByRole(AriaRole.Button);
        var gekozen = knop is null ? knoppen.First : knoppen.Filter(new() { HasTextRegex = knop }).First;
        var persoon = (await gekozen.InnerTextAsync()).Split(" — ")[0].Trim();
        await gekozen.ClickAsync();
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = $"Welkom, {persoon}", Level = 1 })).ToBeVisibleAsync();
        await controle.ControleerAsync(pagina, $"start-{wie}");
    }
}
