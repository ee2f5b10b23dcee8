using System.Text.Json;
using IdCyclus.Shared.Security;
using IdCyclus.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Modules.Cyclus.Features.Workflows;

/// <summary>One run: where each item (directie) stands per step — a matrix with due and overdue marks — and the history.</summary>
[Authorize(Policy = Policies.Bureau)]
internal sealed class InstantieModel(IWorkflowLezer lezer, TimeProvider klok) : PageModel
{
    public WorkflowInstantie Instantie { get; private set; } = null!;

    public string Naam { get; private set; } = "";

    public IReadOnlyList<(string Id, string Naam)> Kolommen { get; private set; } = [];

    public IReadOnlyList<(WorkflowInstantie Kind, IReadOnlyDictionary<string, Cel> Cellen)> Rijen { get; private set; } = [];

    public IReadOnlyList<WorkflowStap> Stappen { get; private set; } = [];

    public IReadOnlyList<WorkflowGebeurtenis> Historie { get; private set; } = [];

    /// <summary>Which item (directie) a history line is about; the top-level instance has none.</summary>
    public IReadOnlyDictionary<Guid, string> Onderdelen { get; private set; } = new Dictionary<Guid, string>();

    public DateTime Nu { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var instantie = await lezer.InstantieAsync(id, ct);
        if (instantie is null)
        {
            return NotFound();
        }

        Nu = klok.GetUtcNow().UtcDateTime;
        Instantie = instantie;
        var definitie = (await lezer.DefinitieAsync(instantie.DefinitieId, instantie.DefinitieVersie, ct))!;
        Naam = definitie.Naam;
        Kolommen = Geneste(definitie.Json);
        Stappen = await lezer.StappenAsync([id], ct);
        var kinderen = await lezer.InstantiesAsync(new InstantieVraag { Ouders = [id] }, ct);
        var kindIds = kinderen.Select(k => k.Id).ToList();
        var stappen = await lezer.StappenAsync(kindIds, ct);
        var taken = await lezer.TakenAsync(new TaakVraag { Instanties = kindIds, OokAfgerond = true }, ct);
        Rijen = kinderen.OrderBy(k => k.ItemOmschrijving, IdCyclus.Shared.Nederlands.Sortering)
            .Select(k => (k, (IReadOnlyDictionary<string, Cel>)stappen.Where(s => s.InstantieId == k.Id)
                .ToDictionary(s => s.StapId, s => new Cel(s, taken
                    .Where(t => t.InstantieId == k.Id && t.StapId == s.StapId)
                    .OrderByDescending(t => t.AangemaaktOpUtc)
                    .FirstOrDefault()))))
            .ToList();
        Onderdelen = kinderen.ToDictionary(k => k.Id, k => k.ItemOmschrijving ?? "—");
        var ids = kindIds.Append(id).ToList();
        Historie = await lezer.HistorieAsync(new HistorieVraag { Instanties = ids, NieuwsteEerst = true, Maximum = 500 }, ct);
        return Page();
    }

    /// <summary>The nested steps of the first fan-out: the columns of the matrix.</summary>
    private static IReadOnlyList<(string, string)> Geneste(string json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var stap in document.RootElement.GetProperty("stappen").EnumerateArray())
        {
            if (stap.TryGetProperty("stappen", out var genest))
            {
                return genest.EnumerateArray().Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("naam").GetString()!)).ToList();
            }
        }

        return [];
    }

    internal sealed record Cel(WorkflowStap Stap, WorkflowTaak? Taak);
}
