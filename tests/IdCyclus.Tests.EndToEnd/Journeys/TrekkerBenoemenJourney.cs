using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Tests.EndToEnd.Infrastructuur;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace IdCyclus.Tests.EndToEnd.Journeys;

/// <summary>
/// The cycle's first workflow end to end: Bureau starts "Benoem een trekker", the directeur of a directie without
/// trekker gets a task and a real mail (caught by maildev), is refused with fewer than 8 hours, names a trekker with 8,
/// and the role reaches Organisatie through the outbox. The host polls every second (see <see cref="AppProces"/>).
/// </summary>
[Collection(AppCollectie.Naam)]
public sealed class TrekkerBenoemenJourney(AppProces app, BrowserFixture browser, ITestOutputHelper uitvoer)
{
    private static readonly TimeSpan AchtergrondMaximum = TimeSpan.FromSeconds(20);
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    [Fact(DisplayName = "Directeur zonder trekker benoemt een trekker")]
    public async Task Directeur_zonder_trekker_benoemt_een_trekker()
    {
        var klok = Stopwatch.StartNew();
        var tussentijden = new List<string>();
        void Tussentijd(string wat) => tussentijden.Add($"{wat}: {klok.Elapsed.TotalSeconds:0.0} s");

        var controle = new PaginaControle(app, "trekker-benoemen");
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        var kenmerk = Guid.NewGuid().ToString("N")[..6];
        var trekkerNaam = "Fenna van Dijk";
        var trekkerEmail = $"fenna.van.dijk.{kenmerk}@amsterdam.nl";

        await using var bureauContext = await browser.NieuweContextAsync(app);
        var bureau = await bureauContext.NewPageAsync();
        IPage? directeurPagina = null;
        try
        {
            // --- Bureau starts the workflow ------------------------------------------------------------------------
            await bureau.GotoAsync("/aanmelden");
            var projectleider = await MeldAanAlsDemopersoonAsync(bureau, controle, "bureau", new Regex(@"^\s*Projectleider"), knop: null);
            await Menu(bureau, "Workflows").ClickAsync();
            await Expect(bureau.GetByRole(AriaRole.Heading, new() { Name = "Workflows", Level = 1, Exact = true })).ToBeVisibleAsync();
            await controle.ControleerAsync(bureau, "workflows");

            await bureau.GetByLabel("Workflow", new() { Exact = true }).SelectOptionAsync("benoem-een-trekker");
            await bureau.GetByLabel("Startdatum").FillAsync(vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await bureau.GetByRole(AriaRole.Button, new() { Name = "Workflow starten" }).ClickAsync();

            await Expect(bureau).ToHaveURLAsync(new Regex(@"/workflows/instanties/[0-9a-f-]{36}$"));
            var instantieUrl = bureau.Url;
            await Expect(bureau.GetByRole(AriaRole.Heading, new() { Name = "Benoem een trekker", Level = 1 })).ToBeVisibleAsync();
            var matrix = bureau.GetByRole(AriaRole.Table, new() { Name = "Onderdelen per stap, met deadline en status" });
            var matrixRijen = matrix.Locator("tbody tr");
            await Expect(matrixRijen).ToHaveCountAsync(3);
            foreach (var directie in new[] { "P&O", "Stadsarchief", "UI&E" })
            {
                await Expect(matrixRijen.Filter(new() { HasText = directie })).ToHaveCountAsync(1);
            }

            await Expect(matrixRijen.GetByRole(AriaRole.Link, new() { Name = "Open", Exact = true })).ToHaveCountAsync(3);
            await controle.ControleerAsync(bureau, "matrix");
            Tussentijd("workflow gestart");

            // Bureau's start page: where the cycle stands and the deadline just created.
            await bureau.GotoAsync("/");
            await Expect(bureau.GetByRole(AriaRole.Heading, new() { Name = "Waar staat de cyclus", Level = 2 })).ToBeVisibleAsync();
            await Expect(bureau.Locator("#deadlines")).ToContainTextAsync("Benoem een trekker");
            await controle.ControleerAsync(bureau, "start-bureau");

            // --- The directeur of P&O: task in the inbox ----------------------------------------------------------
            await using var directeurContext = await browser.NieuweContextAsync(app);
            directeurPagina = await directeurContext.NewPageAsync();
            var pagina = directeurPagina;
            await pagina.GotoAsync("/aanmelden");
            var directeur = await MeldAanAlsDemopersoonAsync(pagina, controle, "directeur", new Regex(@"^\s*Directeur\b"), knop: new Regex(@"P&O\s*$"));
            await pagina.GotoAsync("/");
            await Expect(pagina.Locator("#taken")).ToContainTextAsync("Benoem een trekker", new() { Timeout = (float)AchtergrondMaximum.TotalMilliseconds });
            await controle.ControleerAsync(pagina, "start-directeur");

            await Menu(pagina, "Mijn taken").ClickAsync();
            await Expect(pagina).ToHaveURLAsync(new Regex(@"/taken$"));
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Mijn taken", Level = 1 })).ToBeVisibleAsync();
            var taakrij = pagina.Locator("tr.idc-taakrij").Filter(new()
            {
                Has = pagina.GetByRole(AriaRole.Link, new() { Name = "Benoem een trekker", Exact = true }),
            });
            await Expect(taakrij).ToHaveCountAsync(1);
            await Expect(taakrij).ToContainTextAsync("P&O");
            var deadline = vandaag.AddDays(28).ToString("d MMMM yyyy", Nl);
            await Expect(taakrij.GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync(deadline);
            await Expect(taakrij.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("Open");
            await controle.ControleerAsync(pagina, "mijn-taken");

            await taakrij.GetByRole(AriaRole.Link, new() { Name = "Benoem een trekker", Exact = true }).ClickAsync();
            await Expect(pagina).ToHaveURLAsync(new Regex(@"/taken/[0-9a-f-]{36}$"));
            var taakUrl = pagina.Url;
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex(@"^Benoem een trekker — .*P&O"));
            await Expect(pagina.Locator("#taakstatus")).ToHaveTextAsync("Open");
            await controle.ControleerAsync(pagina, "taak");

            // --- The mail: really sent over SMTP, to the directeur, linking to this task ----------------------------
            // The directeur's address, from Bureau's list of people (name, address, roles). The directeur is the only one
            // with the task's role, so the task page offers no one to pass it on to and says so.
            await Expect(pagina.Locator("#niemand-om-door-te-geven")).ToContainTextAsync("Doorgeven kan nu niet");
            await bureau.GotoAsync("/organisatie/personen");
            var persoonsrij = bureau.Locator("tbody tr").Filter(new()
            {
                Has = bureau.GetByRole(AriaRole.Cell, new() { Name = directeur, Exact = true }),
            });
            var directeurEmail = (await persoonsrij.GetByRole(AriaRole.Cell).Nth(1).InnerTextAsync()).Trim();
            Assert.Contains("@", directeurEmail);

            // The catcher is shared: under scripts/test.sh the yearly-cycle journey's own host runs at the same time on
            // the same demo people and mails this directeur a "Benoem een trekker" task of its own. Only the mail that
            // links to this task is ours, so the link is part of what we wait for (and the catcher is never emptied).
            var mail = await app.Maildev.WachtOpMailAsync(
                m => m.To.Any(t => string.Equals(t.Address, directeurEmail, StringComparison.OrdinalIgnoreCase))
                     && m.Subject.Contains("Benoem een trekker", StringComparison.Ordinal)
                     && (m.Text ?? "").Contains(taakUrl, StringComparison.Ordinal),
                $"aan {directeurEmail} met 'Benoem een trekker' in het onderwerp en een link naar {taakUrl}",
                AchtergrondMaximum);
            Assert.Contains(taakUrl, mail.Text ?? "");
            Assert.Contains($"Beste {directeur}", mail.Text ?? "");
            Assert.Contains("klaar in Benoem een trekker:", mail.Text ?? "");
            // Both parts of multipart/alternative, and the Message-ID derived from the message key.
            Assert.StartsWith("multipart/alternative", mail.Headers?["content-type"].ToString() ?? "");
            Assert.Matches("^[0-9a-f]{32}@", mail.MessageId ?? "");
            Assert.Contains("lang=\"nl\"", mail.Html ?? "");
            // The HTML part as a reader sees it: one h1, the link named after the task, and no axe violations.
            var mailPagina = await pagina.Context.NewPageAsync();
            await mailPagina.SetContentAsync(mail.Html!);
            await Expect(mailPagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(mail.Subject);
            await Expect(mailPagina.GetByRole(AriaRole.Link, new() { Name = "De taak ‘Benoem een trekker’ openen in IdCyclus" }))
                .ToHaveAttributeAsync("href", taakUrl);
            await controle.ControleerAsync(mailPagina, "mail-html");
            await mailPagina.CloseAsync();
            Tussentijd("mail ontvangen");

            // --- First too few hours: refused, in Dutch, next to the field and in the summary ---------------------
            var naam = pagina.GetByLabel("Naam van de nieuwe trekker", new() { Exact = true });
            var email = pagina.GetByLabel("E-mailadres van de nieuwe trekker", new() { Exact = true });
            var uren = pagina.GetByLabel("Uren per week voor de trekkersrol", new() { Exact = true });
            var eersteDag = pagina.GetByLabel("Eerste dag als trekker (niet verplicht)", new() { Exact = true });
            var benoemen = pagina.GetByRole(AriaRole.Button, new() { Name = "Trekker benoemen en taak afronden" });

            await naam.FillAsync(trekkerNaam);
            await email.FillAsync(trekkerEmail);
            await uren.FillAsync("6");
            await eersteDag.FillAsync(vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await benoemen.ClickAsync();

            var veld = pagina.Locator(".ams-field").Filter(new() { Has = uren });
            var fout = veld.Locator(".ams-error-message");
            await Expect(fout).ToContainTextAsync("minimaal 8 uur");
            await Expect(uren).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(uren).ToHaveAttributeAsync("aria-describedby", new Regex(await fout.GetAttributeAsync("id") ?? "ontbreekt"));
            await Expect(uren).ToHaveValueAsync("6");
            await Expect(naam).ToHaveValueAsync(trekkerNaam);
            await Expect(email).ToHaveValueAsync(trekkerEmail);
            var samenvatting = pagina.GetByRole(AriaRole.Alert);
            await Expect(samenvatting).ToContainTextAsync("minimaal 8 uur");
            await Expect(samenvatting.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("minimaal 8 uur") }))
                .ToHaveAttributeAsync("href", "#" + await uren.GetAttributeAsync("id"));
            await Expect(pagina.Locator("#taakstatus")).ToHaveTextAsync("Open");
            await controle.ControleerAsync(pagina, "taak-fouten");

            // --- Then 8 hours: done ------------------------------------------------------------------------------
            await uren.FillAsync("8");
            await benoemen.ClickAsync();

            await Expect(pagina).ToHaveURLAsync(taakUrl);
            await Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De taak is afgerond.");
            await Expect(pagina.Locator("#taakstatus")).ToHaveTextAsync("Afgerond");
            await Expect(benoemen).ToHaveCountAsync(0);
            await controle.ControleerAsync(pagina, "taak-afgerond");
            Tussentijd("taak afgerond");

            // --- The outbox writes the role into Organisatie: the directie page shows the new trekker ---------------
            await Menu(pagina, "Mijn directie").ClickAsync();
            await Expect(pagina).ToHaveURLAsync(new Regex(@"/organisatie/directies/[0-9a-f-]{36}$"));
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var trekkerVandaag = pagina.Locator("xpath=//dt[normalize-space()='Trekker vandaag']/following-sibling::dd[1]");
            var wachten = Stopwatch.StartNew();
            while (!(await trekkerVandaag.InnerTextAsync()).Contains(trekkerNaam, StringComparison.Ordinal) && wachten.Elapsed < AchtergrondMaximum)
            {
                await Task.Delay(500);
                await pagina.ReloadAsync();
            }

            await Expect(trekkerVandaag).ToContainTextAsync($"{trekkerNaam} (8 uur per week)", new() { Timeout = 1000 });
            await controle.ControleerAsync(pagina, "directie");
            Tussentijd("trekker in Organisatie");

            // --- Bureau sees P&O done in the matrix --------------------------------------------------------------
            await bureau.GotoAsync(instantieUrl);
            var poRij = bureau.GetByRole(AriaRole.Table, new() { Name = "Onderdelen per stap, met deadline en status" })
                .Locator("tbody tr").Filter(new() { HasText = "P&O" });
            await Expect(poRij.GetByRole(AriaRole.Link)).ToHaveTextAsync("Afgerond");
            await Expect(bureau.GetByRole(AriaRole.Table, new() { Name = "Onderdelen per stap, met deadline en status" })
                .GetByRole(AriaRole.Link, new() { Name = "Open", Exact = true })).ToHaveCountAsync(2);
            await controle.ControleerAsync(bureau, "matrix-na-afronden");

            uitvoer.WriteLine($"{projectleider} startte 'Benoem een trekker'; {directeur} ({directeurEmail}) benoemde {trekkerNaam} bij P&O " +
                              $"in {klok.Elapsed.TotalSeconds:0.0} s.");
            uitvoer.WriteLine(string.Join("; ", tussentijden));
            uitvoer.WriteLine($"Mail '{mail.Subject}' in maildev ({app.Maildev.WebUrl}).");
            uitvoer.WriteLine($"Schermafdrukken: {PaginaControle.SchermafdrukMap}");
        }
        catch
        {
            uitvoer.WriteLine(
                $"Mislukt na {klok.Elapsed.TotalSeconds:0.0} s ({string.Join("; ", tussentijden)}); "
                + $"Bureau op {bureau.Url}, directeur op {directeurPagina?.Url}");
            uitvoer.WriteLine("--- hostuitvoer ---");
            uitvoer.WriteLine(app.Uitvoer);
            throw;
        }
    }

    private static ILocator Menu(IPage pagina, string naam) =>
        pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });

    /// <summary>
    /// On /aanmelden: opens the demo group whose summary matches, presses the first person's button (or the one
    /// matching <paramref name="knop"/>), waits for the start page and returns the person's name. Both pages are checked.
    /// </summary>
    private static async Task<string> MeldAanAlsDemopersoonAsync(IPage pagina, PaginaControle controle, string wie, Regex groepKop, Regex? knop)
    {
        var groep = pagina.Locator("details").Filter(new() { Has = pagina.Locator("summary", new() { HasTextRegex = groepKop }) });
        await Expect(groep).ToHaveCountAsync(1);
        if (!await groep.EvaluateAsync<bool>("d => d.open"))
        {
            await groep.Locator("summary").ClickAsync();
        }

        var knoppen = groep.GetByRole(AriaRole.Button);
        var gekozen = knop is null ? knoppen.First : knoppen.Filter(new() { HasTextRegex = knop }).First;
        var knopnaam = (await gekozen.InnerTextAsync()).Trim();
        var persoon = knopnaam.Split(" — ")[0].Trim();
        await controle.ControleerAsync(pagina, $"aanmelden-{wie}");
        await gekozen.ClickAsync();
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = $"Welkom, {persoon}", Level = 1 })).ToBeVisibleAsync();
        await controle.ControleerAsync(pagina, $"start-{wie}");
        return persoon;
    }
}
