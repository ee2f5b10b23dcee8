using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>Starts an instance of a published definition, at most once per unique key.</summary>
internal sealed class Starten(Werkplaats w, Plannen plannen, Voortgang voortgang)
{
    /// <summary>
    /// Starts an instance. With <paramref name="uniekeSleutel"/>, at most one top-level instance ever carries that key: a
    /// second start gets a Dutch error instead of a second instance, also when both starts run at the same moment on
    /// different hosts (the unique index on the key refuses the later insert).
    /// </summary>
    public Task<Resultaat<Guid>> StartAsync(
        string definitieId, int? versie, DateTimeOffset start, Handelende door, CancellationToken ct, string? uniekeSleutel = null) =>
        StartAsync(definitieId, versie, start, door, uniekeSleutel, null, null, ct);

    /// <summary>
    /// Starts a top-level run of one item the calling module keeps itself (its key, description and scope for roles, as
    /// a fan-out's child has them), with the due moment of the tasks it creates chosen by the caller.
    /// </summary>
    public Task<Resultaat<Guid>> StartVoorItemAsync(
        string definitieId, int? versie, DateTimeOffset start, Handelende door, string uniekeSleutel, WorkflowItem item, DateTimeOffset? deadline,
        CancellationToken ct) =>
        StartAsync(definitieId, versie, start, door, uniekeSleutel, item, deadline, ct);

    private async Task<Resultaat<Guid>> StartAsync(
        string definitieId, int? versie, DateTimeOffset start, Handelende door, string? uniekeSleutel, WorkflowItem? item, DateTimeOffset? deadline,
        CancellationToken ct)
    {
        try
        {
            var resultaat = await StartSerieelAsync(definitieId, versie, start, door, uniekeSleutel, item, deadline, ct);
            // The start committed (or rolled back and cleared) in its own transaction, so nothing tracked is unsaved. A module
            // that starts one run per item in one scope would otherwise keep every earlier run's rows tracked, and each later
            // commit compares them all again: quadratic in the number of items (in a simulation at 40x, 9 s of 84 s).
            w.Db.ChangeTracker.Clear();
            return resultaat;
        }
        catch (DbUpdateException) when (uniekeSleutel is not null)
        {
            // Another request committed the same key between our check and our insert. Only if the key really exists now
            // was that the cause; any other write failure stays an exception.
            w.Db.ChangeTracker.Clear();
            if (await AlGestartAsync(uniekeSleutel, ct) is { } fout)
            {
                return fout;
            }

            throw;
        }
    }

    private async Task<Resultaat<Guid>?> AlGestartAsync(string uniekeSleutel, CancellationToken ct)
    {
        var bestaande = await w.Db.Instanties.AsNoTracking().Where(i => i.UniekeSleutel == uniekeSleutel)
            .Select(i => new { i.DefinitieId, i.DefinitieVersie, i.GestartOpUtc }).FirstOrDefaultAsync(ct);
        return bestaande is null
            ? null
            : Resultaat<Guid>.Mislukt("Workflow",
                $"Deze workflow is al gestart ({bestaande.DefinitieId} versie {bestaande.DefinitieVersie}, "
                + $"startmoment {Werkplaats.Tekst(bestaande.GestartOpUtc)}, sleutel '{uniekeSleutel}'). Er is niets gewijzigd.");
    }

    private async Task<Resultaat<Guid>> StartSerieelAsync(
        string definitieId, int? versie, DateTimeOffset start, Handelende door, string? uniekeSleutel, WorkflowItem? item, DateTimeOffset? deadline,
        CancellationToken ct) =>
        await w.Db.VoerSerieelUitAsync(async () =>
        {
            if (uniekeSleutel is not null && await AlGestartAsync(uniekeSleutel, ct) is { } alGestart)
            {
                return alGestart;
            }

            var definitie = await w.Db.Definities.AsNoTracking()
                .Where(d => d.DefinitieId == definitieId && (versie == null || d.Versie == versie))
                .OrderByDescending(d => d.Versie).FirstOrDefaultAsync(ct);
            if (definitie is null)
            {
                return Resultaat<Guid>.Mislukt(
                    "Definitie", $"Er is geen gepubliceerde definitie '{definitieId}'{(versie is null ? "" : $" versie {versie}")}.");
            }

            var plan = plannen.Van(definitie);
            if (item is null && plan.Stappen.Any(s => s is TaakStap { Bereik: Bereik.Item } or MeldingStap { Bereik: Bereik.Item }))
            {
                return Resultaat<Guid>.Mislukt("Definitie",
                    $"'{plan.Naam}' loopt voor één item (een stap met bereik \"item\" buiten een perItem-stap); "
                    + "de module die haar gebruikt start haar voor dat item.");
            }

            var werkset = new Werkset { Deadline = deadline };
            var instantie = new Instantie
            {
                DefinitieId = definitie.DefinitieId, DefinitieVersie = definitie.Versie, GestartOpUtc = start.UtcDateTime, UniekeSleutel = uniekeSleutel,
                ItemSleutel = item?.Sleutel, ItemOmschrijving = item?.Omschrijving, ItemBereik = item?.Bereik,
            };
            w.Db.Instanties.Add(instantie);
            werkset.Volg(instantie);
            w.Historie(instantie.Id, null, null, door.Naam, "gestart",
                $"{plan.Naam} (versie {plan.Versie}) gestart{(item is null ? "" : $" voor {item.Omschrijving}")}, startmoment {Werkplaats.Tekst(start)}.");
            voortgang.MaakStappen(instantie, plan, werkset);
            await voortgang.VoortgangAsync(instantie, plan, werkset, ct);
            return Resultaat<Guid>.Gelukt(instantie.Id);
        }, ct);
}
