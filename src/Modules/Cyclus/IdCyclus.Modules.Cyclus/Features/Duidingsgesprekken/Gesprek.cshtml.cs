using IdCyclus.Modules.Cyclus.Agenda;
using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Duidingsgesprekken;

/// <summary>
/// One duidingsgesprek: when and where, who, the section's pages, where its tasks stand, the recorded outcome with its
/// agreements, and the link to its invitation. Bureau, the section's accounthouders, its clusterdirecteur and the named
/// participants; anyone else gets "geen toegang". The tasks are linked for those who work on them (Bureau and the
/// accounthouders); the clusterdirecteur, who may not open them, reads the outcome here.
/// </summary>
internal sealed class GesprekModel(Gesprekken gesprekken, IRapportageQueries rapportage) : PageModel
{
    public Duidingsgesprek Gesprek { get; private set; } = null!;

    public Agendapunt? Agendapunt { get; private set; }

    public SectieGegevens? Sectie { get; private set; }

    public Duidingsuitkomst? Uitkomst { get; private set; }

    public IReadOnlyList<Nabespreking> Nabesprekingen { get; private set; } = [];

    /// <summary>Bureau or one of the section's accounthouders: the people whose tasks these are.</summary>
    public bool IsAccounthouder => Gesprek.IsVanAccounthouder(User.PersoonId(), User.IsBureau());

    /// <summary>The section's accounthouder or Bureau, while the outcome is not recorded (ADR 0029).</summary>
    public bool MagVerplaatsen => Gesprek.KanVerplaatsen && IsAccounthouder;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LeesAsync(id, ct) is { } weigering)
        {
            return weigering;
        }

        Sectie = (await rapportage.SectiesVoorClusterdirecteurAsync(Gesprek.Jaar, [Gesprek.ClusterId], ct))
            .FirstOrDefault(s => s.ClusterId == Gesprek.ClusterId);
        Uitkomst = await gesprekken.UitkomstAsync(Gesprek, ct);
        Nabesprekingen = (await gesprekken.NabesprekingenAsync(ct)).GetValueOrDefault(Gesprek.Id) ?? [];
        return Page();
    }

    private async Task<IActionResult?> LeesAsync(Guid id, CancellationToken ct)
    {
        if (await gesprekken.VindAsync(id, ct) is not { } gesprek)
        {
            return NotFound();
        }

        if (!await gesprekken.MagZienAsync(gesprek, User.PersoonId(), User.IsBureau(), ct))
        {
            return Forbid();
        }

        Gesprek = gesprek;
        Agendapunt = await gesprekken.AgendapuntAsync(gesprek, $"{Request.Scheme}://{Request.Host}", ct);
        return null;
    }

    public static string Status(WorkflowTaak? taak) => taak switch
    {
        null => "nog niet aan de beurt",
        { Status: TaakStatus.Voltooid } => "afgerond",
        { Status: TaakStatus.Geannuleerd } => "geannuleerd",
        _ => "open",
    };
}
