using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Features.UrenWijzigen;

internal sealed record UrenWijzigenOpdracht(Guid ToewijzingId, decimal? UrenPerWeek, int Versie);

internal sealed class UrenWijzigenHandler(OrganisatieDbContext db, TimeProvider klok)
{
    public Task<Resultaat<Guid>> HandleAsync(UrenWijzigenOpdracht opdracht, Actor actor, CancellationToken cancellationToken) =>
        db.VoerSerieelUitAsync(() => WijzigAsync(opdracht, actor, cancellationToken), cancellationToken);

    private async Task<Resultaat<Guid>> WijzigAsync(UrenWijzigenOpdracht opdracht, Actor actor, CancellationToken cancellationToken)
    {
        var toewijzing = await db.Roltoewijzingen.Include(r => r.Persoon).FirstOrDefaultAsync(r => r.Id == opdracht.ToewijzingId, cancellationToken);
        if (toewijzing is null)
        {
            return Resultaat<Guid>.Mislukt(nameof(opdracht.ToewijzingId), "Deze roltoewijzing bestaat niet (meer).");
        }

        if (toewijzing.Versie != opdracht.Versie)
        {
            return Resultaat<Guid>.Mislukt("Versie", SerieelUitvoeren.ConflictMelding);
        }

        var fouten = RolRegels.ControleerUrenWijziging(toewijzing, opdracht.UrenPerWeek);
        if (fouten.Count > 0)
        {
            return Resultaat<Guid>.Mislukt(fouten);
        }

        var voor = NederlandseOpmaak.Uren(toewijzing.UrenPerWeek);
        db.Entry(toewijzing).Property(r => r.Versie).OriginalValue = opdracht.Versie;
        toewijzing.WijzigUren(opdracht.UrenPerWeek!.Value);
        Wijzigingen.Audit(db, klok, actor, toewijzing, $"Uren per week van trekker {toewijzing.Persoon!.Naam} gewijzigd",
            $"{voor} uur per week", $"{NederlandseOpmaak.Uren(toewijzing.UrenPerWeek)} uur per week");
        Trekkermelding.Meld(db, toewijzing, toewijzing.Persoon.Naam, klok.GetUtcNow().UtcDateTime);
        return Resultaat<Guid>.Gelukt(toewijzing.Id);
    }
}
