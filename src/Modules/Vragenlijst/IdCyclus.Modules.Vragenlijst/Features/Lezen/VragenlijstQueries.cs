using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Persistence;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Lezen;

internal sealed class VragenlijstQueries(VragenlijstDbContext db) : IVragenlijstQueries
{
    public async Task<VragenlijstversieGegevens?> GepubliceerdeVersieAsync(int jaar, CancellationToken cancellationToken = default)
    {
        var versie = await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Jaar == jaar && v.Status == VersieStatus.Gepubliceerd, cancellationToken);
        if (versie is null)
        {
            return null;
        }

        var inhoud = versie.Inhoud;
        return new VragenlijstversieGegevens(versie.Id, versie.Jaar, versie.Naam, inhoud.Vragen.Count, inhoud.GescoordeVragen.Sum(v => v.Max ?? 0));
    }

    public async Task<InterviewGegevens?> InterviewAsync(int jaar, Guid directieId, CancellationToken cancellationToken = default) =>
        await InterviewVan.Voor(db)(db, jaar, directieId, cancellationToken) is { } interview
            ? (await MetUitslagAsync([interview], cancellationToken)).Single()
            : null;

    public Task<IReadOnlyList<InterviewGegevens>> InterviewsAsync(int jaar, CancellationToken cancellationToken = default) =>
        LeesAsync(db.Interviews.Where(i => i.Jaar == jaar), cancellationToken);

    public async Task<IReadOnlyList<VeldFout>> ControleerAntwoordenAsync(
        int jaar, IReadOnlyDictionary<string, string> antwoorden, string? respondenttype, CancellationToken cancellationToken = default)
    {
        var fouten = new List<VeldFout>();
        var versie = await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Jaar == jaar && v.Status == VersieStatus.Gepubliceerd, cancellationToken);
        if (versie is null)
        {
            return [new VeldFout("Antwoorden", $"Er is geen gepubliceerde vragenlijst voor {jaar}.")];
        }

        if (respondenttype is not null && !RespondenttypeTekst.ProbeerLees(respondenttype, out _))
        {
            fouten.Add(new VeldFout("Respondenttype",
                $"Onbekend respondenttype '{respondenttype}'. Kies uit: {string.Join(", ", RespondenttypeTekst.Alle.Select(a => a.Sleutel))}."));
        }

        var (gelezen, leesfouten) = AntwoordTekst.Lees(versie.Inhoud, antwoorden);
        fouten.AddRange(leesfouten.Select(f => new VeldFout(f.Veld, f.Melding)));
        if (leesfouten.Count == 0)
        {
            fouten.AddRange(Scoring.Controleer(versie.Inhoud, gelezen).Select(f => new VeldFout(f.Veld, f.Melding)));
        }

        return fouten;
    }

    public async Task<VragenlijstGegevens?> VragenlijstAsync(int jaar, CancellationToken cancellationToken = default)
    {
        var versie = await db.Versies.AsNoTracking().FirstOrDefaultAsync(v => v.Jaar == jaar, cancellationToken);
        return versie is null
            ? null
            : Rapportvertaling.Vragenlijst(versie.Jaar, versie.Naam, versie.Meetperiode, versie.Status == VersieStatus.Gepubliceerd, versie.Inhoud);
    }

    public async Task<IReadOnlyList<InterviewscoresGegevens>> DefinitieveScoresAsync(int jaar, CancellationToken cancellationToken = default)
    {
        var rijen = await db.Interviews.AsNoTracking().Where(i => i.Jaar == jaar && i.Status == InterviewStatus.Definitief).ToListAsync(cancellationToken);
        return rijen.OrderBy(i => i.DirectieAfkorting, StringComparer.Ordinal).Select(Rapportvertaling.Scores).ToList();
    }

    private async Task<IReadOnlyList<InterviewGegevens>> LeesAsync(IQueryable<Interview> interviews, CancellationToken ct) =>
        await MetUitslagAsync(await interviews.AsNoTracking().ToListAsync(ct), ct);

    private async Task<IReadOnlyList<InterviewGegevens>> MetUitslagAsync(IReadOnlyList<Interview> rijen, CancellationToken ct)
    {
        // Almost always one version for all of them (a year's published one): read per version, not with a list parameter.
        var versies = new Dictionary<Guid, Vragenlijstinhoud>();
        foreach (var id in rijen.Select(r => r.VragenlijstversieId).Distinct())
        {
            var json = await InhoudVan.Voor(db)(db, id, ct) ?? throw new InvalidOperationException($"Vragenlijstversie {id} ontbreekt.");
            versies[id] = Inhoudcache.Lees(json);
        }

        return rijen.Select(i =>
        {
            var uitslag = Scoring.Bereken(versies[i.VragenlijstversieId], i.Antwoorden);
            return new InterviewGegevens(i.Id, i.Jaar, i.DirectieId, i.Status, i.Versie, i.Revisie,
                i.Antwoorden.Count(a => a.Value.Score is not null || !string.IsNullOrWhiteSpace(a.Value.Tekst)),
                uitslag.Ontbreekt.Count, uitslag.Totaal, uitslag.Max,
                i.GeplandOpUtc is { } gepland ? new DateTimeOffset(gepland, TimeSpan.Zero) : null);
        }).ToList();
    }

    // A directie's interview and its version's text are read on every interview step of the cycle (the form, the check,
    // the score): compiled queries (one per model, PerModel), so EF Core does not build, hash and parameterise the
    // expression on every call (ADR 0039).
    private static readonly PerModel<Func<VragenlijstDbContext, int, Guid, CancellationToken, Task<Interview?>>> InterviewVan = new(() =>
        EF.CompileAsyncQuery((VragenlijstDbContext db, int jaar, Guid directie, CancellationToken ct) =>
            db.Interviews.AsNoTracking().SingleOrDefault(i => i.Jaar == jaar && i.DirectieId == directie)));

    private static readonly PerModel<Func<VragenlijstDbContext, Guid, CancellationToken, Task<string?>>> InhoudVan = new(() =>
        EF.CompileAsyncQuery((VragenlijstDbContext db, Guid id, CancellationToken ct) =>
            db.Versies.Where(v => v.Id == id).Select(v => v.InhoudJson).FirstOrDefault()));
}
