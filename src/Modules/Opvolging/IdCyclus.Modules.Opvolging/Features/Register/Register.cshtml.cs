using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.Lezen;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Opvolging.Features.Register;

/// <summary>
/// The follow-up register: every agreement the reader may see, late ones first by deadline, filterable by status, kind
/// and cluster. Directeuren and trekkers see their own directie, clusterdirecteuren their cluster, Bureau everything.
/// </summary>
internal sealed class RegisterModel(Afspraaklezer lezer, IOrganisatieQueries organisatie, TimeProvider klok) : PageModel
{
    /// <summary>"lopend" (the default) is open, on track and late together: what still needs someone.</summary>
    public const string Lopend = "lopend";

    public const string Alle = "alle";

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cluster { get; set; }

    public IReadOnlyList<Afspraakweergave> Afspraken { get; private set; } = [];

    public Afspraaktelling Telling { get; private set; } = Afspraaktelling.Leeg;

    public IReadOnlyList<Keuze> Statussen { get; } =
    [
        new(Lopend, "Lopend (open, op schema, te laat)"),
        .. Enum.GetValues<Afspraakstatus>().Select(s => new Keuze(Afspraakteksten.Code(s), Afspraakteksten.Status(s))),
        new(Alle, "Alle"),
    ];

    public IReadOnlyList<Keuze> Soorten { get; } = Enum.GetValues<Afspraaksoort>().Select(s => new Keuze(s.ToString(), Afspraakteksten.Soort(s))).ToList();

    public IReadOnlyList<Keuze> Clusters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ZietRegister())
        {
            return Forbid();
        }

        Status ??= Lopend;
        var vandaag = klok.Vandaag();
        var zichtbaar = await lezer.LijstAsync(r => User.MagZien(r.DirectieId, r.ClusterId), vandaag, ct);
        Clusters = (await organisatie.ClustersAsync(ct))
            .Where(c => zichtbaar.Any(a => a.Rij.ClusterId == c.Id))
            .Select(c => new Keuze(c.Id, c.Naam))
            .ToList();
        var gefilterd = zichtbaar
            .Where(a => Soort is null || a.Rij.Soort.ToString() == Soort)
            .Where(a => Cluster is null || a.Rij.ClusterId == Cluster)
            .ToList();
        Telling = Afspraaktelling.Tel(gefilterd.Select(a => a.Afspraak), vandaag);
        Afspraken = gefilterd
            .Where(a => Status == Alle
                || (Status == Lopend && a.Status is Afspraakstatus.Open or Afspraakstatus.OpSchema or Afspraakstatus.TeLaat)
                || Afspraakteksten.Code(a.Status) == Status)
            .OrderBy(a => a.Status == Afspraakstatus.TeLaat ? 0 : 1)
            .ThenBy(a => a.Rij.HuidigeDeadline)
            .ToList();
        return Page();
    }
}
