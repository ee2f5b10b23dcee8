using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;

namespace IdCyclus.Modules.Rapportage.Features.MomentopnameNemen;

/// <summary>
/// Copies a year's data out of the other modules, through their contracts only, into a <see cref="Momentopname"/>.
/// Lists are put in a fixed order so that the same data always gives the same hash.
/// </summary>
internal sealed class Gegevensverzamelaar(
    IOrganisatieQueries organisatie,
    IVragenlijstQueries vragenlijst,
    IVragenlijstVerantwoording verantwoording,
    IIndicatorenQueries indicatoren,
    IActieplannenQueries actieplannen,
    DatabaseOpties database,
    TimeProvider klok)
{
    /// <summary>Groeipanel round 1 is 2021: the report shows participation from three years back.</summary>
    private const int JarenTerug = 3;

    public async Task<Momentopname> VerzamelAsync(int jaar, CancellationToken ct)
    {
        var secties = (await organisatie.RapportsectiesAsync(jaar, ct))
            .Select(s => new Sectie(s.Id, s.Naam, s.Afkorting, s.ClusterId)).ToList();
        var interviews = await vragenlijst.DefinitieveScoresAsync(jaar, ct);
        var vorigeInterviews = await vragenlijst.DefinitieveScoresAsync(jaar - 1, ct);

        // The directies of the year: active at the end of the year (or today, in the running year), plus any with a
        // final interview of the year, so a directie merged since still gets its own line.
        var peildatum = new DateOnly(jaar, 12, 31) < klok.Vandaag() ? new DateOnly(jaar, 12, 31) : klok.Vandaag();
        var bronnen = (await organisatie.ActieveDirectiesAsync(peildatum, ct)).ToDictionary(d => d.Id);
        foreach (var id in interviews.Select(i => i.DirectieId).Where(id => !bronnen.ContainsKey(id)))
        {
            if (await organisatie.DirectieAsync(id, ct) is { } directie)
            {
                bronnen[id] = directie;
            }
        }

        var directies = bronnen.Values
            .Select(d => (d, secties.FirstOrDefault(s => s.Id == (d.KokerId ?? d.ClusterId))))
            .Where(x => x.Item2 is not null)
            .Select(x => new Directie(x.d.Id, x.d.Afkorting, x.d.Naam, x.Item2!.Id))
            .OrderBy(d => d.SectieId, StringComparer.Ordinal).ThenBy(d => d.Afkorting, StringComparer.Ordinal)
            .ToList();
        var plannen = (await actieplannen.HuidigeActieplannenAsync(ct))
            .Where(p => directies.Any(d => d.Id == p.DirectieId))
            .OrderBy(p => p.DirectieId).ToList();

        var waarden = await indicatoren.WaardenAsync(jaar - JarenTerug, jaar, ct);

        // Fictional data must say so on the title page: interviews Vragenlijst marks as fictional demo interviews, figures
        // a demo file marks "fictief", or a host that seeds demo data.
        var fictieveInterviews = (await verantwoording.VerantwoordingAsync(jaar, ct))?.BevatFictieveGegevens == true;
        var fictief = fictieveInterviews || database.DemoData
            || waarden.Any(w => w.Toelichting?.Contains("fictief", StringComparison.OrdinalIgnoreCase) == true);
        return new Momentopname(
            jaar,
            fictief,
            secties,
            directies,
            await vragenlijst.VragenlijstAsync(jaar, ct),
            await vragenlijst.VragenlijstAsync(jaar - 1, ct),
            interviews.OrderBy(i => i.DirectieId).ToList(),
            vorigeInterviews.OrderBy(i => i.DirectieId).ToList(),
            await indicatoren.DefinitiesAsync(jaar, ct),
            waarden,
            plannen);
    }
}
