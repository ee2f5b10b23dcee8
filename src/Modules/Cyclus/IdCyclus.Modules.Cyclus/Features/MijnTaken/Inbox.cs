using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Cyclus.Features.MijnTaken;

/// <summary>What the inbox shows a person on a day, before the time filters: the open tasks they may see today, the workflows, their messages.</summary>
internal sealed record Inboxbeeld(
    IReadOnlyList<WorkflowTaak> Taken, IReadOnlyList<(string Id, string Naam)> Workflows, IReadOnlyList<WorkflowBericht> Meldingen);

/// <summary>
/// Reads "Mijn taken". The runtime's task list and the rights behind it (today's roles, from Organisatie) are kept per
/// person, workflow and day under the database's change stamp (ADR 0030): a completed, reassigned or new task, a role
/// that ends or a new message changes the stamp, and the next read asks again. What depends on the clock (late, this
/// week) is worked out on every read, from the moment of that read.
/// </summary>
internal sealed class Inbox(IServiceProvider diensten, Stempelcache<Inbox.Sleutel, Inboxbeeld> cache, TimeProvider klok)
{
    internal sealed record Sleutel(Guid Persoon, string? Naam, string? Workflow, DateOnly Dag);

    public async Task<(IReadOnlyList<TaakRij> Taken, Inboxbeeld Beeld)> LeesAsync(
        Guid persoon, string? naam, string? filter, string? workflow, CancellationToken ct)
    {
        var nuUtc = klok.GetUtcNow().UtcDateTime;
        var beeld = await cache.LeesAsync(new Sleutel(persoon, naam, workflow, klok.Vandaag()), () => LaadAsync(persoon, naam, workflow), ct);
        var taken = beeld.Taken
            .Where(t => filter != Takenlijst.FilterVerlopen || t.DeadlineUtc < nuUtc)
            .Where(t => filter != Takenlijst.FilterDezeWeek || t.DeadlineUtc <= nuUtc.AddDays(7))
            .Select(t => new TaakRij(t, t.Workflow, !t.IsAfgerond && t.DeadlineUtc < nuUtc))
            .ToList();
        return (taken, beeld);
    }

    // A load is shared by the requests that miss at the same moment, so it does not take one request's cancellation.
    // The reader and the engine (with its dozen dependencies) are resolved only on a miss: on a hit they cost more than the read.
    private async Task<Inboxbeeld> LaadAsync(Guid persoon, string? naam, string? workflow)
    {
        var lezer = diensten.GetRequiredService<IWorkflowLezer>();
        var motor = diensten.GetRequiredService<WorkflowMotor>();
        var mogelijk = await Takenlijst.LeesAsync(lezer, klok.GetUtcNow().UtcDateTime, persoon, null, workflow, false, CancellationToken.None);
        var zichtbaar = await Takenlijst.ZichtbaarAsync(motor, mogelijk, persoon, naam, CancellationToken.None);
        return new Inboxbeeld(
            zichtbaar.Select(r => r.Taak).ToList(),
            await lezer.DefinitienamenAsync(CancellationToken.None),
            await lezer.BerichtenAsync(new BerichtVraag(BerichtKanaal.InApp) { Ontvanger = persoon, Maximum = 10 }, CancellationToken.None));
    }
}
