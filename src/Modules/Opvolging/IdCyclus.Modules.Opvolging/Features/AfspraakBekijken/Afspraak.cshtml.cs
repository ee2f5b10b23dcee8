using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.AfspraakAfsluiten;
using IdCyclus.Modules.Opvolging.Features.DeadlineVerschuiven;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Modules.Opvolging.Features.VoortgangMelden;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using AfsluitenOpdracht = IdCyclus.Modules.Opvolging.Features.AfspraakAfsluiten.AfspraakAfsluiten;
using VerschuivenOpdracht = IdCyclus.Modules.Opvolging.Features.DeadlineVerschuiven.DeadlineVerschuiven;
using VoortgangOpdracht = IdCyclus.Modules.Opvolging.Features.VoortgangMelden.VoortgangMelden;

namespace IdCyclus.Modules.Opvolging.Features.AfspraakBekijken;

/// <summary>
/// One agreement with its history, and what the reader may do with it: report progress, close it as done, and (Bureau)
/// move its deadline or drop it. Each form names the version it was shown, so two people never overwrite each other.
/// Besides those who see the directie (<see cref="Toegang.MagZien"/>), everyone the agreement's task has reached may read
/// it: its escalation ladder ends at the GMT, whose members otherwise see aggregates only, and the task links here.
/// </summary>
internal sealed class AfspraakModel(Afspraaklezer lezer, IWorkflowLezer workflows) : PageModel
{
    public Afspraakweergave Afspraak { get; private set; } = null!;

    public IReadOnlyList<Afspraakgebeurtenis> Historie { get; private set; } = [];

    [BindProperty]
    public int Versie { get; set; }

    [BindProperty]
    public string? Voortgang { get; set; }

    [BindProperty]
    public string? Bewijs { get; set; }

    [BindProperty]
    public DateOnly? NieuweDeadline { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    [BindProperty]
    public string? RedenVervallen { get; set; }

    public bool MagVoortgangMelden => !Afspraak.Afspraak.IsAfgesloten && User.MagVoortgangMelden(Afspraak.Rij.DirectieId, Afspraak.Rij.EigenaarPersoonId);

    public bool MagGedaanMelden => !Afspraak.Afspraak.IsAfgesloten && User.MagGedaanMelden(Afspraak.Rij.EigenaarPersoonId);

    public bool MagBeheren => !Afspraak.Afspraak.IsAfgesloten && User.MagBeheren();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LaadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostVoortgangAsync(Guid id, [FromServices] VoortgangMeldenHandler handler, CancellationToken ct) =>
        await VoerUitAsync(id, () => MagVoortgangMelden, nameof(Voortgang),
            () => handler.VoerUitAsync(new VoortgangOpdracht(id, Versie, Voortgang, Actor.Van(User)), ct), "De voortgang is vastgelegd.", ct);

    public async Task<IActionResult> OnPostGedaanAsync(Guid id, [FromServices] AfspraakAfsluitenHandler handler, CancellationToken ct) =>
        await VoerUitAsync(id, () => MagGedaanMelden, nameof(Bewijs),
            () => handler.VoerUitAsync(new AfsluitenOpdracht(id, Versie, true, Bewijs, Actor.Van(User)), ct), "De afspraak is afgevinkt als gedaan.", ct);

    public async Task<IActionResult> OnPostVervallenAsync(Guid id, [FromServices] AfspraakAfsluitenHandler handler, CancellationToken ct) =>
        await VoerUitAsync(id, () => MagBeheren, nameof(RedenVervallen),
            () => handler.VoerUitAsync(new AfsluitenOpdracht(id, Versie, false, RedenVervallen, Actor.Van(User)), ct), "De afspraak is vervallen.", ct);

    public async Task<IActionResult> OnPostVerschuivenAsync(Guid id, [FromServices] DeadlineVerschuivenHandler handler, CancellationToken ct) =>
        await VoerUitAsync(id, () => MagBeheren, nameof(NieuweDeadline),
            () => handler.VoerUitAsync(new VerschuivenOpdracht(id, Versie, NieuweDeadline, Reden, Actor.Van(User)), ct), "De deadline is verschoven.", ct,
            veld => veld == nameof(Deadlineverschuiving.Reden) ? nameof(Reden) : nameof(NieuweDeadline));

    /// <summary>
    /// The shape every form here shares. The rules name their own fields; <paramref name="naarVeld"/> maps them onto the
    /// field of the form that was posted, so the message stands next to what the person typed.
    /// </summary>
    private async Task<IActionResult> VoerUitAsync(
        Guid id, Func<bool> mag, string veld, Func<Task<Resultaat<int>>> werk, string melding, CancellationToken ct, Func<string, string>? naarVeld = null)
    {
        var ingevuld = Versie;
        if (await LaadAsync(id, ct) is { } geweigerd)
        {
            return geweigerd;
        }

        if (!mag())
        {
            return Forbid();
        }

        Versie = ingevuld;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var resultaat = await werk();
        if (resultaat.IsGelukt)
        {
            TempData["Melding"] = melding;
            return Redirect($"/opvolging/{id}");
        }

        foreach (var fout in resultaat.Fouten)
        {
            ModelState.AddModelError(fout.Veld is "Versie" or "" ? fout.Veld : (naarVeld ?? (_ => veld))(fout.Veld), fout.Melding);
        }

        // After a conflict the page shows the current agreement; the next save names its version, the input stays in the fields.
        if (resultaat.Fouten.Any(f => f.Veld == "Versie"))
        {
            Versie = Afspraak.Rij.Versie;
        }

        return Page();
    }

    private async Task<IActionResult?> LaadAsync(Guid id, CancellationToken ct)
    {
        if (await lezer.LeesAsync(id, ct) is not { } gelezen)
        {
            return NotFound();
        }

        if (!User.MagZien(gelezen.Afspraak.Rij.DirectieId, gelezen.Afspraak.Rij.ClusterId) && !await IsTaakhouderAsync(id, ct))
        {
            return Forbid();
        }

        (Afspraak, Historie) = gelezen;
        Versie = Afspraak.Rij.Versie;
        return null;
    }

    /// <summary>Whether the agreement's task is or was with this person: assigned, or a candidate after an escalation.</summary>
    private async Task<bool> IsTaakhouderAsync(Guid afspraakId, CancellationToken ct)
    {
        if (User.PersoonId() is not { } persoon
            || (await workflows.InstantiesAsync(new InstantieVraag { UniekeSleutel = Domain.Afspraaktaak.Sleutel(afspraakId) }, ct)) is not [var instantie])
        {
            return false;
        }

        return (await workflows.TakenAsync(new TaakVraag { Instanties = [instantie.Id], OokAfgerond = true }, ct))
            .Any(t => t.ToegewezenAan == persoon || t.Kandidaten.Contains(persoon));
    }
}
