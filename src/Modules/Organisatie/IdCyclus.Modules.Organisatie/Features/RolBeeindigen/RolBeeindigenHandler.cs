using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Organisatie.Features.RolBeeindigen;

/// <summary>Ends a role on a given last day. <see cref="Versie"/> is the version the person saw when they opened the form.</summary>
internal sealed record RolBeeindigenOpdracht(Guid ToewijzingId, DateOnly? Tot, int Versie);

internal sealed class RolBeeindigenHandler(OrganisatieDbContext db, TimeProvider klok)
{
    public Task<Resultaat<Guid>> HandleAsync(RolBeeindigenOpdracht opdracht, Actor actor, CancellationToken cancellationToken) =>
        db.VoerSerieelUitAsync(() => BeeindigAsync(opdracht, actor, cancellationToken), cancellationToken);

    private async Task<Resultaat<Guid>> BeeindigAsync(RolBeeindigenOpdracht opdracht, Actor actor, CancellationToken cancellationToken)
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

        if (opdracht.Tot is not { } tot)
        {
            return Resultaat<Guid>.Mislukt(nameof(opdracht.Tot), "Vul de laatste dag van de rol in.");
        }

        var directie = toewijzing.DirectieId is { } id ? await db.Directies.FindAsync([id], cancellationToken) : null;
        var fouten = RolRegels.ControleerBeeindiging(toewijzing, tot, directie);
        if (fouten.Count > 0)
        {
            return Resultaat<Guid>.Mislukt(fouten);
        }

        var voor = RolOmschrijving.Van(toewijzing, toewijzing.Persoon!.Naam);
        db.Entry(toewijzing).Property(r => r.Versie).OriginalValue = opdracht.Versie;
        toewijzing.Beeindig(tot);
        Wijzigingen.Audit(db, klok, actor, toewijzing, "Rol beëindigd", voor, RolOmschrijving.Van(toewijzing, toewijzing.Persoon.Naam));
        return Resultaat<Guid>.Gelukt(toewijzing.Id);
    }
}
