using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.VersieKopieren;

internal sealed record VersieKopierenOpdracht(string Door);

/// <summary>Next year's version starts as a copy of the latest, as a concept Bureau edits and publishes.</summary>
internal sealed class VersieKopierenHandler(VragenlijstDbContext db, TimeProvider klok)
{
    public Task<Resultaat<Guid>> HandleAsync(VersieKopierenOpdracht opdracht, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var laatste = await db.Versies.OrderByDescending(v => v.Jaar).FirstAsync(ct);
            var kopie = new Vragenlijstversie
            {
                Id = Guid.CreateVersion7(),
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
            db.Versiegeschiedenis.Add(new Versiegeschiedenis
            {
                VersieId = kopie.Id, MomentUtc = kopie.AangemaaktOpUtc, Door = opdracht.Door, Wat = $"Gemaakt als kopie van {laatste.Jaar}",
            });
            return Resultaat<Guid>.Gelukt(kopie.Id);
        }, ct);
}

internal sealed record EerderJaarOpdracht(string? EerderJaar, string Door);

/// <summary>
/// Records the questionnaire of a year before the first one (2023), so that Bureau can import that year's interviews
/// from its spreadsheets. Its items start as a copy of the earliest version; which questions changed between those
/// years is not recorded in the sources (VGR2024, bijlage 2.2.1), so nothing is compared with it until Bureau says so.
/// </summary>
internal sealed class EerderJaarHandler(VragenlijstDbContext db, TimeProvider klok)
{
    public Task<Resultaat<Guid>> HandleAsync(EerderJaarOpdracht opdracht, CancellationToken ct) =>
        db.VoerSerieelUitAsync(async () =>
        {
            var eerste = await db.Versies.OrderBy(v => v.Jaar).FirstAsync(ct);
            if (!int.TryParse(opdracht.EerderJaar, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var jaar)
                || jaar < 2000 || jaar >= eerste.Jaar)
            {
                return Resultaat<Guid>.Mislukt(
                    nameof(opdracht.EerderJaar),
                    $"Vul een jaar in van 2000 tot en met {eerste.Jaar - 1}; voor latere jaren maakt u een kopie voor het volgende jaar.");
            }

            var versie = new Vragenlijstversie
            {
                Id = Guid.CreateVersion7(),
                Jaar = jaar,
                Naam = $"Vragenlijst voortgangsrapportage actieplannen I&D {jaar}",
                Meetperiode = $"maart {jaar - 1} tot en met maart {jaar}",
                Status = VersieStatus.Concept,
                InhoudJson = "{}",
                AangemaaktOpUtc = klok.GetUtcNow().UtcDateTime,
            };
            var basis = eerste.Inhoud;
            versie.Inhoud = basis with
            {
                Vragen = basis.Vragen.Select(v => v with { Koppeling = Koppeling.Nieuw, VorigNummer = null }).ToList(),
                Vervallen = [],
            };
            db.Versies.Add(versie);
            db.Versiegeschiedenis.Add(new Versiegeschiedenis
            {
                VersieId = versie.Id, MomentUtc = versie.AangemaaktOpUtc, Door = opdracht.Door,
                Wat = $"Vastgelegd als vragenlijst van {jaar}, op basis van {eerste.Jaar}",
            });
            return Resultaat<Guid>.Gelukt(versie.Id);
        }, ct);
}
