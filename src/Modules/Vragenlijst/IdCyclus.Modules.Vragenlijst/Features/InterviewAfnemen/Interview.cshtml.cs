using IdCyclus.Modules.Actieplannen.Contracts;
using System.Globalization;
using System.Text;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Features.Corrigeren;
using IdCyclus.Modules.Vragenlijst.Features.Opslaan;
using IdCyclus.Modules.Vragenlijst.Features.Vaststellen;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.InterviewAfnemen;

/// <summary>
/// The interview of one directie in one year: the accounthouder fills it in (drafts are saved explicitly), submits it
/// through the cycle task, and after confirmation it is read-only; Bureau records corrections as revisions.
/// </summary>
internal sealed class InterviewModel(
    VragenlijstDbContext db, InterviewOpslaanHandler opslaan, InterviewVaststellenHandler vaststellen, InterviewCorrigerenHandler corrigeren,
    IOrganisatieQueries organisatie, IActieplannenQueries actieplannen, TimeProvider klok) : PageModel
{
    public DirectieGegevens Directie { get; private set; } = null!;

    public int Jaar { get; private set; }

    public Vragenlijstversie? Versie { get; private set; }

    public Vragenlijstinhoud Inhoud { get; private set; } = null!;

    public Interview? Interview { get; private set; }

    public Uitslag? Uitslag { get; private set; }

    public IReadOnlyList<Suggestie> Suggesties { get; private set; } = [];

    public IReadOnlyList<InterviewGebeurtenis> Historie { get; private set; } = [];

    public IReadOnlyList<InterviewRevisie> Revisies { get; private set; } = [];

    public bool MagBewerken { get; private set; }

    public bool MagObservatieZien { get; private set; }

    public bool IsDefinitief => Interview?.Status == InterviewStatus.Definitief;

    [BindProperty(SupportsGet = true)]
    public Guid? Taak { get; set; }

    [BindProperty]
    public int? Versienummer { get; set; }

    [BindProperty]
    public string? Accounthouders { get; set; }

    [BindProperty]
    public string? Respondent { get; set; }

    [BindProperty]
    public string? Respondenttype { get; set; }

    [BindProperty]
    public string? Datum { get; set; }

    [BindProperty]
    public string? Tijdstip { get; set; }

    [BindProperty]
    public string? DuurMinuten { get; set; }

    [BindProperty]
    public string? Locatie { get; set; }

    [BindProperty]
    public Dictionary<string, string> Antwoorden { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string> Notities { get; set; } = [];

    [BindProperty]
    public string? Observatie { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    public static IReadOnlyList<Keuze> Respondenttypen { get; } =
        RespondenttypeTekst.Alle.Select(a => new Keuze(a.Sleutel, a.Label)).ToList();

    public async Task<IActionResult> OnGetAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } weigering)
        {
            return weigering;
        }

        VulFormulier();
        return Page();
    }

    public Task<IActionResult> OnPostOpslaanAsync(int jaar, Guid directieId, CancellationToken ct) => BewaarAsync(jaar, directieId, indienen: false, ct);

    public Task<IActionResult> OnPostIndienenAsync(int jaar, Guid directieId, CancellationToken ct) => BewaarAsync(jaar, directieId, indienen: true, ct);

    public async Task<IActionResult> OnPostVaststellenAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } weigering)
        {
            return weigering;
        }

        if (!User.IsBureau() || Interview is null)
        {
            return Forbid();
        }

        var resultaat = await vaststellen.HandleAsync(
            new InterviewVaststellenOpdracht(Interview.Id, Versienummer ?? -1, Reden, User.Identity?.Name ?? "Bureau"),
            ct);
        return await NaAfloopAsync(resultaat, jaar, directieId, "Het interview is door Bureau definitief vastgesteld.", ct);
    }

    public async Task<IActionResult> OnPostCorrigerenAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } weigering)
        {
            return weigering;
        }

        if (!User.IsBureau() || Interview is null || !IsDefinitief)
        {
            return Forbid();
        }

        var invoer = LeesInvoer(out var fouten);
        if (fouten.Count > 0)
        {
            return ToonFouten(fouten);
        }

        var resultaat = await corrigeren.HandleAsync(
            new InterviewCorrigerenOpdracht(Interview.Id, Versienummer ?? -1, invoer!, Reden, User.Identity?.Name ?? "Bureau"),
            ct);
        return await NaAfloopAsync(resultaat, jaar, directieId, "De correctie is vastgelegd als nieuwe revisie.", ct);
    }

    /// <summary>An iCalendar invitation for the planned interview, to send from the accounthouder's own agenda.</summary>
    public async Task<IActionResult> OnGetUitnodigingAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } weigering)
        {
            return weigering;
        }

        if (Interview?.GeplandOpUtc is not { } gepland || !MagBewerken)
        {
            return NotFound();
        }

        var deelnemers = new List<(string Naam, string Email)>();
        foreach (var trekker in await organisatie.TrekkersAsync(directieId, klok.Vandaag(), ct))
        {
            deelnemers.Add((trekker.Persoon.Naam, trekker.Persoon.Email));
        }

        var ik = User.PersoonId() is { } id ? await organisatie.PersoonAsync(id, ct) : null;
        var ics = Uitnodiging.Maak(
            Interview.Id,
            new DateTimeOffset(gepland, TimeSpan.Zero),
            TimeSpan.FromMinutes(Interview.DuurMinuten ?? 90),
            $"Interview voortgangsrapportage I&D {jaar} — {Directie.Afkorting}",
            $"Gesprek over de vragenlijst van de voortgangsrapportage Actieplannen Inclusie en Diversiteit {jaar} met {Directie.Weergavenaam}.",
            Interview.Locatie,
            (ik?.Naam ?? "Bureau Inclusie en Diversiteit", ik?.Email ?? "idcyclus@amsterdam.nl"),
            deelnemers,
            klok.GetUtcNow());
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"interview-{jaar}-{Bestandsnaam(Directie.Afkorting)}.ics");
    }

    private async Task<IActionResult> BewaarAsync(int jaar, Guid directieId, bool indienen, CancellationToken ct)
    {
        if (await LaadAsync(jaar, directieId, ct) is { } weigering)
        {
            return weigering;
        }

        if (!MagBewerken)
        {
            return Forbid();
        }

        var invoer = LeesInvoer(out var fouten);
        if (fouten.Count > 0)
        {
            return ToonFouten(fouten);
        }

        var resultaat = await opslaan.HandleAsync(
            new InterviewOpslaanOpdracht(jaar, directieId, Interview is null ? null : Versienummer ?? -1, invoer!, User.Identity?.Name ?? "onbekend"),
            ct);
        if (resultaat.IsGelukt && indienen && Taak is { } taak)
        {
            // Submitting is completing the cycle task: the task page shows what will be submitted and the button.
            TempData["Melding"] = "De antwoorden zijn opgeslagen. Rond de taak hieronder af om ze ter bevestiging naar de respondent te sturen.";
            return Redirect($"/taken/{taak}");
        }

        return await NaAfloopAsync(resultaat, jaar, directieId, "De antwoorden zijn opgeslagen als concept.", ct);
    }

    private async Task<IActionResult> NaAfloopAsync(Resultaat<Interview> resultaat, int jaar, Guid directieId, string melding, CancellationToken ct)
    {
        if (resultaat.IsGelukt)
        {
            TempData["Melding"] = melding;
            return Redirect($"/interviews/{jaar}/{directieId}" + (Taak is { } taak ? $"?taak={taak}" : ""));
        }

        // Reload the current state for the page, but keep what the person typed: nothing they entered is lost.
        db.ChangeTracker.Clear();
        await LaadAsync(jaar, directieId, ct);
        return ToonFouten(resultaat.Fouten);
    }

    private PageResult ToonFouten(IReadOnlyList<Fout> fouten)
    {
        foreach (var fout in fouten)
        {
            ModelState.AddModelError(fout.Veld, fout.Melding);
        }

        return Page();
    }

    private InterviewInvoer? LeesInvoer(out List<Fout> fouten)
    {
        fouten = [];
        Respondenttype? type = null;
        if (!string.IsNullOrWhiteSpace(Respondenttype))
        {
            if (RespondenttypeTekst.ProbeerLees(Respondenttype, out var gelezen))
            {
                type = gelezen;
            }
            else
            {
                fouten.Add(new Fout(nameof(Respondenttype), "Kies een respondenttype uit de lijst."));
            }
        }

        DateTime? gepland = null;
        if (!string.IsNullOrWhiteSpace(Datum) || !string.IsNullOrWhiteSpace(Tijdstip))
        {
            if (!DateOnly.TryParseExact(Datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag))
            {
                fouten.Add(new Fout(nameof(Datum), $"'{Datum}' is geen datum; kies de dag van het interview."));
            }
            else if (!TimeOnly.TryParseExact(
                string.IsNullOrWhiteSpace(Tijdstip) ? "10:00" : Tijdstip,
                ["HH:mm", "H:mm", "HH:mm:ss"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var tijd))
            {
                fouten.Add(new Fout(nameof(Tijdstip), $"'{Tijdstip}' is geen tijdstip; gebruik uu:mm, bijvoorbeeld 14:30."));
            }
            else
            {
                gepland = TimeZoneInfo.ConvertTimeToUtc(dag.ToDateTime(tijd), Tijd.Amsterdam);
            }
        }

        int? duur = null;
        if (!string.IsNullOrWhiteSpace(DuurMinuten))
        {
            if (int.TryParse(DuurMinuten, NumberStyles.None, CultureInfo.InvariantCulture, out var minuten) && minuten is >= 15 and <= 480)
            {
                duur = minuten;
            }
            else
            {
                fouten.Add(new Fout(nameof(DuurMinuten), "Vul de duur in hele minuten in, tussen 15 en 480."));
            }
        }

        var (antwoorden, antwoordfouten) = AntwoordTekst.Lees(Inhoud, Antwoorden.Where(a => Inhoud.Zoek(a.Key) is not null).ToDictionary(), Notities);
        fouten.AddRange(antwoordfouten);
        return fouten.Count > 0
            ? null
            : new InterviewInvoer(Accounthouders, Respondent, type, gepland, duur, Locatie, antwoorden, Observatie, MagObservatieZien);
    }

    private void VulFormulier()
    {
        if (Interview is null)
        {
            return;
        }

        Versienummer = Interview.Versie;
        Accounthouders = Interview.Accounthouders;
        Respondent = Interview.Respondent;
        Respondenttype = Interview.Respondenttype?.Sleutel();
        if (Interview.GeplandOpUtc is { } gepland)
        {
            var lokaal = Tijd.InAmsterdam(gepland);
            Datum = lokaal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Tijdstip = lokaal.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        DuurMinuten = Interview.DuurMinuten?.ToString(CultureInfo.InvariantCulture);
        Locatie = Interview.Locatie;
        foreach (var (nummer, antwoord) in Interview.Antwoorden)
        {
            Antwoorden[nummer] = antwoord.Score?.ToString(CultureInfo.InvariantCulture) ?? antwoord.Tekst ?? "";
            if (antwoord.Notitie is not null)
            {
                Notities[nummer] = antwoord.Notitie;
            }
        }

        Observatie = MagObservatieZien ? Interview.Observatie : null;
    }

    private async Task<IActionResult?> LaadAsync(int jaar, Guid directieId, CancellationToken ct)
    {
        var directie = await organisatie.DirectieAsync(directieId, ct);
        if (directie is null || jaar is < 2000 or > 2100)
        {
            return NotFound();
        }

        Jaar = jaar;
        Interview = await db.Interviews.AsNoTracking().FirstOrDefaultAsync(i => i.Jaar == jaar && i.DirectieId == directieId, ct);
        var clusterId = Interview?.ClusterId ?? directie.ClusterId;
        if (!User.MagZien(directieId, clusterId))
        {
            return Forbid();
        }

        Directie = directie;
        MagBewerken = User.MagBewerken(clusterId);
        MagObservatieZien = User.MagObservatieZien(clusterId);
        Versie = Interview is not null
            ? await db.Versies.AsNoTracking().FirstAsync(v => v.Id == Interview.VragenlijstversieId, ct)
            : await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Jaar == jaar && v.Status == VersieStatus.Gepubliceerd, ct);
        Inhoud = Versie?.Inhoud ?? new Vragenlijstinhoud { Vragen = [] };
        if (Interview is not null)
        {
            Uitslag = Scoring.Bereken(Inhoud, Interview.Antwoorden);
            Historie = await db.Gebeurtenissen.AsNoTracking().Where(g => g.InterviewId == Interview.Id).OrderBy(g => g.Id).ToListAsync(ct);
            Revisies = await db.Revisies.AsNoTracking().Where(r => r.InterviewId == Interview.Id).OrderBy(r => r.Revisie).ToListAsync(ct);
        }

        if (MagBewerken && Versie is not null)
        {
            // The measurement period runs from March of the year before up to and including March (VGR2024).
            var trekkers = (await organisatie.TrekkerhistorieAsync(directieId, ct))
                .Select(t => new TrekkerPeriode(t.Persoon.Naam, t.Van, t.Tot, t.UrenPerWeek)).ToList();
            var uitPlan = (await actieplannen.SuggestiesVoorInterviewAsync(jaar, directieId, ct)).Select(s => new Suggestie(s.Vraag, s.Score, s.Reden));
            Suggesties = Domain.Suggesties.MetActieplan(Inhoud,
                Domain.Suggesties.Voor(Inhoud, new DateOnly(jaar - 1, 3, 1), new DateOnly(jaar, 3, 31), trekkers, null), uitPlan);
        }

        return null;
    }

    private static string Bestandsnaam(string afkorting) =>
        new(afkorting.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
