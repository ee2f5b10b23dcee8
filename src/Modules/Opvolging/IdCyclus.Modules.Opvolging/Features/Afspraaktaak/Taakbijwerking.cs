using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features.Afspraaktaak;

/// <summary>
/// Brings an agreement's task in line with the agreement (the rules are <see cref="Domain.Afspraaktaak.Bepaal"/>): start it
/// once under the agreement's unique key, move its deadline, complete or cancel it, each through the engine's commands.
/// Every step is idempotent, so a crash between the engine's commit and the inbox row only means the same work is
/// asked again and found done.
/// </summary>
internal sealed class Taakbijwerking(OpvolgingDbContext db, Afspraakopslag opslag, WorkflowMotor motor, IWorkflowLezer lezer, TimeProvider klok)
{
    private static readonly Handelende Opvolging = new(null, "IdCyclus (opvolging)");

    public async Task<IReadOnlyList<Fout>> BijwerkenAsync(Guid afspraakId, CancellationToken ct)
    {
        var rij = await db.Afspraken.AsNoTracking().FirstOrDefaultAsync(a => a.Id == afspraakId, ct);
        if (rij is null)
        {
            return [new Fout("", Afspraakopslag.NietGevonden)];
        }

        var verschuivingen = await opslag.VerschuivingenAsync(rij.Id, ct);
        var afspraak = Afspraakopslag.Naar(rij, verschuivingen);
        var sleutel = Domain.Afspraaktaak.Sleutel(rij.Id);
        var instantie = (await lezer.InstantiesAsync(new InstantieVraag { UniekeSleutel = sleutel }, ct)).SingleOrDefault();
        var open = instantie is null
            ? null
            : (await lezer.TakenAsync(new TaakVraag { Instanties = [instantie.Id] }, ct)).FirstOrDefault(t => !t.IsAfgerond);
        var stand = instantie is null
            ? null
            : new Taakstand(instantie.Status == InstantieStatus.Actief, open?.DeadlineUtc is { } d ? Planning.Dag(new DateTimeOffset(d, TimeSpan.Zero)) : null);

        var resultaat = Domain.Afspraaktaak.Bepaal(afspraak, stand) switch
        {
            Taakactie.Starten => await motor.StartVoorItemAsync(
                Domain.Afspraaktaak.DefinitieId(rij.Soort), null, klok.GetUtcNow(), Opvolging, sleutel,
                new WorkflowItem(rij.Id.ToString(), Domain.Afspraaktaak.Omschrijving(rij.Soort, rij.DirectieNaam, rij.MinimaleUren, rij.Omschrijving),
                    rij.DirectieId.ToString()),
                Vervalmoment(afspraak.HuidigeDeadline), ct),
            Taakactie.DeadlineVerplaatsen => await motor.VerplaatsDeadlineAsync(
                open!.Id, Vervalmoment(afspraak.HuidigeDeadline), Opvolging,
                verschuivingen.Count == 0
                    ? "de deadline van de afspraak."
                    : $"de deadline van de afspraak is verschoven ({verschuivingen[^1].Door}): {verschuivingen[^1].Reden}", ct),
            Taakactie.Afronden or Taakactie.Annuleren => await motor.BeeindigAsync(
                instantie!.Id, Opvolging, afspraak.Afsluiting!.Gedaan, Domain.Afspraaktaak.Reden(afspraak.Afsluiting), ct),
            _ => null,
        };

        // A start the runtime refuses because the key exists was made by an earlier delivery of this same change.
        return resultaat is null || resultaat.IsGelukt ? [] : resultaat.Fouten.Where(f => f.Veld != "Workflow" || instantie is not null).ToList();
    }

    /// <summary>The agreement's deadline day at the runtime's deadline time (17:00 in Amsterdam), as every task is due.</summary>
    public static DateTimeOffset Vervalmoment(DateOnly dag) => Planning.OpDag(dag, Planning.Deadlinetijd);
}
