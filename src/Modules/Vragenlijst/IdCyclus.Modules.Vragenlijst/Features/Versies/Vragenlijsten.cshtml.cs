using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Versies;

/// <summary>Bureau's list of questionnaire versions; next year's version starts as a copy of the latest.</summary>
internal sealed class VragenlijstenModel(VragenlijstDbContext db, TimeProvider klok) : PageModel
{
    public IReadOnlyList<Vragenlijstversie> Versies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        Versies = await db.Versies.AsNoTracking().OrderByDescending(v => v.Jaar).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostKopieAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        var resultaat = await db.VoerSerieelUitAsync(async () =>
        {
            var laatste = await db.Versies.OrderByDescending(v => v.Jaar).FirstAsync(ct);
            var kopie = new Vragenlijstversie
            {
                Id = Guid.NewGuid(),
                Jaar = laatste.Jaar + 1,
                Naam = $"Vragenlijst voortgangsrapportage actieplannen I&D {laatste.Jaar + 1}",
                Meetperiode = $"maart {laatste.Jaar} tot en met maart {laatste.Jaar + 1}",
                Status = VersieStatus.Concept,
                VorigeVersieId = laatste.Id,
                InhoudJson = "{}",
                AangemaaktOpUtc = klok.GetUtcNow().UtcDateTime,
            };
            kopie.Inhoud = Versiebeheer.KopieVoorVolgendJaar(laatste.Inhoud);
            db.Versies.Add(kopie);
            return Resultaat<Guid>.Gelukt(kopie.Id);
        }, ct);
        if (!resultaat.IsGelukt)
        {
            TempData["Melding"] = string.Join(" ", resultaat.Fouten.Select(f => f.Melding));
            return Redirect("/vragenlijsten");
        }

        TempData["Melding"] = "De kopie is gemaakt. Pas de vragen aan en publiceer de versie als zij klaar is.";
        return Redirect($"/vragenlijsten/{resultaat.Waarde}");
    }
}
