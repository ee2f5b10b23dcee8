using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Organisatie.Features.UrenWijzigen;

internal sealed record UrenWijzigenOpdracht(Guid ToewijzingId, decimal? UrenPerWeek, int Versie);

/// <summary>
/// Bureau changes a trekker's hours a week, or a directeur does by naming the directie's current trekker in "Benoem een
/// trekker" (<see cref="TrekkerBenoemen.TrekkerBenoemdHandler"/>); the new hours are announced as <c>TrekkerVastgelegd</c>.
/// </summary>
internal sealed class UrenWijzigenHandler(OrganisatieDbContext db, TimeProvider klok)
{
    /// <param name="inbox">For an integration event: its key, recorded in the same transaction (idempotent delivery).</param>
    public Task<Resultaat<Guid>> HandleAsync(UrenWijzigenOpdracht opdracht, Actor actor, CancellationToken cancellationToken, string? inbox = null) =>
        Toewijzingswijziging.VoerUitAsync(
            db, klok, actor, opdracht.ToewijzingId, opdracht.Versie, new Urenwijziging(opdracht.UrenPerWeek), cancellationToken, inbox);

    private sealed class Urenwijziging(decimal? uren) : IToewijzingswijziging
    {
        public Task<IReadOnlyList<Fout>> ControleerAsync(Roltoewijzing toewijzing, CancellationToken ct) =>
            Task.FromResult(RolRegels.ControleerUrenWijziging(toewijzing, uren));

        public (string Handeling, string? Voor, string? Na) Pas(Roltoewijzing toewijzing)
        {
            var voor = NederlandseOpmaak.Uren(toewijzing.UrenPerWeek);
            toewijzing.WijzigUren(uren!.Value);
            return ($"Uren per week van trekker {toewijzing.Persoon!.Naam} gewijzigd",
                $"{voor} uur per week", $"{NederlandseOpmaak.Uren(toewijzing.UrenPerWeek)} uur per week");
        }
    }
}
