using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Organisatie.Features.RolBeeindigen;

/// <summary>Ends a role on a given last day. <see cref="Versie"/> is the version the person saw when they opened the form.</summary>
internal sealed record RolBeeindigenOpdracht(Guid ToewijzingId, DateOnly? Tot, int Versie);

internal sealed class RolBeeindigenHandler(OrganisatieDbContext db, TimeProvider klok)
{
    public Task<Resultaat<Guid>> HandleAsync(RolBeeindigenOpdracht opdracht, Actor actor, CancellationToken cancellationToken) =>
        Toewijzingswijziging.VoerUitAsync(db, klok, actor, opdracht.ToewijzingId, opdracht.Versie, new Beeindiging(db, opdracht.Tot), cancellationToken);

    private sealed class Beeindiging(OrganisatieDbContext db, DateOnly? tot) : IToewijzingswijziging
    {
        public async Task<IReadOnlyList<Fout>> ControleerAsync(Roltoewijzing toewijzing, CancellationToken ct)
        {
            if (tot is not { } dag)
            {
                return [new Fout(nameof(RolBeeindigenOpdracht.Tot), "Vul de laatste dag van de rol in.")];
            }

            var directie = toewijzing.DirectieId is { } id ? await db.Directies.FindAsync([id], ct) : null;
            return RolRegels.ControleerBeeindiging(toewijzing, dag, directie);
        }

        public (string Handeling, string? Voor, string? Na) Pas(Roltoewijzing toewijzing)
        {
            var voor = RolOmschrijving.Van(toewijzing, toewijzing.Persoon!.Naam);
            toewijzing.Beeindig(tot!.Value);
            return ("Rol beëindigd", voor, RolOmschrijving.Van(toewijzing, toewijzing.Persoon.Naam));
        }
    }
}
