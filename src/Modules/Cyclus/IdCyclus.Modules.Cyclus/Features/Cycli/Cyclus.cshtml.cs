using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Shared;
using IdCyclus.Shared.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Cycli;

/// <summary>
/// One cycle year: its timeline, the milestone dates (editable until it starts; each change is a new version of the
/// definition), starting it, and afterwards where each directie stands in the steps that concern it.
/// </summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class CyclusModel(IWorkflowLezer lezer, WorkflowMotor motor, TimeProvider klok) : PageModel
{
    /// <summary>The matrix columns: the steps per directie.</summary>
    public static IReadOnlyList<(string StapId, string Naam)> Kolommen { get; } =
    [
        ("trekker-benoemen", "Trekker benoemen"), ("interview-plannen", "Interview plannen"),
        ("interview-afnemen", "Interview afnemen"), ("antwoorden-bevestigen", "Antwoorden bevestigen"),
        ("actieplan-actualiseren", "Actieplan geactualiseerd"),
    ];

    /// <summary>The fan-out steps whose items are directies (the matrix rows).</summary>
    private static readonly string[] PerDirectie = ["trekkers-benoemen", "interviews", "actieplannen-actualiseren"];

    /// <summary>The working day a deadline on <paramref name="datum"/> falls on: the template has <c>werkdagen</c> on, so the runtime moves it.</summary>
    public static DateOnly Werkdag(DateOnly datum) =>
        Planning.Vervaldatum(new DatumTermijn(datum), new Ankermomenten(DateTimeOffset.MinValue), werkdagen: true);

    public int Jaar { get; private set; }

    public WorkflowDefinitieVersie Definitie { get; private set; } = null!;

    public WorkflowInstantie? Instantie { get; private set; }

    /// <summary>
    /// The milestones shown: the parameters of the version the cycle runs on once started; before that the template's, so
    /// saving the dates also brings an unstarted cycle onto the newest template.
    /// </summary>
    public IReadOnlyList<WorkflowParameter> Mijlpalen { get; private set; } = Voortgangscyclus.Mijlpalen;

    public IReadOnlyDictionary<string, DateOnly> Gepland { get; private set; } = new Dictionary<string, DateOnly>();

    public DateOnly Vandaag { get; private set; }

    public DateTime Nu { get; private set; }

    public IReadOnlyList<(string Directie, IReadOnlyDictionary<string, Cel> Cellen)> Rijen { get; private set; } = [];

    [BindProperty]
    public Dictionary<string, DateOnly?> Datums { get; set; } = [];

    [BindProperty]
    public int Versie { get; set; }

    public async Task<IActionResult> OnGetAsync(int jaar, CancellationToken ct)
    {
        if (!await LaadAsync(jaar, ct))
        {
            return NotFound();
        }

        Datums = Gepland.ToDictionary(d => d.Key, d => (DateOnly?)d.Value);
        Versie = Definitie.Versie;
        return Page();
    }

    public async Task<IActionResult> OnPostOpslaanAsync(int jaar, CancellationToken ct)
    {
        if (!await LaadAsync(jaar, ct))
        {
            return NotFound();
        }

        if (Instantie is not null)
        {
            ModelState.AddModelError(string.Empty, $"De cyclus {jaar} is al gestart; de datums liggen vast in de versie waarmee hij startte.");
        }
        else if (Versie != Definitie.Versie)
        {
            ModelState.AddModelError(nameof(Versie), SerieelUitvoeren.ConflictMelding);
        }
        else if (ModelState.IsValid)
        {
            foreach (var fout in Voortgangscyclus.Controleer(jaar, Datums))
            {
                ModelState.AddModelError($"Datums[{fout.Veld}]", fout.Melding);
            }
        }

        if (ModelState.IsValid)
        {
            var json = Voortgangscyclus.Maak(jaar, Datums.ToDictionary(d => d.Key, d => d.Value!.Value), Definitie.Versie + 1);
            var resultaat = await motor.PubliceerAsync(json, User.Identity?.Name ?? "Bureau", ct);
            if (resultaat.IsGelukt)
            {
                TempData["Melding"] = $"De datums zijn opgeslagen (versie {resultaat.Waarde.Versie}).";
                return Redirect($"/cyclus/{jaar}");
            }

            // Someone published a newer version at the same moment: the same conflict as a stale version.
            ModelState.AddModelError(nameof(Versie), SerieelUitvoeren.ConflictMelding);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartenAsync(int jaar, CancellationToken ct)
    {
        if (!await LaadAsync(jaar, ct))
        {
            return NotFound();
        }

        Datums = Gepland.ToDictionary(d => d.Key, d => (DateOnly?)d.Value);
        // A friendly early answer; the runtime's unique key is what stops two clicks at the same moment.
        if (Instantie is not null)
        {
            ModelState.AddModelError(string.Empty, $"De cyclus {jaar} is al gestart op {Opmaak.Moment(Instantie.GestartOpUtc)}.");
            return Page();
        }

        if (Versie != Definitie.Versie)
        {
            ModelState.AddModelError(nameof(Versie), SerieelUitvoeren.ConflictMelding);
            Versie = Definitie.Versie;
            return Page();
        }

        var dag = Gepland[Voortgangscyclus.Start].ToDateTime(new TimeOnly(9, 0));
        var resultaat = await motor.StartAsync(Definitie.DefinitieId, Definitie.Versie, new DateTimeOffset(dag, Tijd.Amsterdam.GetUtcOffset(dag)),
            new Handelende(User.PersoonId(), User.Identity?.Name ?? "Bureau", true), ct, uniekeSleutel: Voortgangscyclus.IdPrefix + jaar);
        if (resultaat.IsGelukt)
        {
            TempData["Melding"] = $"De cyclus {jaar} is gestart.";
            return Redirect($"/cyclus/{jaar}");
        }

        foreach (var fout in resultaat.Fouten)
        {
            ModelState.AddModelError(string.Empty, fout.Melding);
        }

        return Page();
    }

    private async Task<bool> LaadAsync(int jaar, CancellationToken ct)
    {
        var id = Voortgangscyclus.IdPrefix + jaar;
        var definitie = await lezer.DefinitieAsync(id, null, ct);
        if (definitie is null || Voortgangscyclus.LeesDatums(definitie.Json) is not { } datums)
        {
            return false;
        }

        Jaar = jaar;
        Definitie = definitie;
        Vandaag = klok.Vandaag();
        Nu = klok.GetUtcNow().UtcDateTime;
        Instantie = (await lezer.InstantiesAsync(new InstantieVraag { DefinitieId = id, AlleenHoofd = true, Maximum = 1 }, ct)).FirstOrDefault();
        // A milestone the template gained after this version was published gets its standard date until Bureau saves.
        var standaard = Voortgangscyclus.StandaardDatums(jaar);
        Gepland = Voortgangscyclus.Mijlpalen.ToDictionary(m => m.Naam, m => datums.TryGetValue(m.Naam, out var d) ? d : standaard[m.Naam]);
        if (Instantie is not null)
        {
            // The running instance keeps its version: show the milestones and dates it runs on, not a later edit.
            var gestart = (await lezer.DefinitieAsync(id, Instantie.DefinitieVersie, ct))!;
            if (WorkflowDefinitieLezer.Lees(gestart.Json).Definitie is { Parameters.Count: > 0 } versie)
            {
                Mijlpalen = versie.Parameters;
                Gepland = WorkflowSjabloon.WaardenVan(versie);
            }

            await LaadMatrixAsync(Instantie.Id, ct);
        }

        return true;
    }

    private async Task LaadMatrixAsync(Guid instantieId, CancellationToken ct)
    {
        var kinderen = await lezer.InstantiesAsync(new InstantieVraag { Ouders = [instantieId], OuderStappen = PerDirectie }, ct);
        var ids = kinderen.Select(k => k.Id).ToList();
        var stappen = await lezer.StappenAsync(ids, ct);
        var taken = await lezer.TakenAsync(new TaakVraag { Instanties = ids, OokAfgerond = true }, ct);
        Rijen = kinderen.GroupBy(k => k.ItemSleutel)
            .Select(g => (Directie: g.First().ItemOmschrijving ?? g.Key ?? "—", Cellen: (IReadOnlyDictionary<string, Cel>)Kolommen
                .Select(k => (k.StapId, Stap: stappen.FirstOrDefault(s => g.Any(i => i.Id == s.InstantieId) && s.StapId == k.StapId)))
                .Where(k => k.Stap is not null)
                .ToDictionary(k => k.StapId, k => new Cel(k.Stap!, taken
                    .Where(t => t.InstantieId == k.Stap!.InstantieId && t.StapId == k.StapId)
                    .OrderByDescending(t => t.AangemaaktOpUtc)
                    .FirstOrDefault()))))
            .OrderBy(r => r.Directie, Nederlands.Sortering).ToList();
    }

    internal sealed record Cel(WorkflowStap Stap, WorkflowTaak? Taak);
}
