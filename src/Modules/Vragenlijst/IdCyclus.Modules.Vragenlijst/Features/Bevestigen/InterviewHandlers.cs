using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Features.Opslaan;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Features.Bevestigen;

/// <summary>
/// The cycle's interview tasks hand their outcome over as integration events, received through the shared inbox: the
/// inbox row is saved with the interview's change, and a refusal keeps the event as an incident for Bureau.
/// </summary>
internal sealed class InterviewIngediendHandler(VragenlijstDbContext db, InterviewOpslag opslag, TimeProvider klok)
    : InboxHandler<InterviewIngediend, VragenlijstDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, InterviewIngediend gebeurtenis, CancellationToken ct) =>
        (await opslag.IndienenAsync(gebeurtenis, ct)).Fouten;
}

internal sealed class InterviewBevestigdHandler(VragenlijstDbContext db, InterviewOpslag opslag, TimeProvider klok)
    : InboxHandler<InterviewBevestigd, VragenlijstDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, InterviewBevestigd gebeurtenis, CancellationToken ct) =>
        (await opslag.BevestigAsync(gebeurtenis, ct)).Fouten;
}

internal sealed class InterviewGeplandHandler(VragenlijstDbContext db, InterviewOpslag opslag, TimeProvider klok)
    : InboxHandler<InterviewGepland, VragenlijstDbContext>(db, klok)
{
    protected override async Task<IReadOnlyList<Fout>> VoerUitAsync(string sleutel, InterviewGepland gebeurtenis, CancellationToken ct) =>
        (await opslag.PlanAsync(gebeurtenis, ct)).Fouten;
}
