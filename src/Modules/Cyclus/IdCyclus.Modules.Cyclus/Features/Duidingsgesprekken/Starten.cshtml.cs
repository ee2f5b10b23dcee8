using IdCyclus.Modules.Cyclus.Duidingsgesprekken;
using Duiding = IdCyclus.Modules.Cyclus.Duidingsgesprekken.Duidingsgesprekken;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Shared.Security;
using IdCyclus.Shared.Web;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Duidingsgesprekken;

/// <summary>
/// Bureau's page for a year's duidingsgesprekken, linked from the cycle page: whether the definitive report exists,
/// <b>Duidingsgesprekken starten</b> (once; ADR 0025) and afterwards where each section's conversation stands.
/// </summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class StartenModel(
    Gesprekken gesprekken, IRapportageQueries rapportage, IWorkflowLezer lezer, DuidingsgesprekkenStartenHandler starten) : PageModel
{
    public int Jaar { get; private set; }

    public PublicatieGegevens? Publicatie { get; private set; }

    public WorkflowInstantie? Instantie { get; private set; }

    /// <summary>The year's cycle runs the duidingsgesprekken itself (ADR 0032): nothing to start here.</summary>
    public WorkflowInstantie? Cyclus { get; private set; }

    public IReadOnlyList<Duidingsgesprek> Lijst { get; private set; } = [];

    public IReadOnlyDictionary<Guid, IReadOnlyList<Nabespreking>> Nabesprekingen { get; private set; } = new Dictionary<Guid, IReadOnlyList<Nabespreking>>();

    public async Task OnGetAsync(int jaar, CancellationToken ct) => await LaadAsync(jaar, ct);

    public async Task<IActionResult> OnPostAsync(int jaar, CancellationToken ct)
    {
        var door = new Handelende(User.PersoonId(), User.Identity?.Name ?? "Bureau", true);
        var resultaat = await starten.HandleAsync(new DuidingsgesprekkenStarten(jaar, door), ct);
        if (!resultaat.IsGelukt)
        {
            ModelState.VoegToe(resultaat.Fouten);
            await LaadAsync(jaar, ct);
            return Page();
        }

        TempData["Melding"] = $"De duidingsgesprekken {jaar} zijn gestart: elke accounthouder heeft een taak om het gesprek te plannen.";
        return RedirectToPage(new { jaar });
    }

    private async Task LaadAsync(int jaar, CancellationToken ct)
    {
        Jaar = jaar;
        Publicatie = await rapportage.GepubliceerdAsync(jaar, ct);
        Instantie = (await lezer.InstantiesAsync(new InstantieVraag { DefinitieId = Duiding.DefinitieId(jaar), AlleenHoofd = true }, ct))
            .FirstOrDefault();
        Cyclus = await starten.InDeCyclusAsync(jaar, ct);
        Lijst = await gesprekken.AlleAsync(jaar, ct);
        Nabesprekingen = await gesprekken.NabesprekingenAsync(ct);
    }
}
