using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Shared;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Opvolging.Features.Sturing;

/// <summary>
/// Bureau, for the GMT, turns the report's recommendation into agreements per directie: the proposals follow from the
/// data of today (trekkers and their hours, the plan's last approval); Bureau ticks, sets the deadlines and records.
/// </summary>
internal sealed class SturingModel(Sturingsgegevens gegevens, Urennormen urennormen, Lezen.Cyclusjaar cyclusjaar, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Jaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public decimal? Uren { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? NormDoorGmtOp { get; set; }

    /// <summary>The version of the year's GMT norm this page showed; posted back so a norm changed meanwhile is a conflict.</summary>
    [BindProperty]
    public int NormVersie { get; set; }

    [BindProperty]
    public DateOnly? DeadlineTrekker { get; set; }

    [BindProperty]
    public DateOnly? DeadlinePlan { get; set; }

    [BindProperty]
    public List<string> Gekozen { get; set; } = [];

    public Urennorm Norm { get; private set; } = Urennorm.Aanbeveling(0);

    public IReadOnlyList<Sturingsregel> Regels { get; private set; } = [];

    public IReadOnlyList<Keuze> Jaren { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LaadAsync(ct) is { } geweigerd)
        {
            return geweigerd;
        }

        Gekozen = Regels.Where(r => !r.HeeftLopendeAfspraak).Select(r => r.Sleutel).ToList();
        NormVersie = geldend?.Versie ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] SturingVastleggenHandler handler, CancellationToken ct)
    {
        if (await LaadAsync(ct) is { } geweigerd)
        {
            return geweigerd;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resultaat = await handler.VoerUitAsync(
            new SturingVastleggen(Norm.Rapportjaar, Gekozen, DeadlineTrekker, DeadlinePlan, Uren, NormDoorGmtOp, Actor.Van(User), NormVersie), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            return Page();
        }

        TempData["Melding"] = resultaat.Waarde == 1 ? "1 afspraak is vastgelegd." : $"{resultaat.Waarde} afspraken zijn vastgelegd.";
        return Redirect("/opvolging");
    }

    private GeldendeUrennorm? geldend;

    private async Task<IActionResult?> LaadAsync(CancellationToken ct)
    {
        if (!User.MagBeheren())
        {
            return Forbid();
        }

        var vandaag = klok.Vandaag();
        // The dashboard's year, not the calendar's: a norm recorded with the defaults must be the one the dashboard shows.
        Jaar ??= (await cyclusjaar.StandaardAsync(vandaag, ct)).Jaar;
        // Without hours in the address the page starts from the norm that holds: the GMT's own, else the report's.
        geldend = await urennormen.VoorJaarAsync(Jaar.Value, ct);
        if (Uren is null && NormDoorGmtOp is null)
        {
            NormDoorGmtOp = geldend.Norm.DoorGmtVastgesteldOp;
        }

        Uren ??= geldend.Norm.Uren;

        Jaren = Enumerable.Range(2024, Math.Max(1, vandaag.Year - 2024 + 1))
            .Reverse()
            .Select(j => new Keuze(j.ToString(), $"Voortgangsrapportage {j}"))
            .ToList();
        if (Uren <= 0 || Uren > Afspraakregels.MaxUrenPerWeek)
        {
            ModelState.AddModelError(nameof(Uren), $"Het aantal uren per week ligt tussen 0 en {Afspraakregels.MaxUrenPerWeek:0}.");
            return null;
        }

        Norm = new Urennorm(Uren.Value, Jaar.Value, NormDoorGmtOp);
        Regels = await gegevens.VoorstellenAsync(Norm, vandaag, ct);
        return null;
    }
}
