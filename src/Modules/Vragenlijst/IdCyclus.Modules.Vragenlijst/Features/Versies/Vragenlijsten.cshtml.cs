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

    [BindProperty]
    public string? EerderJaar { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        Versies = await db.Versies.AsNoTracking().OrderByDescending(v => v.Jaar).ToListAsync(ct);
        return Page();
    }

    /// <summary>
    /// Records the questionnaire of a year before the first one (2023), so that Bureau can import that year's interviews
    /// from its spreadsheets. Its items start as a copy of the earliest version; which questions changed between those
    /// years is not recorded in the sources (VGR2024, bijlage 2.2.1), so nothing is compared with it until Bureau says so.
    /// </summary>
    public async Task<IActionResult> OnPostEerderJaarAsync(CancellationToken ct)
    {
        if (!User.IsBureau())
        {
            return Forbid();
        }

        var resultaat = await db.VoerSerieelUitAsync(async () =>
        {
            var eerste = await db.Versies.OrderBy(v => v.Jaar).FirstAsync(ct);
            if (!int.TryParse(EerderJaar, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var jaar)
                || jaar < 2000 || jaar >= eerste.Jaar)
            {
                return Resultaat<Guid>.Mislukt(nameof(EerderJaar), $"Vul een jaar in van 2000 tot en met {eerste.Jaar - 1}; voor latere jaren maakt u een kopie voor het volgende jaar.");
            }

            var versie = new Vragenlijstversie
            {
                Id = Guid.NewGuid(),
                Jaar = jaar,
                Naam = $"Vragenlijst voortgangsrapportage actieplannen I&D {jaar}",
                Meetperiode = $"maart {jaar - 1} tot en met maart {jaar}",
                Status = VersieStatus.Concept,
                InhoudJson = "{}",
                AangemaaktOpUtc = klok.GetUtcNow().UtcDateTime,
            };
            var basis = eerste.Inhoud;
            versie.Inhoud = basis with { Vragen = basis.Vragen.Select(v => v with { Koppeling = Koppeling.Nieuw, VorigNummer = null }).ToList(), Vervallen = [] };
            db.Versies.Add(versie);
            return Resultaat<Guid>.Gelukt(versie.Id);
        }, ct);
        if (!resultaat.IsGelukt)
        {
            foreach (var fout in resultaat.Fouten)
            {
                ModelState.AddModelError(fout.Veld, fout.Melding);
            }

            Versies = await db.Versies.AsNoTracking().OrderByDescending(v => v.Jaar).ToListAsync(ct);
            return Page();
        }

        TempData["Melding"] = "De vragenlijst is vastgelegd als concept. Pas de vragen aan zoals ze dat jaar waren en publiceer haar; daarna kunt u de interviews van dat jaar importeren.";
        return Redirect($"/vragenlijsten/{resultaat.Waarde}");
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
