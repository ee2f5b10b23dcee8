using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Pdf;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Modules.Rapportage.Weergave;
using IdCyclus.Shared.Achtergrond;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Rapportage.Features.Publiceren;

/// <summary>
/// Background job: prints a publication's stored HTML to PDF and stores it with its hash. Idempotent (Hangfire may run
/// it again after a crash): a publication that already has its PDF is left as it is.
/// </summary>
internal sealed class PdfMaken(RapportageDbContext db, ChromiumPdf chromium) : IAchtergrondTaak<Guid>
{
    private const int Stappen = 6;

    public async Task<string?> VoerUitAsync(Guid publicatieId, IVoortgangMelder voortgang, CancellationToken ct)
    {
        await voortgang.MeldAsync(0, Stappen, "Publicatie lezen", ct);
        var publicatie = await db.Publicaties.FirstOrDefaultAsync(p => p.Id == publicatieId, ct)
            ?? throw new InvalidOperationException($"Publicatie {publicatieId} bestaat niet.");
        if (publicatie.Pdf is not null)
        {
            return Link(publicatie);
        }

        var stap = 1;
        var pdf = await chromium.PrintAsync(Rapportweergave.Document(publicatie.Html, publicatie.Jaar), Titel(publicatie.Jaar),
            async naam => await voortgang.MeldAsync(stap++, Stappen, naam, ct), ct);
        await voortgang.MeldAsync(Stappen - 1, Stappen, "PDF opslaan", ct);
        publicatie.Pdf = pdf;
        publicatie.PdfHash = Inhoudshash.Van(pdf);
        await db.SaveChangesAsync(ct);
        await voortgang.MeldAsync(Stappen, Stappen, "Klaar", ct);
        return Link(publicatie);
    }

    public static string Titel(int jaar) => $"Voortgangsrapportage Actieplannen Inclusie en Diversiteit {jaar}";

    private static string Link(Publicatie p) => $"/rapportage/{p.Jaar}/definitief/{p.Nummer}/pdf";
}
