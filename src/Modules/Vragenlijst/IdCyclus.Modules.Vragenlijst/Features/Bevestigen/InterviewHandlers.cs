using System.Text.Json;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Features.Opslaan;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Bevestigen;

/// <summary>
/// The cycle's interview tasks hand their outcome over as integration events. The inbox row is written in the same
/// transaction as the change, so a redelivered event changes nothing; a refusal throws, which keeps the event in the
/// outbox and shows it to Bureau as an incident instead of losing it.
/// </summary>
internal abstract class InboxHandler<T>(VragenlijstDbContext db, TimeProvider klok) : IIntegratieHandler
{
    public abstract string Type { get; }

    public async Task VerwerkAsync(string sleutel, string json, CancellationToken cancellationToken)
    {
        if (await db.VerwerkteGebeurtenissen.AnyAsync(v => v.Sleutel == sleutel, cancellationToken))
        {
            return;
        }

        var gebeurtenis = JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Gebeurtenis {sleutel} is leeg.");
        db.VerwerkteGebeurtenissen.Add(new VerwerkteGebeurtenis { Sleutel = sleutel, VerwerktOpUtc = klok.GetUtcNow().UtcDateTime });
        var resultaat = await VerwerkAsync(gebeurtenis, cancellationToken);
        if (!resultaat.IsGelukt)
        {
            db.ChangeTracker.Clear();
            throw new InvalidOperationException($"Niet verwerkt: {string.Join("; ", resultaat.Fouten.Select(f => f.Melding))}");
        }
    }

    protected abstract Task<Resultaat<Interview>> VerwerkAsync(T gebeurtenis, CancellationToken ct);
}

internal sealed class InterviewIngediendHandler(VragenlijstDbContext db, InterviewOpslag opslag, TimeProvider klok)
    : InboxHandler<InterviewIngediend>(db, klok)
{
    public override string Type => InterviewIngediend.Type;

    protected override Task<Resultaat<Interview>> VerwerkAsync(InterviewIngediend gebeurtenis, CancellationToken ct) => opslag.IndienenAsync(gebeurtenis, ct);
}

internal sealed class InterviewBevestigdHandler(VragenlijstDbContext db, InterviewOpslag opslag, TimeProvider klok)
    : InboxHandler<InterviewBevestigd>(db, klok)
{
    public override string Type => InterviewBevestigd.Type;

    protected override Task<Resultaat<Interview>> VerwerkAsync(InterviewBevestigd gebeurtenis, CancellationToken ct) => opslag.BevestigAsync(gebeurtenis, ct);
}

internal sealed class InterviewGeplandHandler(VragenlijstDbContext db, InterviewOpslag opslag, TimeProvider klok)
    : InboxHandler<InterviewGepland>(db, klok)
{
    public override string Type => InterviewGepland.Type;

    protected override Task<Resultaat<Interview>> VerwerkAsync(InterviewGepland gebeurtenis, CancellationToken ct) => opslag.PlanAsync(gebeurtenis, ct);
}
