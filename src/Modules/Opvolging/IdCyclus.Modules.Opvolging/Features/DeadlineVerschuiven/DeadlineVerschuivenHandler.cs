using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Opvolging.Features.DeadlineVerschuiven;

internal sealed record DeadlineVerschuiven(Guid AfspraakId, int Versie, DateOnly? NieuweDeadline, string? Reden, Actor Door) : IAfspraakwijziging;

/// <summary>Bureau moves a deadline with a reason. The original deadline stays; each move is a history line, so slippage is visible.</summary>
internal sealed class DeadlineVerschuivenHandler(Afspraakopslag opslag)
{
    public Task<Resultaat<int>> VoerUitAsync(DeadlineVerschuiven opdracht, CancellationToken ct) =>
        opslag.WijzigAsync(
            opdracht,
            (afspraak, vandaag) => Afspraakregels.ControleerVerschuiving(afspraak, opdracht.NieuweDeadline, opdracht.Reden, vandaag),
            (rij, vandaag) =>
            {
                var van = rij.HuidigeDeadline;
                rij.HuidigeDeadline = opdracht.NieuweDeadline!.Value;
                return opslag.Gebeurtenis(rij.Id, Gebeurtenissoort.Verschoven, vandaag, opdracht.Door, opdracht.Reden!.Trim(), van, rij.HuidigeDeadline);
            },
            ct);
}
