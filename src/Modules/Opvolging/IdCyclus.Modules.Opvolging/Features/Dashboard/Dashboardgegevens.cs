using System.Runtime.CompilerServices;
using IdCyclus.Modules.Actieplannen.Contracts;
using IdCyclus.Modules.Indicatoren.Contracts;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Shared;

namespace IdCyclus.Modules.Opvolging.Features.Dashboard;

/// <summary>One directie's line on the dashboard: everything the GMT asks about it, already composed.</summary>
internal sealed record Dashboardregel(
    DirectieGegevens Directie,
    string SectieId,
    string SectieNaam,
    IReadOnlyList<Trekker> Trekkers,
    Trekkerstand Trekkerstand,
    ActieplanSamenvatting? Actieplan,
    Scorebeeld Score,
    Indicatorbeeld Indicatoren,
    Afspraaktelling Afspraken,
    IReadOnlyList<Verschuiving> Verschuivingen);

/// <summary>A report section with its directies, in the report's order of names.</summary>
internal sealed record Dashboardsectie(string Id, string Naam, IReadOnlyList<Dashboardregel> Regels);

/// <summary>What every filter starts from: the year, the hours norm and the sections the reader may see, all directies in them.</summary>
internal sealed record Dashboardstand(int Jaar, Urennorm Norm, IReadOnlyList<Dashboardsectie> Secties)
{
    // A kept stand is shared by every reader until the change stamp moves, so its rows' texts are made once, not on
    // every page view: making them was a tenth of the dashboard's CPU under load (docs/benchmarks.md).
    private readonly ConditionalWeakTable<Dashboardregel, IReadOnlyList<Cel>> _cellen = [];

    /// <summary>The row's cells as <see cref="Dashboardtabel.Cellen"/> makes them, made once per kept stand.</summary>
    public IReadOnlyList<Cel> Cellen(Dashboardregel regel) => _cellen.GetValue(regel, r => Dashboardtabel.Cellen(r, Norm));
}

/// <summary>
/// Gathers the dashboard from the other modules' Contracts: one batch question per module and kind (all directies at
/// once), never one per directie, so the page costs the same dozen queries for 44 directies or 4,400.
/// </summary>
internal sealed class Dashboardgegevens(
    IOrganisatieQueries organisatie,
    IActieplannenQueries actieplannen,
    IVragenlijstQueries vragenlijst,
    IIndicatorenQueries indicatoren,
    Afspraaklezer afspraken,
    Sturing.Urennormen urennormen,
    Cyclusjaar cyclusjaar)
{
    /// <param name="gevraagd">The year asked for; null for the default year (<see cref="Cyclusjaar"/>).</param>
    /// <param name="zichtbaar">Whether the reader may see a cluster (by its id); null for the whole municipality.</param>
    public async Task<Dashboardstand> LeesAsync(int? gevraagd, DateOnly vandaag, IReadOnlySet<string>? zichtbaar, CancellationToken ct)
    {
        // The default year is found by reading scores; the year found keeps them, so no year's scores are read twice.
        var (jaar, scoresJaar) = gevraagd is { } j ? (j, await vragenlijst.DefinitieveScoresAsync(j, ct)) : await cyclusjaar.StandaardAsync(vandaag, ct);
        var directies = (await organisatie.ActieveDirectiesAsync(vandaag, ct)).Where(d => zichtbaar is null || zichtbaar.Contains(d.ClusterId)).ToList();
        var secties = await organisatie.RapportsectiesAsync(jaar, ct);
        var clusters = (await organisatie.ClustersAsync(ct)).ToDictionary(c => c.Id, c => c.Naam, StringComparer.Ordinal);
        var trekkers = (await organisatie.RolhoudersAsync(Rol.Trekker, vandaag, cancellationToken: ct))
            .Where(r => r.DirectieId is not null)
            .ToLookup(r => r.DirectieId!.Value, r => new Trekker(r.Persoon.Naam, r.UrenPerWeek ?? 0));
        var plannen = (await actieplannen.HuidigeActieplannenAsync(ct)).ToDictionary(p => p.DirectieId);
        var lijstNu = await vragenlijst.VragenlijstAsync(jaar, ct);
        var lijstVorig = await vragenlijst.VragenlijstAsync(jaar - 1, ct);
        var scoresNu = PerDirectie(scoresJaar);
        var scoresVorig = PerDirectie(await vragenlijst.DefinitieveScoresAsync(jaar - 1, ct));
        var definities = await indicatoren.DefinitiesAsync(jaar, ct);
        var vroegstePeiljaar = jaar - definities.Select(d => d.Peiljaarverschil).DefaultIfEmpty(0).Max();
        var waarden = (await indicatoren.WaardenAsync(vroegstePeiljaar, jaar, ct)).ToLookup(w => w.EenheidId, StringComparer.Ordinal);
        var ids = directies.Select(d => d.Id).ToHashSet();
        var perDirectie = (await afspraken.LijstAsync(r => ids.Contains(r.DirectieId), vandaag, ct)).ToLookup(a => a.Rij.DirectieId);
        var norm = (await urennormen.VoorJaarAsync(jaar, ct)).Norm;

        Dashboardregel Regel(DirectieGegevens d, RapportsectieGegevens? sectie)
        {
            var eigenTrekkers = trekkers[d.Id].OrderByDescending(t => t.Uren).ThenBy(t => t.Naam, Nederlands.Sortering).ToList();
            var eigenAfspraken = perDirectie[d.Id].ToList();
            return new Dashboardregel(
                d,
                sectie?.Id ?? d.ClusterId,
                sectie?.Naam ?? clusters.GetValueOrDefault(d.ClusterId) ?? d.ClusterId,
                eigenTrekkers,
                Dashboardregels.Beoordeel(eigenTrekkers.Select(t => t.Uren).ToList(), norm.Uren),
                plannen.GetValueOrDefault(d.Id),
                Dashboardregels.Score(jaar, lijstNu, scoresNu.GetValueOrDefault(d.Id), lijstVorig, scoresVorig.GetValueOrDefault(d.Id)),
                Dashboardregels.Indicatoren(jaar, definities, waarden[d.Id.ToString()]),
                Afspraaktelling.Tel(eigenAfspraken.Select(a => a.Afspraak), vandaag),
                Dashboardregels.Verschuivingen(eigenAfspraken));
        }

        var indeling = directies
            .Select(d => Regel(d, secties.FirstOrDefault(s => s.Omvat(d))))
            .GroupBy(r => (r.SectieId, r.SectieNaam))
            .Select(g => new Dashboardsectie(g.Key.SectieId, g.Key.SectieNaam,
                g.OrderBy(r => r.Directie.Weergavenaam, Nederlands.Sortering).ToList()))
            .OrderBy(s => s.Naam, Nederlands.Sortering)
            .ToList();
        return new Dashboardstand(jaar, norm, indeling);
    }

    private static Dictionary<Guid, InterviewscoresGegevens> PerDirectie(IEnumerable<InterviewscoresGegevens> scores) =>
        scores.GroupBy(s => s.DirectieId).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.DefinitiefOp).First());
}
