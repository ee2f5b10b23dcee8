using IdCyclus.Modules.Indicatoren.Domain;
using IdCyclus.Modules.Indicatoren.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Indicatoren.Features.Lezen;

/// <summary>A figure's earlier values, newest first, with the import (file, who, when) each came from.</summary>
internal sealed record Historieregel(Waarde Waarde, string? Toelichting, string Bestandsnaam, string Door, DateTime GeladenOpUtc, DateTime? VervangenOpUtc);

/// <summary>Reads what the pages and verbs show: the overview of a report year and the years that have figures.</summary>
internal sealed class IndicatorLezer(IndicatorenDbContext db, Organisatiebeeld organisatie)
{
    public async Task<Overzicht> OverzichtAsync(int jaar, CancellationToken ct)
    {
        var definities = new Definitieset(await db.Definities.AsNoTracking().ToListAsync(ct));
        var waarden = await db.Waarden.AsNoTracking().Where(w => w.Jaar <= jaar).ToListAsync(ct);
        return Indicatoroverzicht.Bereken(jaar, definities, waarden, await organisatie.VoorJaarAsync(jaar, ct));
    }

    /// <summary>Report years to choose from: every year with figures or definitions, newest first.</summary>
    public async Task<IReadOnlyList<int>> JarenAsync(CancellationToken ct)
    {
        var jaren = await db.Waarden.AsNoTracking().Select(w => w.Jaar).Distinct().ToListAsync(ct);
        jaren.AddRange(await db.Definities.AsNoTracking().Select(d => d.Jaar).Distinct().ToListAsync(ct));
        return jaren.Distinct().OrderDescending().ToList();
    }

    public async Task<IReadOnlyList<Historieregel>> HistorieAsync(string indicatorId, string eenheidId, string periode, CancellationToken ct)
    {
        var waarde = await db.Waarden.AsNoTracking()
            .FirstOrDefaultAsync(w => w.IndicatorId == indicatorId && w.EenheidId == eenheidId && w.Periode == periode, ct);
        if (waarde is null)
        {
            return [];
        }

        var imports = await db.Imports.AsNoTracking().Where(i => i.Status == Importstatus.Bevestigd)
            .Select(i => new { i.Id, i.Bestandsnaam, i.Door, i.AfgerondOpUtc }).ToDictionaryAsync(i => i.Id, ct);
        var regels = new List<Historieregel>();
        var huidigImport = imports[waarde.ImportId];
        regels.Add(new Historieregel(
            waarde.Waarde, waarde.Toelichting, huidigImport.Bestandsnaam, huidigImport.Door, huidigImport.AfgerondOpUtc ?? waarde.GewijzigdOpUtc, null));
        var historie = await db.Historie.AsNoTracking().Where(h => h.WaardeId == waarde.Id).ToListAsync(ct);
        foreach (var oud in historie.OrderByDescending(h => h.GeldigTotUtc).ThenByDescending(h => h.Id))
        {
            var bron = imports[oud.ImportId];
            regels.Add(new Historieregel(
                new Waarde(oud.Getal, oud.Symbool), oud.Toelichting, bron.Bestandsnaam, bron.Door, bron.AfgerondOpUtc ?? oud.GeldigTotUtc, oud.GeldigTotUtc));
        }

        return regels;
    }
}
