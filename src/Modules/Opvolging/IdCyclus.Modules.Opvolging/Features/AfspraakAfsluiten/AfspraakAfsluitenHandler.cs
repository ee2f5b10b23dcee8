using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Opvolging.Features.AfspraakAfsluiten;

internal sealed record AfspraakAfsluiten(Guid AfspraakId, int Versie, bool Gedaan, string? Toelichting, Actor Door) : IAfspraakwijziging;

/// <summary>Closes an agreement by hand: done with its evidence, or dropped with its reason. Closed is final; the history keeps why.</summary>
internal sealed class AfspraakAfsluitenHandler(Afspraakopslag opslag)
{
    /// <param name="inbox">For an integration event (the owner's task): its key, recorded in the same transaction.</param>
    public Task<Resultaat<int>> VoerUitAsync(AfspraakAfsluiten opdracht, CancellationToken ct, string? inbox = null) =>
        opslag.WijzigAsync(
            opdracht,
            (afspraak, _) => Afspraakregels.ControleerAfsluiting(afspraak, opdracht.Gedaan, opdracht.Toelichting),
            (rij, vandaag) =>
            {
                var tekst = opdracht.Toelichting!.Trim();
                rij.AfgeslotenAlsGedaan = opdracht.Gedaan;
                rij.AfgeslotenOp = vandaag;
                rij.Afsluittekst = tekst;
                rij.AfgeslotenDoor = opdracht.Door.Naam;
                return opslag.Gebeurtenis(rij.Id, opdracht.Gedaan ? Gebeurtenissoort.Gedaan : Gebeurtenissoort.Vervallen, vandaag, opdracht.Door, tekst);
            },
            ct,
            inbox);
}
