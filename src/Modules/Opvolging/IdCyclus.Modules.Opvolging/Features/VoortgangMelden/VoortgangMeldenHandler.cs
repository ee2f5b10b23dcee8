using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Opvolging.Features.VoortgangMelden;

internal sealed record VoortgangMelden(Guid AfspraakId, int Versie, string? Toelichting, Actor Door) : IAfspraakwijziging;

/// <summary>
/// The owner (or the directie's trekker) says how it is going. A report makes the agreement "op schema" until its
/// deadline passes; the text stays in the history for the clusterdirecteur and the GMT.
/// </summary>
internal sealed class VoortgangMeldenHandler(Afspraakopslag opslag)
{
    public Task<Resultaat<int>> VoerUitAsync(VoortgangMelden opdracht, CancellationToken ct) =>
        opslag.WijzigAsync(
            opdracht,
            (afspraak, _) => Afspraakregels.ControleerVoortgang(afspraak, opdracht.Toelichting),
            (rij, vandaag) =>
            {
                rij.LaatsteVoortgangsmelding = vandaag;
                return opslag.Gebeurtenis(rij.Id, Gebeurtenissoort.Voortgang, vandaag, opdracht.Door, opdracht.Toelichting!.Trim());
            },
            ct);
}
