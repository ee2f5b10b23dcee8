using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Features.VersieWijzigen;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Versies;

/// <summary>
/// One questionnaire version. While it is a concept Bureau edits texts and options, records how each item maps to last
/// year's, sets the thema grouping, and publishes it; a published version is frozen.
/// </summary>
internal sealed class VersieModel(VragenlijstDbContext db, VersieWijzigenHandler wijzigen) : PageModel
{
    public Vragenlijstversie Versie { get; private set; } = null!;

    public Vragenlijstinhoud Inhoud { get; private set; } = null!;

    public Vragenlijstinhoud? Vorige { get; private set; }

    /// <summary>Who changed what in this version, newest first.</summary>
    public IReadOnlyList<Versiegeschiedenis> Geschiedenis { get; private set; } = [];

    [BindProperty]
    public int Versienummer { get; set; }

    [BindProperty]
    public string? Nummer { get; set; }

    [BindProperty]
    public string? Tekst { get; set; }

    [BindProperty]
    public string? Opties { get; set; }

    [BindProperty]
    public string? Koppeling { get; set; }

    [BindProperty]
    public string? VorigNummer { get; set; }

    [BindProperty]
    public string? Groepen { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LaadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostTekstAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, Versiewijziging.Tekst, "De vraagtekst is gewijzigd.", ct);

    public Task<IActionResult> OnPostOptiesAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, Versiewijziging.Opties, "De antwoordopties zijn gewijzigd.", ct);

    public Task<IActionResult> OnPostKoppelingAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, Versiewijziging.Koppeling, "De koppeling met vorig jaar is vastgelegd.", ct);

    public Task<IActionResult> OnPostVervallenAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, Versiewijziging.Vervallen, "De vraag vervalt in deze versie.", ct);

    public Task<IActionResult> OnPostGroepenAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, Versiewijziging.Groepen, "De indeling van de thema's is gewijzigd.", ct);

    public Task<IActionResult> OnPostPublicerenAsync(Guid id, CancellationToken ct) =>
        WijzigAsync(id, Versiewijziging.Publiceren, "De vragenlijst is gepubliceerd en ligt nu vast.", ct);

    private async Task<IActionResult> WijzigAsync(Guid id, Versiewijziging wijziging, string melding, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is { } weigering)
        {
            return weigering;
        }

        var resultaat = await wijzigen.HandleAsync(
            new VersieWijzigenOpdracht(id, Versienummer, wijziging, User.Identity?.Name ?? "Bureau", Nummer, Tekst, Opties, Koppeling, VorigNummer, Groepen),
            ct);
        return await AfloopAsync(id, resultaat.Fouten, melding, ct);
    }

    private async Task<IActionResult> AfloopAsync(Guid id, IReadOnlyList<Fout> fouten, string melding, CancellationToken ct)
    {
        if (fouten.Count == 0)
        {
            TempData["Melding"] = melding;
            return Redirect($"/vragenlijsten/{id}");
        }

        foreach (var fout in fouten)
        {
            ModelState.AddModelError(fout.Veld, fout.Melding);
        }

        await LaadAsync(id, ct);
        return Page();
    }

    private async Task<IActionResult?> LaadAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        db.ChangeTracker.Clear();
        var versie = await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (versie is null)
        {
            return NotFound();
        }

        Versie = versie;
        Inhoud = versie.Inhoud;
        Vorige = versie.VorigeVersieId is { } vorig ? (await db.Versies.AsNoTracking().FirstAsync(v => v.Id == vorig, ct)).Inhoud : null;
        Geschiedenis = await db.Versiegeschiedenis.AsNoTracking().Where(g => g.VersieId == id).OrderByDescending(g => g.Id).ToListAsync(ct);
        if (Request.Method == "GET")
        {
            Versienummer = versie.Versie;
        }

        return null;
    }
}
