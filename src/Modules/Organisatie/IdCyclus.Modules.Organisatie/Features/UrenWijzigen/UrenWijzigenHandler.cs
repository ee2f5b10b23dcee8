using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Modules.Organisatie.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Organisatie.Features.UrenWijzigen;

internal sealed record UrenWijzigenOpdracht(Guid ToewijzingId, decimal? UrenPerWeek, int Versie);

/// <summary>Bureau changes a trekker's hours a week; the new hours are announced as <c>TrekkerVastgelegd</c>.</summary>
internal sealed class UrenWijzigenHandler(OrganisatieDbContext db, TimeProvider klok)
{
    public Task<Resultaat<Guid>> HandleAsync(UrenWijzigenOpdracht opdracht, Actor actor, CancellationToken cancellationToken) =>
        Toewijzingswijziging.VoerUitAsync(db, klok, actor, opdracht.ToewijzingId, opdracht.Versie, new Urenwijziging(opdracht.UrenPerWeek), cancellationToken);

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
