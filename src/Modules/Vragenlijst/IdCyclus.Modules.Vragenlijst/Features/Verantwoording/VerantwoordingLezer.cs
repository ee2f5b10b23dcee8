using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Modules.Vragenlijst.Domain;
using IdCyclus.Modules.Vragenlijst.Features.Lezen;
using IdCyclus.Modules.Vragenlijst.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Features.Verantwoording;

/// <summary>
/// The year's fictional marks, item koppelingen and per-directie comparisons, computed from the stored answers by the
/// same scoring as the /scores page, so the report and the page cannot disagree.
/// </summary>
internal sealed class VerantwoordingLezer(VragenlijstDbContext db, ScoreLezer lezer) : IVragenlijstVerantwoording
{
    public async Task<VragenlijstVerantwoordingGegevens?> VerantwoordingAsync(int jaar, CancellationToken cancellationToken = default)
    {
        var overzicht = await lezer.LeesAsync(jaar, alleenDefinitief: true, cancellationToken);
        if (overzicht is null)
        {
            return null;
        }

        var fictief = await FictieveDirectiesAsync(jaar, cancellationToken);
        var redenen = await RedenenZonderInterviewAsync(jaar - 1, cancellationToken);
        var vorige = await db.Versies.AsNoTracking().Where(v => v.Jaar == jaar - 1).Select(v => v.Naam).FirstOrDefaultAsync(cancellationToken);

        var vragen = overzicht.Inhoud.Vragen
            .Select(v => new VraagKoppelingGegevens(v.Nummer, v.IsGescoord, Vertaal(v.Koppeling), v.VorigNummer, v.KoppelingToelichting))
            .ToList();
        var directies = overzicht.Regels
            .Select(r =>
            {
                var reden = Jaarvergelijking.WaaromNiet(r.TenOpzichteVanVorigJaar, jaar, redenen.GetValueOrDefault(r.DirectieId));
                var vergelijking = reden is null ? r.TenOpzichteVanVorigJaar : null;
                return new DirectieVergelijkingGegevens(r.DirectieId, r.Directie, fictief.Contains(r.DirectieId),
                    vergelijking?.SomNu, vergelijking?.SomVorig, vergelijking?.Vergeleken.Count ?? 0, reden);
            })
            .ToList();
        return new VragenlijstVerantwoordingGegevens(jaar, overzicht.Regels.Count, directies.Count(d => d.Fictief), vorige, vragen, directies);
    }

    /// <summary>The final interviews of the year that are demo data.</summary>
    public async Task<HashSet<Guid>> FictieveDirectiesAsync(int jaar, CancellationToken ct) =>
        (await db.Interviews.AsNoTracking()
            .Where(i => i.Jaar == jaar && i.Status == InterviewStatus.Definitief && i.Fictief)
            .Select(i => i.DirectieId).ToListAsync(ct)).ToHashSet();

    /// <summary>Recorded reasons why a directie has no interview in a year, by directie.</summary>
    public async Task<Dictionary<Guid, string>> RedenenZonderInterviewAsync(int jaar, CancellationToken ct) =>
        await db.OntbrekendeInterviews.AsNoTracking().Where(o => o.Jaar == jaar).ToDictionaryAsync(o => o.DirectieId, o => o.Reden, ct);

    private static VraagKoppeling Vertaal(Koppeling koppeling) => koppeling switch
    {
        Koppeling.Zelfde => VraagKoppeling.Zelfde,
        Koppeling.Gewijzigd => VraagKoppeling.Gewijzigd,
        _ => VraagKoppeling.Nieuw,
    };
}
